package vn.chibo.command.access;

import vn.chibo.command.access.Rule.OwnTask;
import vn.chibo.command.access.Rule.Owners;
import vn.chibo.events.absence.AbsenceContract.CountUnexcusedAbsence;
import vn.chibo.events.meeting.MeetingContract.AdoptAgenda;
import vn.chibo.events.meeting.MeetingContract.ApproveMeetingContent;
import vn.chibo.events.meeting.MeetingContract.CloseMeeting;
import vn.chibo.events.meeting.MeetingContract.OpenMeeting;
import vn.chibo.events.meeting.MeetingContract.ProposeQualityRating;
import vn.chibo.events.meeting.MeetingContract.RecordAgendaItem;
import vn.chibo.events.meeting.MeetingContract.RecordAttendance;
import vn.chibo.events.meeting.MeetingContract.RecordMeetingHeld;
import vn.chibo.events.meeting.MeetingContract.RecordSpeech;
import vn.chibo.events.meeting.MeetingContract.ScheduleMeeting;
import vn.chibo.events.meeting.MeetingContract.SendMeetingNotice;
import vn.chibo.events.meeting.MeetingContract.SignMinutes;
import vn.chibo.events.meeting.MeetingContract.VoteOnQualityRating;
import vn.chibo.events.meeting.MeetingContract.VoteOnResolution;
import vn.chibo.events.member.MemberContract.AssignCellRole;
import vn.chibo.events.member.MemberContract.EndExemption;
import vn.chibo.events.member.MemberContract.GrantExemption;
import vn.chibo.events.member.MemberContract.PromoteMember;
import vn.chibo.events.member.MemberContract.RecordLeaving;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MemberContract.TransferMember;
import vn.chibo.events.organisation.OrganisationContract.AbsorbOrganisation;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationContract.DissolveOrganisation;
import vn.chibo.events.organisation.OrganisationContract.FormSplitPart;
import vn.chibo.events.organisation.OrganisationContract.MergeOrganisations;
import vn.chibo.events.organisation.OrganisationContract.MoveOrganisation;
import vn.chibo.events.organisation.OrganisationContract.RenameOrganisation;
import vn.chibo.events.organisation.OrganisationContract.SplitOrganisation;
import vn.chibo.events.petition.PetitionContract.AnswerPetition;
import vn.chibo.events.petition.PetitionContract.EscalatePetition;
import vn.chibo.events.petition.PetitionContract.ForwardPetition;
import vn.chibo.events.petition.PetitionContract.RaisePetition;
import vn.chibo.events.plan.PlanContract.ApprovePlan;
import vn.chibo.events.plan.PlanContract.ResubmitPlan;
import vn.chibo.events.plan.PlanContract.ReturnPlan;
import vn.chibo.events.plan.PlanContract.SubmitPlan;
import vn.chibo.events.plan.PlanContract.TransferPlan;
import vn.chibo.events.policy.PolicyContract.AdoptPolicyVersion;
import vn.chibo.events.report.ReportContract.AcceptReport;
import vn.chibo.events.report.ReportContract.ReopenReport;
import vn.chibo.events.report.ReportContract.ReturnReport;
import vn.chibo.events.report.ReportContract.SubmitReport;
import vn.chibo.events.resolution.ResolutionContract.AdoptResolution;
import vn.chibo.events.resolution.ResolutionContract.AmendResolution;
import vn.chibo.events.resolution.ResolutionContract.SupersedeResolution;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.AssignTask;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.CancelTask;
import vn.chibo.events.task.TaskContract.CompleteTask;
import vn.chibo.events.task.TaskContract.EvaluateTask;
import vn.chibo.events.task.TaskContract.MarkTaskOverdue;
import vn.chibo.events.task.TaskContract.ReportTaskProgress;
import vn.chibo.events.task.TaskContract.TransferTask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.chibo.service.security.Permission.ADMINISTER;
import static vn.chibo.service.security.Permission.APPROVE_BELOW;
import static vn.chibo.service.security.Permission.SUBMIT_REPORTS;
import static vn.chibo.service.security.Permission.WRITE;

