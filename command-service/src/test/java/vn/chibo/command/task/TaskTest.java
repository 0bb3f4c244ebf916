package vn.chibo.command.task;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.command.resolution.ResolutionDirectory;
import vn.chibo.command.resolution.ResolutionsOf;
import vn.chibo.events.task.TaskContract.AssignTask;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.CancelTask;
import vn.chibo.events.task.TaskContract.CompleteTask;
import vn.chibo.events.task.TaskContract.EvaluateTask;
import vn.chibo.events.task.TaskContract.MarkTaskOverdue;
import vn.chibo.events.task.TaskContract.ReportTaskProgress;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskBecameOverdue;
import vn.chibo.events.task.TaskContract.TaskCancelled;
import vn.chibo.events.task.TaskContract.TaskCompleted;
import vn.chibo.events.task.TaskContract.TaskEvaluated;
import vn.chibo.events.task.TaskContract.TaskProgressReported;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static vn.chibo.events.task.AssigneeKind.MEMBER;
import static vn.chibo.events.task.AssigneeKind.ORGANISATION;
import static vn.chibo.events.task.TaskOutcome.CARRIED_OVER;
import static vn.chibo.events.task.TaskOutcome.DONE;
import static vn.chibo.events.task.TaskOutcome.NOT_DONE;

class TaskTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate ADOPTED = LocalDate.of(2026, 5, 5);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Assignee MINH = new Assignee(MEMBER, "dv-minh");
    private static final Assignee YOUTH_UNION = new Assignee(ORGANISATION, "doan-thanh-nien");

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class);
        fixture.registerInjectableResource(new DirectoryOf()
                .cell("thon-dong-man", "Chi bộ thôn Đồng Mận")
                .committee("doan-thanh-nien", "Chi đoàn thôn"));
        fixture.registerInjectableResource(new ResolutionsOf()
                .with(new ResolutionDirectory.Entry("nq-5", "sh-5", "thon-dong-man", ADOPTED, null, null))
                .with(new ResolutionDirectory.Entry("nq-4", "sh-4", "thon-dong-man", ADOPTED.minusMonths(1),
                        "nq-5", null)));
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM));
    }

    // --- assignment ---

    @Test
    void aTaskIsAssignedUnderTheResolutionsCellFromItsAdoption() {
        fixture.givenNoPriorActivity()
                .when(new AssignTask("t1", "nq-5", " Phun thuốc cho vườn vải ", " ", "Tổ chức 2 đợt", DEADLINE,
                        List.of(MINH, YOUTH_UNION), "dv-bi-thu"))
                .expectEvents(new TaskAssigned("t1", "nq-5", "thon-dong-man", "Phun thuốc cho vườn vải", null,
                        "Tổ chức 2 đợt", DEADLINE, List.of(MINH, YOUTH_UNION), "dv-bi-thu", ADOPTED));
    }

    @Test
    void clearWorkClearPersonClearDeadline() {
        fixture.givenNoPriorActivity()
                .when(assign(" ", List.of(MINH), DEADLINE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("task.work-unclear []");
        fixture.givenNoPriorActivity()
                .when(assign("Phun thuốc", List.of(), DEADLINE))
                .expectExceptionMessage("task.person-unclear []");
        fixture.givenNoPriorActivity()
                .when(assign("Phun thuốc", List.of(MINH), null))
                .expectExceptionMessage("task.deadline-unclear []");
    }

    @Test
    void theResolutionMustBeRecordedAndInForce() {
        fixture.givenNoPriorActivity()
                .when(new AssignTask("t1", "nq-9", "Phun thuốc", null, null, DEADLINE, List.of(MINH), "dv-bi-thu"))
                .expectExceptionMessage("task.resolution-unknown [nq-9]");
        fixture.givenNoPriorActivity()
                .when(new AssignTask("t1", "nq-4", "Phun thuốc", null, null, DEADLINE, List.of(MINH), "dv-bi-thu"))
                .expectExceptionMessage("task.resolution-superseded [nq-4, nq-5]");
    }

    @Test
    void theDeadlineIsNotBeforeTheAdoption() {
        fixture.givenNoPriorActivity()
                .when(assign("Phun thuốc", List.of(MINH), ADOPTED.minusDays(1)))
                .expectExceptionMessage("task.deadline-before-adoption [2026-05-04, 2026-05-05]");
    }

    @Test
    void assigneesAreNamedOnceAndOrganisationsExist() {
        fixture.givenNoPriorActivity()
                .when(assign("Phun thuốc", List.of(MINH, MINH), DEADLINE))
                .expectExceptionMessage("task.duplicate-assignee [dv-minh]");
        fixture.givenNoPriorActivity()
                .when(assign("Phun thuốc", List.of(new Assignee(ORGANISATION, "hoi-khong-co")), DEADLINE))
                .expectExceptionMessage("task.assignee-organisation-unknown [hoi-khong-co]");
    }

    // --- progress and completion ---

    @Test
    void anAssigneeReportsProgress() {
        fixture.given(assigned())
                .when(new ReportTaskProgress("t1", YOUTH_UNION, " Xong đợt 1 ", 50, ADOPTED.plusDays(10)))
                .expectEvents(new TaskProgressReported("t1", YOUTH_UNION, "Xong đợt 1", 50, ADOPTED.plusDays(10)));
    }

    @Test
    void onlyAnAssigneeReportsProgressOrCompletion() {
        var stranger = new Assignee(MEMBER, "dv-khac");
        fixture.given(assigned())
                .when(new ReportTaskProgress("t1", stranger, "Xong đợt 1", 50, ADOPTED.plusDays(10)))
                .expectExceptionMessage("task.not-an-assignee [dv-khac]");
        fixture.given(assigned())
                .when(new CompleteTask("t1", stranger, "Xong", ADOPTED.plusDays(10)))
                .expectExceptionMessage("task.not-an-assignee [dv-khac]");
    }

    @Test
    void reportsFallBetweenTheAssignmentAndToday() {
        fixture.given(assigned())
                .when(new ReportTaskProgress("t1", MINH, "Xong đợt 1", null, ADOPTED.minusDays(1)))
                .expectExceptionMessage("task.before-assignment [2026-05-04, 2026-05-05]");
        fixture.given(assigned())
                .when(new CompleteTask("t1", MINH, "Xong", TODAY.plusDays(1)))
                .expectExceptionMessage("task.date-in-future [2026-06-16]");
    }

    @Test
    void anAssigneeCompletesWithANote() {
        fixture.given(assigned())
                .when(new CompleteTask("t1", MINH, " Đã phun 2 đợt ", DEADLINE.minusDays(2)))
                .expectEvents(new TaskCompleted("t1", MINH, "Đã phun 2 đợt", DEADLINE.minusDays(2)));
    }

    @Test
    void progressAndCompletionOnlyWhileOpen() {
        fixture.given(assigned(), completed())
                .when(new ReportTaskProgress("t1", MINH, "Thêm", null, DEADLINE))
                .expectExceptionMessage("task.awaiting-evaluation [2026-05-29]");
        fixture.given(assigned(), completed())
                .when(new CompleteTask("t1", MINH, "Lại xong", DEADLINE))
                .expectExceptionMessage("task.awaiting-evaluation [2026-05-29]");
        fixture.given(assigned(), cancelled())
                .when(new ReportTaskProgress("t1", MINH, "Thêm", null, DEADLINE))
                .expectExceptionMessage("task.cancelled []");
    }

    // --- evaluation ---

    @Test
    void theNextMeetingEvaluatesACompletedTaskAsDone() {
        fixture.given(assigned(), completed())
                .when(new EvaluateTask("t1", "sh-6", DONE, " ", null, TODAY))
                .expectEvents(new TaskEvaluated("t1", "sh-6", DONE, null, DEADLINE, null, TODAY));
    }

    @Test
    void aTaskNotDoneNeedsTheReason() {
        fixture.given(assigned())
                .when(new EvaluateTask("t1", "sh-6", NOT_DONE, " ", null, TODAY))
                .expectExceptionMessage("task.reason-required []");
        fixture.given(assigned())
                .when(new EvaluateTask("t1", "sh-6", NOT_DONE, "Mưa kéo dài", null, TODAY))
                .expectEvents(new TaskEvaluated("t1", "sh-6", NOT_DONE, "Mưa kéo dài", DEADLINE, null, TODAY));
    }

    @Test
    void aTaskIsEvaluatedOnceCompletedOrDueNotBefore() {
        fixture.given(assigned())
                .when(new EvaluateTask("t1", "sh-6", NOT_DONE, "Chưa làm", null, DEADLINE.minusDays(1)))
                .expectExceptionMessage("task.not-yet-due [2026-05-31]");
        fixture.given(assigned(), completed())
                .when(new EvaluateTask("t1", "sh-6", DONE, null, null, DEADLINE.minusDays(1)))
                .expectSuccessfulHandlerExecution();
        fixture.given(assigned(), completed())
                .when(new EvaluateTask("t1", "sh-6", DONE, null, null, DEADLINE.minusDays(3)))
                .expectExceptionMessage("task.evaluated-before-completion [2026-05-28, 2026-05-29]");
    }

    @Test
    void theAdoptingMeetingDoesNotEvaluateItsOwnTasks() {
        fixture.given(assigned(), completed())
                .when(new EvaluateTask("t1", "sh-5", DONE, null, null, TODAY))
                .expectExceptionMessage("task.evaluated-at-adopting-meeting [sh-5]");
    }

    @Test
    void anEvaluationIsNotRecordedAheadOfTime() {
        fixture.given(assigned(), completed())
                .when(new EvaluateTask("t1", "sh-6", DONE, null, null, TODAY.plusDays(1)))
                .expectExceptionMessage("task.date-in-future [2026-06-16]");
    }

    @Test
    void aCarriedOverTaskGetsALaterDeadlineAndIsOpenAgain() {
        LocalDate newDeadline = LocalDate.of(2026, 6, 30);
        fixture.given(assigned(), completed())
                .when(new EvaluateTask("t1", "sh-6", CARRIED_OVER, "Còn đợt 3", newDeadline, TODAY))
                .expectEvents(new TaskEvaluated("t1", "sh-6", CARRIED_OVER, "Còn đợt 3", DEADLINE, newDeadline, TODAY));
        fixture.given(assigned(), completed(), carriedOver(newDeadline))
                .when(new ReportTaskProgress("t1", MINH, "Đang làm đợt 3", 80, TODAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCarryOverNeedsANewDeadlineAfterTheOldOneAndNotAlreadyPassed() {
        fixture.given(assigned())
                .when(new EvaluateTask("t1", "sh-6", CARRIED_OVER, null, null, TODAY))
                .expectExceptionMessage("task.new-deadline-required []");
        fixture.given(assigned())
                .when(new EvaluateTask("t1", "sh-6", CARRIED_OVER, null, DEADLINE, TODAY))
                .expectExceptionMessage("task.new-deadline-not-later [2026-05-31, 2026-05-31]");
        fixture.given(assigned())
                .when(new EvaluateTask("t1", "sh-6", CARRIED_OVER, null, TODAY.minusDays(1), TODAY))
                .expectExceptionMessage("task.new-deadline-already-passed [2026-06-14, 2026-06-15]");
        fixture.given(assigned())
                .when(new EvaluateTask("t1", "sh-6", DONE, null, TODAY.plusDays(10), TODAY))
                .expectExceptionMessage("task.new-deadline-only-when-carried-over []");
    }

    @Test
    void anEvaluatedOrCancelledTaskAcceptsNothingMore() {
        fixture.given(assigned(), completed(), new TaskEvaluated("t1", "sh-6", DONE, null, DEADLINE, null, TODAY))
                .when(new EvaluateTask("t1", "sh-7", CARRIED_OVER, null, TODAY.plusDays(10), TODAY))
                .expectExceptionMessage("task.evaluated-done []");
        fixture.given(assigned(), new TaskEvaluated("t1", "sh-6", NOT_DONE, "Mưa", DEADLINE, null, TODAY))
                .when(new CancelTask("t1", "Không cần nữa", TODAY))
                .expectExceptionMessage("task.evaluated-not-done []");
        fixture.given(assigned(), cancelled())
                .when(new EvaluateTask("t1", "sh-6", DONE, null, null, TODAY))
                .expectExceptionMessage("task.cancelled []");
        fixture.given(assigned(), cancelled())
                .when(new CancelTask("t1", "Lại hủy", TODAY))
                .expectExceptionMessage("task.cancelled []");
    }

    // --- cancellation ---

    @Test
    void anOpenOrCompletedTaskIsCancelledWithTheReason() {
        fixture.given(assigned())
                .when(new CancelTask("t1", " Thời tiết không cho phép ", DEADLINE))
                .expectEvents(new TaskCancelled("t1", "Thời tiết không cho phép", DEADLINE));
        fixture.given(assigned(), completed())
                .when(new CancelTask("t1", "Nghị quyết điều chỉnh", TODAY))
                .expectEvents(new TaskCancelled("t1", "Nghị quyết điều chỉnh", TODAY));
        fixture.given(assigned())
                .when(new CancelTask("t1", "Nhầm", ADOPTED.minusDays(1)))
                .expectExceptionMessage("task.before-assignment [2026-05-04, 2026-05-05]");
    }

    // --- overdue ---

    @Test
    void anOpenTaskPastItsDeadlineBecomesOverdueOnce() {
        fixture.given(assigned())
                .when(new MarkTaskOverdue("t1", DEADLINE))
                .expectEvents(new TaskBecameOverdue("t1", DEADLINE, TODAY));
        fixture.given(assigned(), new TaskBecameOverdue("t1", DEADLINE, TODAY))
                .when(new MarkTaskOverdue("t1", DEADLINE))
                .expectExceptionMessage("task.already-overdue [2026-05-31]");
    }

    @Test
    void aTaskIsNotOverdueOnItsDeadlineDay() {
        fixture.given(new TaskAssigned("t1", "nq-5", "thon-dong-man", "Phun thuốc", null, null, TODAY,
                        List.of(MINH), "dv-bi-thu", ADOPTED))
                .when(new MarkTaskOverdue("t1", TODAY))
                .expectExceptionMessage("task.not-yet-overdue [2026-06-15]");
    }

    @Test
    void aMovedDeadlineOrAFinishedTaskIsNotMarkedOverdue() {
        LocalDate newDeadline = TODAY.minusDays(1);
        fixture.given(assigned(), completed(), carriedOver(newDeadline))
                .when(new MarkTaskOverdue("t1", DEADLINE))
                .expectExceptionMessage("task.deadline-moved [2026-05-31, 2026-06-14]");
        fixture.given(assigned(), new TaskBecameOverdue("t1", DEADLINE, TODAY), completed(), carriedOver(newDeadline))
                .when(new MarkTaskOverdue("t1", newDeadline))
                .expectEvents(new TaskBecameOverdue("t1", newDeadline, TODAY));
        fixture.given(assigned(), completed())
                .when(new MarkTaskOverdue("t1", DEADLINE))
                .expectExceptionMessage("task.awaiting-evaluation [2026-05-29]");
        fixture.given(assigned(), completed(), new TaskEvaluated("t1", "sh-6", DONE, null, DEADLINE, null, TODAY))
                .when(new MarkTaskOverdue("t1", DEADLINE))
                .expectExceptionMessage("task.evaluated-done []");
    }

    private static AssignTask assign(String content, List<Assignee> assignees, LocalDate deadline) {
        return new AssignTask("t1", "nq-5", content, null, null, deadline, assignees, "dv-bi-thu");
    }

    private static TaskAssigned assigned() {
        return new TaskAssigned("t1", "nq-5", "thon-dong-man", "Phun thuốc", null, null, DEADLINE,
                List.of(MINH, YOUTH_UNION), "dv-bi-thu", ADOPTED);
    }

    private static TaskCompleted completed() {
        return new TaskCompleted("t1", MINH, "Xong", DEADLINE.minusDays(2));
    }

    private static TaskCancelled cancelled() {
        return new TaskCancelled("t1", "Không cần nữa", DEADLINE);
    }

    private static TaskEvaluated carriedOver(LocalDate newDeadline) {
        return new TaskEvaluated("t1", "sh-6", CARRIED_OVER, null, DEADLINE, newDeadline, TODAY.minusDays(10));
    }
}
