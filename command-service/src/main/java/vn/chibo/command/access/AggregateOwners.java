package vn.chibo.command.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.petition.PetitionContract.PetitionEscalated;
import vn.chibo.events.petition.PetitionContract.PetitionForwarded;
import vn.chibo.events.petition.PetitionContract.PetitionRaised;
import vn.chibo.events.plan.PlanContract.PlanSubmitted;
import vn.chibo.events.plan.PlanContract.PlanTransferred;
import vn.chibo.events.report.ReportContract.ReportSubmitted;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskTransferred;

import java.util.Optional;

/**
 * Which organisation each aggregate belongs to today, and whom each task is assigned to: what a
 * command on an existing aggregate is authorized against. Kept by the subscribing directory
 * processor, in the transaction that appends the events, so a command right after another sees it.
 */
@Component
@ProcessingGroup("organisation-directory")
public class AggregateOwners {

    private final JdbcTemplate jdbc;

    AggregateOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation the aggregate belongs to; empty for an unknown aggregate. */
    public Optional<String> ownerOf(String aggregateId) {
        return jdbc.queryForList("select organisation_id from aggregate_owner where aggregate_id = ?",
                String.class, aggregateId).stream().findFirst();
    }

    public boolean isAssignee(String taskId, String memberId) {
        return memberId != null && !jdbc.queryForList(
                "select 1 from task_member_assignee where task_id = ? and member_id = ?", Integer.class, taskId, memberId)
                .isEmpty();
    }

    @EventHandler
    void on(MemberRegistered e) {
        own(e.memberId(), e.cellId());
    }

    @EventHandler
    void on(MemberTransferred e) {
        own(e.memberId(), e.toCellId());
    }

    @EventHandler
    void on(MeetingScheduled e) {
        own(e.meetingId(), e.organisationId());
    }

    @EventHandler
    void on(ResolutionAdopted e) {
        own(e.resolutionId(), e.organisationId());
    }

    @EventHandler
    void on(TaskAssigned e) {
        own(e.taskId(), e.organisationId());
        e.assignees().stream().filter(assignee -> assignee.kind() == AssigneeKind.MEMBER).forEach(assignee ->
                jdbc.update("insert into task_member_assignee (task_id, member_id) values (?, ?) on conflict do nothing",
                        e.taskId(), assignee.id()));
    }

    @EventHandler
    void on(TaskTransferred e) {
        own(e.taskId(), e.toOrganisationId());
    }

    @EventHandler
    void on(PetitionRaised e) {
        own(e.petitionId(), e.cellId());
    }

    @EventHandler
    void on(PetitionForwarded e) {
        own(e.petitionId(), e.toOrganisationId());
    }

    @EventHandler
    void on(PetitionEscalated e) {
        own(e.petitionId(), e.toOrganisationId());
    }

    @EventHandler
    void on(PlanSubmitted e) {
        own(e.planId(), e.cellId());
    }

    @EventHandler
    void on(PlanTransferred e) {
        own(e.planId(), e.toCellId());
    }

    @EventHandler
    void on(ReportSubmitted e) {
        own(e.reportId(), e.organisationId());
    }

    private void own(String aggregateId, String organisationId) {
        jdbc.update("insert into aggregate_owner (aggregate_id, organisation_id) values (?, ?)"
                + " on conflict (aggregate_id) do update set organisation_id = excluded.organisation_id",
                aggregateId, organisationId);
    }
}
