package vn.chibo.command.meeting;

import vn.chibo.command.command.RuleViolation;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.MeetingContract.AgendaItemRecorded;
import vn.chibo.events.meeting.MeetingContract.RecordAgendaItem;
import vn.chibo.events.meeting.MeetingContract.TaskReview;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.TaskReviewOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static vn.chibo.events.meeting.AgendaItemKind.LEAD_REPORT;
import static vn.chibo.events.meeting.AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW;
import static vn.chibo.events.meeting.AgendaItemKind.THEME;

/** Chương trình sinh hoạt — the adopted agenda and the items recorded against it. */
final class Agenda {

    private final List<AgendaItemKind> adopted = new ArrayList<>();
    private final Map<String, AgendaItemKind> items = new HashMap<>();
    private final Set<String> reviewedTasks = new HashSet<>();
    private String themeId;

    /** Checks the items of an agenda for a thematic session ({@code thematic}) or not. */
    static void checkAdoption(List<AgendaItemKind> items, boolean thematic, MeetingKind kind) {
        if (!thematic) {
            items.stream().filter(i -> i == THEME || i == LEAD_REPORT).findFirst().ifPresent(i -> {
                throw new RuleViolation("meeting.item-not-for-kind", i, kind);
            });
        } else if (!items.contains(THEME)) {
            throw new RuleViolation("meeting.theme-missing");
        }
    }

    void adopt(List<AgendaItemKind> kinds) {
        adopted.addAll(kinds);
    }

    Optional<AgendaItemKind> kindOf(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** Checks an item against the agenda; {@code onRoster} says whether a member id is on the meeting's roster. */
    void check(RecordAgendaItem item, LocalDate meetingDate, Predicate<String> onRoster) {
        if (!adopted.contains(item.kind())) {
            throw new RuleViolation("meeting.item-not-on-agenda", item.kind());
        }
        if (items.containsKey(item.itemId())) {
            throw new RuleViolation("meeting.item-already-recorded", item.itemId());
        }
        checkReviews(item, meetingDate);
        checkTheme(item, onRoster);
    }

    void record(AgendaItemRecorded item) {
        items.put(item.itemId(), item.kind());
        item.taskReviews().forEach(r -> reviewedTasks.add(r.taskId()));
        if (item.themeId() != null) {
            themeId = item.themeId();
        }
    }

    private void checkReviews(RecordAgendaItem item, LocalDate meetingDate) {
        List<TaskReview> reviews = item.taskReviews() == null ? List.of() : item.taskReviews();
        if (item.kind() != PREVIOUS_RESOLUTION_REVIEW) {
            if (!reviews.isEmpty()) {
                throw new RuleViolation("meeting.field-not-for-item", "taskReviews", item.kind());
            }
            return;
        }
        if (reviews.isEmpty()) {
            throw new RuleViolation("meeting.review-needs-tasks");
        }
        Set<String> inItem = new HashSet<>();
        for (TaskReview review : reviews) {
            if (reviewedTasks.contains(review.taskId()) || !inItem.add(review.taskId())) {
                throw new RuleViolation("meeting.task-already-reviewed", review.taskId());
            }
            if (review.outcome() == TaskReviewOutcome.NOT_DONE && (review.reason() == null || review.reason().isBlank())) {
                throw new RuleViolation("meeting.not-done-needs-reason", review.taskId());
            }
            if (review.outcome() == TaskReviewOutcome.CARRIED_OVER
                    && (review.newDeadline() == null || !review.newDeadline().isAfter(meetingDate))) {
                throw new RuleViolation("meeting.carried-over-needs-new-deadline", review.taskId(), meetingDate);
            }
        }
    }

    private void checkTheme(RecordAgendaItem item, Predicate<String> onRoster) {
        boolean themed = item.kind() == THEME || item.kind() == LEAD_REPORT;
        if (!themed && item.themeId() != null) {
            throw new RuleViolation("meeting.field-not-for-item", "themeId", item.kind());
        }
        if (item.kind() != LEAD_REPORT && item.leadReportMemberId() != null) {
            throw new RuleViolation("meeting.field-not-for-item", "leadReportMemberId", item.kind());
        }
        if (!themed) {
            return;
        }
        if (item.themeId() == null) {
            throw new RuleViolation("meeting.theme-required", item.kind());
        }
        if (themeId != null && !themeId.equals(item.themeId())) {
            throw new RuleViolation("meeting.theme-mismatch", item.themeId(), themeId);
        }
        if (item.kind() == LEAD_REPORT && item.leadReportMemberId() == null) {
            throw new RuleViolation("meeting.lead-report-author-required");
        }
        if (item.kind() == LEAD_REPORT && !onRoster.test(item.leadReportMemberId())) {
            throw new RuleViolation("meeting.lead-report-author-not-in-cell", item.leadReportMemberId());
        }
    }
}
