package vn.chibo.standalone.demo;

import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.ApproveMeetingContent;
import vn.chibo.events.meeting.MeetingContract.CloseMeeting;
import vn.chibo.events.meeting.MeetingContract.MemberAttendance;
import vn.chibo.events.meeting.MeetingContract.OpenMeeting;
import vn.chibo.events.meeting.MeetingContract.Person;
import vn.chibo.events.meeting.MeetingContract.ProposeQualityRating;
import vn.chibo.events.meeting.MeetingContract.RecordAgendaItem;
import vn.chibo.events.meeting.MeetingContract.RecordAttendance;
import vn.chibo.events.meeting.MeetingContract.RecordSpeech;
import vn.chibo.events.meeting.MeetingContract.ScheduleMeeting;
import vn.chibo.events.meeting.MeetingContract.SendMeetingNotice;
import vn.chibo.events.meeting.MeetingContract.SignMinutes;
import vn.chibo.events.meeting.MeetingContract.Votes;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.resolution.ResolutionContract.AdoptResolution;
import vn.chibo.events.resolution.ResolutionKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How one cell's meetings are recorded step by step, each step a call appended to the cell's chain:
 * scheduled; content approved and notice sent; opened by the secretary, the deputy taking the minutes,
 * with the attendance of everyone on the roster; items, speeches; the vote and the resolution or
 * conclusion; the rating, the minutes and the closing. What is on the agenda and what is decided is the
 * {@link CellYearPlanner}'s.
 */
final class CellSessions {

    /** The body of a resolution vote: the endpoint takes the counts flat, beside the resolution's id. */
    record ResolutionVote(String resolutionId, int votesFor, int votesAgainst, int abstentions) {
    }

    private static final Set<AgendaItemKind> DISCUSSED = Set.of(AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW,
            AgendaItemKind.IDEOLOGY, AgendaItemKind.PARTY_BUILDING, AgendaItemKind.CRITICISM_AND_SELF_CRITICISM,
            AgendaItemKind.THEME);

    private final CreateOrganisation cell;
    private final String cellId;
    private final List<RegisterMember> members;
    private final Map<String, CellRole> leaders;
    private final String secretary;
    private final String deputy;
    private final LocalDate today;
    private final Random random;
    private final CellYearPlanner.Specials specials;
    private final Person monitor;
    private final MeetingRating rating;
    private final List<Call> calls;
    private final Map<String, Set<Integer>> unexcusedYears = new HashMap<>();
    private final Map<String, Integer> documentNumbers = new HashMap<>();

    CellSessions(CreateOrganisation cell, List<RegisterMember> members, Map<String, CellRole> leaders, LocalDate today,
                 Random random, CellYearPlanner.Specials specials, List<Call> calls) {
        this.cell = cell;
        this.cellId = cell.organisationId();
        this.members = members;
        this.leaders = leaders;
        this.secretary = holder(CellRole.SECRETARY);
        this.deputy = holder(CellRole.DEPUTY_SECRETARY);
        this.today = today;
        this.random = random;
        this.specials = specials;
        this.calls = calls;
        this.monitor = new Person(null, DemoTexts.pick(DemoTexts.MONITORS, random), "Đảng ủy viên, phụ trách chi bộ");
        this.rating = new MeetingRating(random);
    }

    String secretary() {
        return secretary;
    }

    String deputy() {
        return deputy;
    }

    int regularMinutes() {
        return rating.regularMinutes();
    }

    int thematicMinutes() {
        return rating.thematicMinutes();
    }

    /** Schedules the meeting; says whether it is held, that is whether its day is before today. */
    boolean scheduled(String id, MeetingKind kind, LocalDateTime start) {
        calls.add(new Call("/api/meetings", id + "/schedule", new ScheduleMeeting(id, cellId, kind, start, place())));
        return start.toLocalDate().isBefore(today);
    }

