package vn.chibo.standalone.demo;

import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AdoptAgenda;
import vn.chibo.events.meeting.MeetingContract.RecordAgendaItem;
import vn.chibo.events.meeting.MeetingContract.TaskReview;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.TaskReviewOutcome;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MemberContract.GrantExemption;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.petition.PetitionContract.AnswerPetition;
import vn.chibo.events.petition.PetitionContract.ForwardPetition;
import vn.chibo.events.petition.PetitionContract.RaisePetition;
import vn.chibo.events.plan.PlanContract.ApprovePlan;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.events.plan.PlanContract.ResubmitPlan;
import vn.chibo.events.plan.PlanContract.ReturnPlan;
import vn.chibo.events.plan.PlanContract.SubmitPlan;
import vn.chibo.events.resolution.ResolutionKind;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.AssignTask;
import vn.chibo.events.task.TaskContract.EvaluateTask;
import vn.chibo.events.task.TaskOutcome;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One cell's last twelve months through the full command API, as the minutes of a cell that keeps the
 * rules would record them: each month's regular meeting step by step (the review of the tasks that are
 * due, a resolution with two or three tasks, a quality rating), a thematic meeting in each quarter's last
 * month on a theme of the cell's approved annual plan, and the tasks followed through between meetings.
 * Meetings on or after {@code today} are only scheduled; nothing is dated on or after it.
 */
final class CellYearPlanner {

    /** What the commune picked this cell for, beyond an ordinary year. */
    record Specials(List<GrantExemption> exemptions, Map<String, Set<YearMonth>> unexcusedMonths,
                    YearMonth answeredPetition, YearMonth pendingPetition, boolean planReturnedOnce) {
    }

    private static final List<AgendaItemKind> REGULAR_ITEMS = List.of(AgendaItemKind.NEWS,
            AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW, AgendaItemKind.IDEOLOGY, AgendaItemKind.PARTY_BUILDING,
            AgendaItemKind.CRITICISM_AND_SELF_CRITICISM, AgendaItemKind.HO_CHI_MINH_STUDY);

    private final CreateOrganisation cell;
    private final String cellId;
    private final Map<String, CellRole> leaders;
    private final LocalDate today;
    private final Random random;
    private final Specials specials;
    private final List<Call> calls = new ArrayList<>();
    private final CellSessions sessions;
    private final TaskBook tasks;
    private final Map<Integer, List<PlannedTheme>> themes = new HashMap<>();

    CellYearPlanner(CreateOrganisation cell, List<RegisterMember> members, Map<String, CellRole> leaders,
                    LocalDate today, Random random, Specials specials) {
        this.cell = cell;
        this.cellId = cell.organisationId();
        this.leaders = leaders;
        this.today = today;
        this.random = random;
        this.specials = specials;
        this.sessions = new CellSessions(cell, members, leaders, today, random, specials, calls);
        this.tasks = new TaskBook(random);
    }