/**
 * Who may send which command: the whole table in one place (README-access.md prints it). A command
 * type without a rule is refused, and a test fails for every command of the contracts left out.
 */
final class CommandRules {

    private static final Map<Class<?>, Rule> RULES = Arrays.stream(new Rule[]{
            // the organisation tree and policy: administrators, on the parent for what appears under it
            rule(CreateOrganisation.class, ADMINISTER, field(CreateOrganisation::parentId)),
            rule(RenameOrganisation.class, ADMINISTER, field(RenameOrganisation::organisationId)),
            rule(MoveOrganisation.class, ADMINISTER, (c, o) -> orgs(c.organisationId(), c.parentId())),
            rule(MergeOrganisations.class, ADMINISTER, (c, o) -> orgs(c.survivorId(), c.absorbedIds())),
            rule(SplitOrganisation.class, ADMINISTER, (c, o) -> orgs(o.parentOf(c.organisationId()))),
            rule(DissolveOrganisation.class, ADMINISTER, field(DissolveOrganisation::organisationId)),
            rule(AdoptPolicyVersion.class, ADMINISTER, field(AdoptPolicyVersion::scopeOrganisationId)),
            // members: the cell writes; exemptions are decided by the committee directly above
            rule(RegisterMember.class, WRITE, field(RegisterMember::cellId)),
            rule(PromoteMember.class, WRITE, owner(PromoteMember::memberId)),
            rule(AssignCellRole.class, WRITE, owner(AssignCellRole::memberId)),
            rule(TransferMember.class, WRITE, (c, o) -> orgs(o.of(c.memberId()), c.toCellId())),
            rule(RecordLeaving.class, WRITE, owner(RecordLeaving::memberId)),
            rule(GrantExemption.class, APPROVE_BELOW, owner(GrantExemption::memberId)),
            rule(EndExemption.class, APPROVE_BELOW, owner(EndExemption::memberId)),
            // meetings and what they decide: the cell writes
            rule(ScheduleMeeting.class, WRITE, field(ScheduleMeeting::organisationId)),
            rule(RecordMeetingHeld.class, WRITE, owner(RecordMeetingHeld::meetingId)),
            rule(ApproveMeetingContent.class, WRITE, owner(ApproveMeetingContent::meetingId)),
            rule(SendMeetingNotice.class, WRITE, owner(SendMeetingNotice::meetingId)),
            rule(OpenMeeting.class, WRITE, owner(OpenMeeting::meetingId)),
            rule(RecordAttendance.class, WRITE, owner(RecordAttendance::meetingId)),
            rule(AdoptAgenda.class, WRITE, owner(AdoptAgenda::meetingId)),
            rule(RecordAgendaItem.class, WRITE, owner(RecordAgendaItem::meetingId)),
            rule(RecordSpeech.class, WRITE, owner(RecordSpeech::meetingId)),
            rule(VoteOnResolution.class, WRITE, owner(VoteOnResolution::meetingId)),
            rule(ProposeQualityRating.class, WRITE, owner(ProposeQualityRating::meetingId)),
            rule(VoteOnQualityRating.class, WRITE, owner(VoteOnQualityRating::meetingId)),
            rule(SignMinutes.class, WRITE, owner(SignMinutes::meetingId)),
            rule(CloseMeeting.class, WRITE, owner(CloseMeeting::meetingId)),
            rule(AdoptResolution.class, WRITE, field(AdoptResolution::organisationId)),
            rule(AmendResolution.class, WRITE, owner(AmendResolution::resolutionId)),
            rule(SupersedeResolution.class, WRITE, owner(SupersedeResolution::resolutionId)),
            // tasks: the cell assigns and evaluates; an assignee reports on their own task
            rule(AssignTask.class, WRITE, owner(AssignTask::resolutionId)),
            ownTask(ReportTaskProgress.class, ReportTaskProgress::taskId, ReportTaskProgress::reportedBy),
            ownTask(CompleteTask.class, CompleteTask::taskId, CompleteTask::completedBy),
            rule(EvaluateTask.class, WRITE, owner(EvaluateTask::taskId)),
            rule(CancelTask.class, WRITE, owner(CancelTask::taskId)),
            // petitions: the organisation holding one acts on it (the cell, then each committee it reaches)
            rule(RaisePetition.class, WRITE, field(RaisePetition::cellId)),
            rule(ForwardPetition.class, WRITE, owner(ForwardPetition::petitionId)),
            rule(AnswerPetition.class, WRITE, owner(AnswerPetition::petitionId)),
            rule(EscalatePetition.class, WRITE, owner(EscalatePetition::petitionId)),
            // plans: the cell submits, the committee directly above decides
            rule(SubmitPlan.class, WRITE, field(SubmitPlan::cellId)),
            rule(ResubmitPlan.class, WRITE, owner(ResubmitPlan::planId)),
            rule(ApprovePlan.class, APPROVE_BELOW, owner(ApprovePlan::planId)),
            rule(ReturnPlan.class, APPROVE_BELOW, owner(ReturnPlan::planId)),
            // reports: the organisation submits its own, the committee directly above decides
            rule(SubmitReport.class, SUBMIT_REPORTS, field(SubmitReport::organisationId)),
            rule(AcceptReport.class, APPROVE_BELOW, owner(AcceptReport::reportId)),
            rule(ReturnReport.class, APPROVE_BELOW, owner(ReturnReport::reportId)),
            rule(ReopenReport.class, APPROVE_BELOW, owner(ReopenReport::reportId)),
            // sent by the platform itself (merges, splits, the overdue check, the absence watch)
            system(AbsorbOrganisation.class), system(FormSplitPart.class), system(TransferTask.class),
            system(MarkTaskOverdue.class), system(TransferPlan.class), system(CountUnexcusedAbsence.class),
    }).collect(Collectors.toUnmodifiableMap(Rule::type, rule -> rule));