    /** The cell committee approves the content a few days ahead; the notice goes a day or two ahead, a few the same morning. */
    void prepare(String id, LocalDateTime start, String content, String draft) {
        LocalDate day = start.toLocalDate();
        LocalDate approvedOn = day.minusDays(3 + random.nextInt(4));
        calls.add(step(id, "content-approval", new ApproveMeetingContent(id, approvedOn, null, content, draft, false)));
        LocalDateTime sentAt = random.nextInt(100) < 6 ? day.atTime(7, 0) : day.minusDays(1 + random.nextInt(2)).atTime(8, 0);
        calls.add(step(id, "notice", new SendMeetingNotice(id, sentAt, monitor)));
    }

    /** Opens with the secretary in the chair and the deputy taking the minutes, then takes everyone's attendance. */
    Map<String, AttendanceStatus> open(String id, LocalDateTime start, YearMonth month, boolean regular, String purpose) {
        List<Person> superiors = random.nextInt(100) < 30 ? List.of(monitor) : List.of();
        calls.add(step(id, "opening", new OpenMeeting(id, start, secretary, deputy, purpose, List.of(), superiors)));
        Map<String, AttendanceStatus> attendance = new LinkedHashMap<>();
        List<MemberAttendance> entries = new ArrayList<>();
        for (RegisterMember member : members) {
            if (member.joinedOn().isAfter(start.toLocalDate())) {
                continue;
            }
            AttendanceStatus status = attend(member.memberId(), start.toLocalDate(), month, regular);
            attendance.put(member.memberId(), status);
            entries.add(new MemberAttendance(member.memberId(), status, status == AttendanceStatus.ABSENT_WITH_REASON
                    ? DemoTexts.pick(DemoTexts.ABSENCE_REASONS, random) : null));
        }
        calls.add(step(id, "attendance", new RecordAttendance(id, entries)));
        return attendance;
    }

    /**
     * Leaders always come; an exempt member mostly stays away as exempt; the members the commune picked
     * miss the regular meetings of their months without reason; anyone else is sometimes away with a
     * reason and at most once a year without one, so nobody else nears the absence threshold.
     */
    private AttendanceStatus attend(String memberId, LocalDate day, YearMonth month, boolean regular) {
        if (exemptOn(memberId, day)) {
            return random.nextInt(100) < 15 ? AttendanceStatus.PRESENT : AttendanceStatus.EXEMPT;
        }
        if (leaders.containsKey(memberId)) {
            return AttendanceStatus.PRESENT;
        }
        int roll = random.nextInt(100);
        Set<YearMonth> picked = specials.unexcusedMonths().get(memberId);
        if (picked != null && regular && picked.contains(month)) {
            return AttendanceStatus.ABSENT_WITHOUT_REASON;
        }
        if (roll < 8) {
            return AttendanceStatus.ABSENT_WITH_REASON;
        }
        if (roll < 9 && picked == null && unexcusedYears.computeIfAbsent(memberId, k -> new HashSet<>()).add(month.getYear())) {
            return AttendanceStatus.ABSENT_WITHOUT_REASON;
        }
        return AttendanceStatus.PRESENT;
    }

    void item(String id, String itemId, AgendaItemKind kind, String summary, String themeId, String leadReporter) {
        calls.add(step(id, "agenda-items", itemId, new RecordAgendaItem(id, itemId, kind, summary, 10 + random.nextInt(16),
                null, themeId, leadReporter)));
    }

    /** Two to four members present, other than the chair, speak once each on an item open to discussion. */
    void speeches(String id, Map<String, AgendaItemKind> items, Map<String, AttendanceStatus> attendance) {
        List<String> itemIds = items.entrySet().stream().filter(e -> DISCUSSED.contains(e.getValue())).map(Map.Entry::getKey).toList();
        List<String> speakers = new ArrayList<>(present(attendance, id2 -> !id2.equals(secretary)));
        Collections.shuffle(speakers, random);
        int count = Math.min(speakers.size(), 2 + random.nextInt(3));
        for (String speaker : speakers.subList(0, count)) {
            String itemId = itemIds.get(random.nextInt(itemIds.size()));
            calls.add(step(id, "speeches", speaker, new RecordSpeech(id, speaker, itemId, DemoTexts.gist(random))));
        }
    }