    /** The twelve months ending with {@code today}'s. */
    static List<YearMonth> window(LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            months.add(YearMonth.from(today).minusMonths(back));
        }
        return months;
    }

    CellYear plan() {
        specials.exemptions().forEach(e -> calls.add(new Call("/api/members/" + e.memberId() + "/exemptions",
                e.memberId() + "/exemption/" + e.exemptFrom(), e)));
        List<YearMonth> months = window(today);
        months.stream().filter(CellYearPlanner::quarterEnd).map(YearMonth::getYear).distinct().forEach(this::thematicPlan);
        for (YearMonth month : months) {
            regular(month);
            if (quarterEnd(month)) {
                thematic(month);
            }
        }
        calls.addAll(tasks.reportsUntil(today.minusDays(1)));
        return new CellYear(cellId, List.copyOf(calls), tasks.stillOpen());
    }

    // --- the annual thematic plan ---

    /** Four themes, submitted in January and approved by the commune committee; one cell's plan goes back once. */
    private void thematicPlan(int year) {
        String planId = "kh-" + cellId + "-" + year;
        List<String> titles = DemoTexts.themes(cell.cellType(), random);
        List<String> reporters = leaders.keySet().stream().filter(id -> !id.equals(sessions.secretary())).sorted().toList();
        List<PlannedTheme> planned = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            planned.add(new PlannedTheme("cd-" + cellId + "-" + year + "-q" + quarter, quarter, titles.get(quarter - 1),
                    reporters.get(quarter % reporters.size())));
        }
        LocalDate submitted = LocalDate.of(year, 1, 5 + random.nextInt(8));
        addIfPast(submitted, new Call("/api/plans", planId + "/submission", new SubmitPlan(planId, cellId, year, planned, submitted)));
        LocalDate decided = submitted.plusDays(5 + random.nextInt(8));
        boolean returned = specials.planReturnedOnce() && year == today.getYear();
        if (returned) {
            addIfPast(decided, new Call("/api/plans/" + planId + "/return", planId + "/return", new ReturnPlan(planId,
                    cell.parentId(), "Đề nghị bổ sung chuyên đề về chuyển đổi số trong quý III", decided)));
            planned.set(2, new PlannedTheme(planned.get(2).themeId(), 3, "Chuyển đổi số trong sản xuất và đời sống",
                    planned.get(2).leadReporterId()));
            LocalDate again = decided.plusDays(3);
            addIfPast(again, new Call("/api/plans/" + planId + "/submissions", planId + "/submission-2",
                    new ResubmitPlan(planId, planned, again)));
            decided = again.plusDays(4);
        }
        addIfPast(decided, new Call("/api/plans/" + planId + "/approval", planId + "/approval",
                new ApprovePlan(planId, cell.parentId(), "Đồng ý với kế hoạch sinh hoạt chuyên đề", decided)));
        themes.put(year, List.copyOf(planned));
    }

    // --- meetings ---

    private void regular(YearMonth month) {
        int day = random.nextInt(100) < 7 ? 10 + random.nextInt(6) : 3 + random.nextInt(5);
        String id = "sh-" + cellId + "-" + month;
        LocalDateTime start = month.atDay(day).atTime(sessions.startTime());
        if (!sessions.scheduled(id, MeetingKind.REGULAR, start)) {
            return;
        }
        String period = "tháng " + month.getMonthValue() + "/" + month.getYear();
        calls.addAll(tasks.reportsUntil(start.toLocalDate()));
        sessions.prepare(id, start, "Sinh hoạt chi bộ thường kỳ " + period + ": kiểm điểm nghị quyết tháng trước, nhiệm vụ tháng tới",
                "Dự thảo nghị quyết " + period);
        var attendance = sessions.open(id, start, month, true, "Sinh hoạt chi bộ thường kỳ " + period);
        List<TaskBook.Verdict> verdicts = tasks.review(start.toLocalDate());
        List<AgendaItemKind> agenda = REGULAR_ITEMS.stream()
                .filter(kind -> kind != AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW || !verdicts.isEmpty()).toList();
        calls.add(sessions.step(id, "agenda", new AdoptAgenda(id, agenda)));
        Map<String, AgendaItemKind> items = new LinkedHashMap<>();
        for (AgendaItemKind kind : agenda) {
            String itemId = "i-" + (items.size() + 1);
            items.put(itemId, kind);
            if (kind == AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW) {
                review(id, itemId, start.toLocalDate(), verdicts);
            } else {
                sessions.item(id, itemId, kind, DemoTexts.summary(kind, random), null, null);
            }
        }
        sessions.speeches(id, items, attendance);
        String resolutionId = "nq-" + cellId + "-" + month;
        List<String> work = tasksOfTheMonth();
        sessions.adopt(id, resolutionId, ResolutionKind.RESOLUTION, "Nghị quyết chi bộ " + period,
                "Chi bộ thống nhất lãnh đạo thực hiện: " + String.join("; ", work) + ".", start.toLocalDate(), attendance);
        assign(resolutionId, work, start.toLocalDate(), attendance);
        if (month.equals(specials.answeredPetition()) || month.equals(specials.pendingPetition())) {
            petition(id, month, start.toLocalDate(), attendance);
        }
        sessions.close(id, start, sessions.regularMinutes(), attendance);
    }

    private void thematic(YearMonth month) {
        String id = "sh-" + cellId + "-" + month + "-cd";
        LocalDateTime start = month.atDay(18 + random.nextInt(8)).atTime(sessions.startTime());
        if (!sessions.scheduled(id, MeetingKind.THEMATIC, start)) {
            return;
        }
        int quarter = (month.getMonthValue() - 1) / 3 + 1;
        PlannedTheme theme = themes.get(month.getYear()).get(quarter - 1);
        calls.addAll(tasks.reportsUntil(start.toLocalDate()));
        sessions.prepare(id, start, "Sinh hoạt chuyên đề quý " + quarter + ": " + theme.title(), "Dự thảo kết luận chuyên đề");
        var attendance = sessions.open(id, start, month, false, "Sinh hoạt chuyên đề quý " + quarter + "/" + month.getYear());
        calls.add(sessions.step(id, "agenda", new AdoptAgenda(id, List.of(AgendaItemKind.LEAD_REPORT, AgendaItemKind.THEME))));
        sessions.item(id, "i-1", AgendaItemKind.LEAD_REPORT, "Báo cáo đề dẫn: " + theme.title(), theme.themeId(), theme.leadReporterId());
        sessions.item(id, "i-2", AgendaItemKind.THEME, "Thảo luận chuyên đề: " + theme.title(), theme.themeId(), null);
        sessions.speeches(id, Map.of("i-2", AgendaItemKind.THEME), attendance);
        sessions.adopt(id, "kl-" + cellId + "-" + month, ResolutionKind.CONCLUSION, "Kết luận chuyên đề quý " + quarter,
                "Chi bộ thống nhất vận dụng chuyên đề \"" + theme.title() + "\" vào nhiệm vụ của chi bộ.",
                start.toLocalDate(), attendance);
        sessions.close(id, start, sessions.thematicMinutes(), attendance);
    }

    private void review(String id, String itemId, LocalDate day, List<TaskBook.Verdict> verdicts) {
        long done = verdicts.stream().filter(v -> v.outcome() == TaskOutcome.DONE).count();
        List<TaskReview> reviews = verdicts.stream().map(v -> new TaskReview(v.taskId(),
                TaskReviewOutcome.valueOf(v.outcome().name()), v.reason(), v.newDeadline())).toList();
        calls.add(sessions.step(id, "agenda-items", itemId, new RecordAgendaItem(id, itemId, AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW,
                "Kiểm điểm từng nhiệm vụ của nghị quyết kỳ trước: " + done + "/" + verdicts.size() + " hoàn thành",
                20 + random.nextInt(10), reviews, null, null)));
        verdicts.forEach(v -> calls.add(new Call("/api/tasks/" + v.taskId() + "/evaluation", v.taskId() + "/evaluation/" + id,
                new EvaluateTask(v.taskId(), id, v.outcome(), v.reason(), v.newDeadline(), day))));
    }

    private List<String> tasksOfTheMonth() {
        List<String> work = new ArrayList<>();
        int count = random.nextInt(100) < 40 ? 3 : 2;
        while (work.size() < count) {
            String content = DemoTexts.task(cell.cellType(), random);
            if (!work.contains(content)) {
                work.add(content);
            }
        }
        return work;
    }

    /** Rõ việc, rõ người, rõ thời gian: each task to one or two members present, due within the next weeks. */
    private void assign(String resolutionId, List<String> work, LocalDate day, Map<String, AttendanceStatus> attendance) {
        List<String> present = sessions.present(attendance, id -> true);
        for (int n = 0; n < work.size(); n++) {
            List<String> people = new ArrayList<>(present);
            Collections.shuffle(people, random);
            List<Assignee> assignees = people.subList(0, random.nextInt(100) < 30 && people.size() > 1 ? 2 : 1).stream()
                    .map(memberId -> new Assignee(AssigneeKind.MEMBER, memberId)).toList();
            String taskId = "nv-" + resolutionId.substring(3) + "-" + (n + 1);
            var task = new AssignTask(taskId, resolutionId, work.get(n),
                    "Hoàn thành đúng hạn, báo cáo kết quả tại kỳ sinh hoạt sau",
                    "Phân công đảng viên phụ trách, phối hợp với các đoàn thể", day.plusDays(10 + random.nextInt(9)),
                    assignees, n % 2 == 0 ? sessions.deputy() : sessions.secretary());
            calls.add(new Call("/api/tasks", taskId + "/assignment", task));
            tasks.assign(task, day);
        }
    }

    /** A petition raised at the meeting, forwarded to the commune committee, and — for the answered one — answered by it. */
    private void petition(String id, YearMonth month, LocalDate day, Map<String, AttendanceStatus> attendance) {
        String petitionId = "kn-" + cellId + "-" + month;
        List<String> raisers = sessions.present(attendance, memberId -> !leaders.containsKey(memberId));
        calls.add(new Call("/api/petitions", petitionId + "/raise", new RaisePetition(petitionId, id, cellId,
                "Đề nghị cấp trên hỗ trợ kinh phí sửa chữa tuyến đường liên thôn bị sạt lở sau mưa lũ",
                raisers.isEmpty() ? null : raisers.get(0), day)));
        LocalDate forwarded = day.plusDays(2);
        addIfPast(forwarded, new Call("/api/petitions/" + petitionId + "/forwarding", petitionId + "/forwarding",
                new ForwardPetition(petitionId, forwarded)));
        LocalDate answered = forwarded.plusDays(10 + random.nextInt(5));
        if (month.equals(specials.answeredPetition())) {
            addIfPast(answered, new Call("/api/petitions/" + petitionId + "/answer", petitionId + "/answer",
                    new AnswerPetition(petitionId, cell.parentId(), "Đảng ủy xã đã chỉ đạo Ủy ban nhân dân xã đưa tuyến đường "
                            + "vào kế hoạch duy tu, hỗ trợ 50% kinh phí vật liệu; nhân dân đóng góp ngày công", answered)));
        }
    }

    // --- small helpers ---

    private void addIfPast(LocalDate date, Call call) {
        if (date.isBefore(today)) {
            calls.add(call);
        }
    }

    private static boolean quarterEnd(YearMonth month) {
        return month.getMonthValue() % 3 == 0;
    }
}
