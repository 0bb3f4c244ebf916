package vn.chibo.query.dashboard;

import org.springframework.stereotype.Component;
import vn.chibo.events.meeting.MeetingContract.CalendarEntry;
import vn.chibo.events.meeting.MeetingContract.MeetingRecord;
import vn.chibo.events.meeting.MeetingContract.TaskReview;
import vn.chibo.events.task.TaskContract.TaskCard;
import vn.chibo.query.meeting.MeetingCalendar;
import vn.chibo.query.meeting.MeetingRecords;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.task.TaskCards;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A cell's meetings of a month, each with its record arranged as minutes. */
@Component
class CellMeetings {

    /** More meetings than a cell holds in a month (regular, thematic, committee, extraordinary). */
    private static final Paging MONTH = new Paging(0, 100);

    private final MeetingCalendar calendar;
    private final MeetingRecords records;
    private final TaskCards tasks;

    CellMeetings(MeetingCalendar calendar, MeetingRecords records, TaskCards tasks) {
        this.calendar = calendar;
        this.records = records;
        this.tasks = tasks;
    }

    List<MeetingMinutes> ofMonth(String cellId, YearMonth month, AsOf.Day asOf) {
        List<CalendarEntry> entries = calendar.month(cellId, month, asOf, MONTH).items();
        Map<String, MeetingRecord> byId = entries.stream()
                .collect(Collectors.toMap(CalendarEntry::meetingId, e -> records.record(e.meetingId(), asOf)));
        Map<String, TaskCard> reviewed = tasks.withIds(byId.values().stream()
                        .flatMap(r -> r.items().stream())
                        .flatMap(item -> item.taskReviews().stream())
                        .map(TaskReview::taskId)
                        .collect(Collectors.toSet()), asOf)
                .stream().collect(Collectors.toMap(TaskCard::taskId, Function.identity()));
        return entries.stream()
                .map(e -> MeetingMinutes.of(e, byId.get(e.meetingId()), reviewed))
                .toList();
    }
}