    /** The vote on the resolution or conclusion, then the resolution itself as adopted. */
    void adopt(String id, String resolutionId, ResolutionKind kind, String title, String text, LocalDate day,
                       Map<String, AttendanceStatus> attendance) {
        Votes votes = votes(attendance);
        calls.add(step(id, "resolution-votes", new ResolutionVote(resolutionId, votes.votesFor(), votes.votesAgainst(),
                votes.abstentions())));
        String symbol = kind == ResolutionKind.RESOLUTION ? "NQ" : "KL";
        int number = documentNumbers.merge(symbol + day.getYear(), 1, Integer::sum);
        calls.add(new Call("/api/resolutions", resolutionId + "/adoption", new AdoptResolution(resolutionId, id, cellId, kind,
                "%02d-%s/CB".formatted(number, symbol), title, text, day)));
    }

    /** The secretary proposes the rating and the cell votes on it; the minutes are read back and signed; the meeting closes. */
    void close(String id, LocalDateTime start, int minutes, Map<String, AttendanceStatus> attendance) {
        var level = rating.level(attendance.values(), minutes);
        calls.add(step(id, "quality-rating", new ProposeQualityRating(id, secretary,
                level, rating.scores(level))));
        calls.add(step(id, "quality-rating/vote", votes(attendance)));
        LocalDateTime end = start.plusMinutes(minutes);
        calls.add(step(id, "minutes", new SignMinutes(id, end.minusMinutes(10))));
        calls.add(step(id, "closing", new CloseMeeting(id, end)));
    }

    /**
     * Every official member present votes, one sometimes abstaining; the motion must carry by the voting
     * rule (more than half of the official members present or absent without reason).
     */
    private Votes votes(Map<String, AttendanceStatus> attendance) {
        int voters = 0;
        int counted = 0;
        for (RegisterMember member : members) {
            AttendanceStatus status = attendance.get(member.memberId());
            if (member.status() == MembershipStatus.OFFICIAL && status != null) {
                voters += status == AttendanceStatus.PRESENT ? 1 : 0;
                counted += status == AttendanceStatus.PRESENT || status == AttendanceStatus.ABSENT_WITHOUT_REASON ? 1 : 0;
            }
        }
        int abstentions = random.nextInt(100) < 15 && 2 * (voters - 1) > counted ? 1 : 0;
        if (2 * (voters - abstentions) <= counted) {
            throw new IllegalStateException("The demo plan would lose a vote in " + cellId);
        }
        return new Votes(voters - abstentions, 0, abstentions, null);
    }

    Call step(String meetingId, String step, Object body) {
        return step(meetingId, step, "", body);
    }

    /** A step of the meeting's lifecycle; {@code which} tells apart the steps taken more than once (items, speeches). */
    Call step(String meetingId, String step, String which, Object body) {
        return new Call("/api/meetings/" + meetingId + "/" + step, meetingId + "/" + step + (which.isEmpty() ? "" : "/" + which),
                body);
    }

    List<String> present(Map<String, AttendanceStatus> attendance, Predicate<String> who) {
        return attendance.entrySet().stream().filter(e -> e.getValue() == AttendanceStatus.PRESENT)
                .map(Map.Entry::getKey).filter(who).toList();
    }

    private boolean exemptOn(String memberId, LocalDate day) {
        return specials.exemptions().stream().anyMatch(e -> e.memberId().equals(memberId) && !day.isBefore(e.exemptFrom())
                && (e.exemptUntil() == null || !day.isAfter(e.exemptUntil())));
    }

    /** Villages meet in the evening, schools after classes, the others in the afternoon. */
    LocalTime startTime() {
        return switch (cell.cellType()) {
            case VILLAGE -> LocalTime.of(19, 30);
            case SCHOOL -> LocalTime.of(16, 30);
            default -> LocalTime.of(14, 0);
        };
    }

    private String place() {
        String unit = cell.name().replaceFirst("^Chi bộ ", "");
        return cell.cellType() == CellType.VILLAGE ? "Nhà văn hóa " + unit : "Phòng họp " + unit;
    }

    private String holder(CellRole role) {
        return leaders.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException(cellId + " has no " + role));
    }
}
