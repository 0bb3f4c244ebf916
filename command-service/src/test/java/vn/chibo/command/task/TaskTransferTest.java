package vn.chibo.command.task;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.CompleteTask;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskCancelled;
import vn.chibo.events.task.TaskContract.TaskCompleted;
import vn.chibo.events.task.TaskContract.TaskEvaluated;
import vn.chibo.events.task.TaskContract.TaskTransferred;
import vn.chibo.events.task.TaskContract.TransferTask;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static vn.chibo.events.member.TransferReason.MERGE;
import static vn.chibo.events.task.AssigneeKind.MEMBER;
import static vn.chibo.events.task.AssigneeKind.ORGANISATION;
import static vn.chibo.events.task.TaskOutcome.DONE;
import static vn.chibo.events.task.TaskOutcome.NOT_DONE;

/** A merge hands the absorbed cell's tasks that are not yet closed to the survivor. */
class TaskTransferTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate ADOPTED = LocalDate.of(2026, 3, 5);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 31);
    private static final LocalDate MERGED = LocalDate.of(2026, 4, 1);
    private static final Assignee MINH = new Assignee(MEMBER, "dv-minh");
    private static final Assignee ABSORBED = new Assignee(ORGANISATION, "thon-kien");
    private static final Assignee SURVIVOR = new Assignee(ORGANISATION, "thon-dong-man");

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class);
        fixture.registerInjectableResource(new DirectoryOf()
                .cell("thon-dong-man", "Chi bộ thôn Đồng Mận")
                .cell("thon-kien", "Chi bộ thôn Kiên").ended("thon-kien")
                .cell("thon-cu", "Chi bộ thôn Cũ").ended("thon-cu"));
        fixture.registerInjectableResource(Clock.fixed(
                LocalDate.of(2026, 4, 10).atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM));
    }

    @Test
    void anOpenTaskGoesToTheSurvivor() {
        fixture.given(assigned(List.of(MINH)))
                .when(transfer("thon-dong-man"))
                .expectEvents(new TaskTransferred("t1", "thon-kien", "thon-dong-man", MERGE, MERGED));
    }

    @Test
    void aCompletedTaskAwaitingEvaluationGoesTooAndTheSurvivorEvaluatesIt() {
        fixture.given(assigned(List.of(MINH)), new TaskCompleted("t1", MINH, "Xong", MERGED.minusDays(2)))
                .when(transfer("thon-dong-man"))
                .expectEvents(new TaskTransferred("t1", "thon-kien", "thon-dong-man", MERGE, MERGED));
    }

    @Test
    void aClosedTaskStaysWhereItWasClosed() {
        fixture.given(assigned(List.of(MINH)), new TaskEvaluated("t1", "sh-4", DONE, null, DEADLINE, null, MERGED))
                .when(transfer("thon-dong-man"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("task.evaluated-done []");
        fixture.given(assigned(List.of(MINH)),
                        new TaskEvaluated("t1", "sh-4", NOT_DONE, "Thiếu kinh phí", DEADLINE, null, MERGED))
                .when(transfer("thon-dong-man"))
                .expectExceptionMessage("task.evaluated-not-done []");
        fixture.given(assigned(List.of(MINH)), new TaskCancelled("t1", "Không cần nữa", MERGED))
                .when(transfer("thon-dong-man"))
                .expectExceptionMessage("task.cancelled []");
    }

    @Test
    void onlyToAnotherLiveOrganisation() {
        fixture.given(assigned(List.of(MINH)))
                .when(transfer("thon-kien"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("task.already-held [thon-kien]");
        fixture.given(assigned(List.of(MINH)))
                .when(transfer("thon-cu"))
                .expectExceptionMessage("task.organisation-not-active [thon-cu]");
    }

    @Test
    void theAbsorbedOrganisationAsAssigneeIsTheSurvivorFromThen() {
        fixture.given(assigned(List.of(MINH, ABSORBED)),
                        new TaskTransferred("t1", "thon-kien", "thon-dong-man", MERGE, MERGED))
                .when(new CompleteTask("t1", SURVIVOR, "Đã xong", MERGED.plusDays(1)))
                .expectEvents(new TaskCompleted("t1", SURVIVOR, "Đã xong", MERGED.plusDays(1)));
        fixture.given(assigned(List.of(MINH, ABSORBED)),
                        new TaskTransferred("t1", "thon-kien", "thon-dong-man", MERGE, MERGED))
                .when(new CompleteTask("t1", ABSORBED, "Đã xong", MERGED.plusDays(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("task.not-an-assignee [thon-kien]");
    }

    private static TransferTask transfer(String to) {
        return new TransferTask("t1", to, MERGE, MERGED);
    }

    private static TaskAssigned assigned(List<Assignee> assignees) {
        return new TaskAssigned("t1", "nq-3", "thon-kien", "Phun thuốc", null, null, DEADLINE, assignees,
                "dv-bi-thu", ADOPTED);
    }
}