    private CommandRules() {
    }

    static Optional<Rule> of(Class<?> commandType) {
        return Optional.ofNullable(RULES.get(commandType));
    }

    static Map<Class<?>, Rule> all() {
        return RULES;
    }

    @SuppressWarnings("unchecked")
    private static <C> Rule rule(Class<C> type, vn.chibo.service.security.Permission permission,
                                 BiFunction<C, Owners, List<String>> concerns) {
        return new Rule(type, permission, (command, owners) -> concerns.apply((C) command, owners), null);
    }

    @SuppressWarnings("unchecked")
    private static <C> Rule ownTask(Class<C> type, Function<C, String> taskId, Function<C, Assignee> reportedBy) {
        return new Rule(type, WRITE, (command, owners) -> orgs(owners.of(taskId.apply((C) command))), command -> {
            Assignee assignee = reportedBy.apply((C) command);
            String member = assignee != null && assignee.kind() == AssigneeKind.MEMBER ? assignee.id() : null;
            return new OwnTask(taskId.apply((C) command), member);
        });
    }

    private static Rule system(Class<?> type) {
        return new Rule(type, null, (command, owners) -> List.of(), null);
    }

    private static <C> BiFunction<C, Owners, List<String>> field(Function<C, String> organisation) {
        return (command, owners) -> orgs(organisation.apply(command));
    }

    private static <C> BiFunction<C, Owners, List<String>> owner(Function<C, String> aggregateId) {
        return (command, owners) -> orgs(owners.of(aggregateId.apply(command)));
    }

    /** Organisation ids, null standing for an unknown one (lists of the contracts may hold nulls too). */
    private static List<String> orgs(Object... ids) {
        List<String> all = new ArrayList<>();
        for (Object id : ids) {
            if (id instanceof List<?> list) {
                list.forEach(each -> all.add(each == null ? null : each.toString()));
            } else {
                all.add((String) id);
            }
        }
        return all;
    }
}
