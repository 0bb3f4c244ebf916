package vn.chibo.standalone;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import vn.chibo.events.Ids;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.CloseMeeting;
import vn.chibo.events.meeting.MeetingContract.OpenMeeting;
import vn.chibo.events.meeting.MeetingContract.RecordAgendaItem;
import vn.chibo.events.meeting.MeetingContract.RecordAttendance;
import vn.chibo.events.meeting.MeetingContract.ScheduleMeeting;
import vn.chibo.events.meeting.MeetingContract.SendMeetingNotice;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MemberContract.AssignCellRole;
import vn.chibo.events.member.MemberContract.GrantExemption;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.petition.PetitionContract.AnswerPetition;
import vn.chibo.events.petition.PetitionContract.ForwardPetition;
import vn.chibo.events.petition.PetitionContract.RaisePetition;
import vn.chibo.events.plan.PlanContract.ApprovePlan;
import vn.chibo.events.plan.PlanContract.ResubmitPlan;
import vn.chibo.events.plan.PlanContract.ReturnPlan;
import vn.chibo.events.plan.PlanContract.SubmitPlan;
import vn.chibo.events.resolution.ResolutionContract.AdoptResolution;
import vn.chibo.events.resolution.ResolutionKind;
import vn.chibo.events.task.TaskContract.AssignTask;
import vn.chibo.events.task.TaskContract.EvaluateTask;
import vn.chibo.events.task.TaskOutcome;
import vn.chibo.standalone.demo.Call;
import vn.chibo.standalone.demo.CellYear;
import vn.chibo.standalone.demo.DemoDistrict;
import vn.chibo.standalone.demo.DemoSeeder;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo district has the shape source 000 gives Lục Ngạn (domain brief §1), leaders in every cell,
 * and in commune Biên Sơn a realistic year that the command API's rules accept.
 */
class DemoDistrictTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /** Dates of things planned ahead, which may lie after today. */
    private static final Set<String> AHEAD = Set.of("scheduledStart", "deadline", "newDeadline", "exemptUntil");

    private final DemoDistrict district = DemoDistrict.plan(TODAY, 4);

    @Test
    void cellsByTypeAreThoseOfTheSource() {
        Map<CellType, Long> byType = district.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.CELL)
                .collect(Collectors.groupingBy(o -> o.cellType(), Collectors.counting()));
        assertThat(byType).containsEntry(CellType.VILLAGE, 321L).containsEntry(CellType.SCHOOL, 94L)
                .containsEntry(CellType.HEALTH_STATION, 25L).containsEntry(CellType.COMMUNE_POLICE, 29L)
                .containsEntry(CellType.OTHER, 4L).containsEntry(CellType.AGENCY, 16L + 39L)
                .containsEntry(CellType.ENTERPRISE, 7L);
        assertThat(district.cells()).isEqualTo(512 + 23);
    }

    @Test
    void grassrootsOrganisationsAndMembersAreThoseOfTheSource() {
        long underDistrict = district.organisations().stream().filter(o -> DemoDistrict.DISTRICT.equals(o.parentId())).count();
        assertThat(underDistrict).isEqualTo(57);
        assertThat(district.members()).hasSize(8_655);
        assertThat(district.members().stream().map(m -> m.memberId()).distinct()).hasSize(8_655);
    }

    @Test
    void idsFitTheContractAndMeetingsStillToComeAreOnlyScheduled() {
        district.organisations().forEach(o -> assertThat(o.organisationId()).matches(vn.chibo.events.Ids.PATTERN));
        district.members().forEach(m -> assertThat(m.memberId()).matches(vn.chibo.events.Ids.PATTERN));
        district.meetings().forEach(m -> assertThat(m.schedule().meetingId()).matches(vn.chibo.events.Ids.PATTERN));
        assertThat(district.meetings()).allMatch(m -> m.startedAt() == null
                || !m.startedAt().toLocalDate().isAfter(LocalDate.of(2026, 11, 21)));
    }

    @Test
    void thePlanIsTheSameEveryTime() {
        var again = DemoDistrict.plan(TODAY, 4);
        assertThat(again.members()).isEqualTo(district.members());
        assertThat(again.roles()).isEqualTo(district.roles());
        assertThat(again.meetings()).isEqualTo(district.meetings());
        assertThat(again.year()).isEqualTo(district.year());
    }

    @Test
    void everyCellHasASecretaryAndADeputyAndACellCommitteeOnlyFromNineOfficialMembers() {
        Map<String, Long> officials = district.members().stream().filter(m -> m.status() == MembershipStatus.OFFICIAL)
                .collect(Collectors.groupingBy(m -> m.cellId(), Collectors.counting()));
        Map<String, String> cellOf = district.members().stream().collect(Collectors.toMap(m -> m.memberId(), m -> m.cellId()));
        Map<String, List<CellRole>> roles = district.roles().stream()
                .collect(Collectors.groupingBy(r -> cellOf.get(r.memberId()), Collectors.mapping(AssignCellRole::role, Collectors.toList())));
        assertThat(roles).hasSize(535);
        roles.forEach((cell, held) -> {
            assertThat(held).as(cell).containsOnlyOnce(CellRole.SECRETARY, CellRole.DEPUTY_SECRETARY);
            assertThat(held.contains(CellRole.COMMITTEE_MEMBER)).as(cell).isEqualTo(officials.get(cell) >= 9);
            assertThat(held.size()).as(cell).isLessThanOrEqualTo(7);
        });
        assertThat(officials.values()).allMatch(n -> n >= 3);
    }

    @Test
    void bienSonsNineteenCellsHoldTwelveRegularMeetingsAndFourThematicOnesStepByStep() {
        assertThat(district.year()).hasSize(19).allMatch(c -> c.cellId().startsWith("xa-bien-son-"));
        assertThat(district.meetings()).noneMatch(m -> m.schedule().organisationId().startsWith("xa-bien-son-"));
        for (CellYear cell : district.year()) {
            Map<MeetingKind, Long> scheduled = of(cell, ScheduleMeeting.class).stream()
                    .collect(Collectors.groupingBy(ScheduleMeeting::kind, Collectors.counting()));
            assertThat(scheduled).as(cell.cellId()).containsExactlyInAnyOrderEntriesOf(
                    Map.of(MeetingKind.REGULAR, 12L, MeetingKind.THEMATIC, 4L));
            assertThat(of(cell, CloseMeeting.class)).as("every one held by " + TODAY).hasSize(16);
            assertThat(of(cell, AdoptResolution.class)).extracting(AdoptResolution::kind)
                    .containsOnly(ResolutionKind.RESOLUTION, ResolutionKind.CONCLUSION).hasSize(16);
        }
        Map<String, LocalDate> adopted = all(AdoptResolution.class).stream()
                .collect(Collectors.toMap(AdoptResolution::resolutionId, AdoptResolution::adoptedOn));
        Map<String, Long> tasksPerResolution = all(AssignTask.class).stream()
                .collect(Collectors.groupingBy(AssignTask::resolutionId, Collectors.counting()));
        assertThat(tasksPerResolution).hasSize(19 * 12).allSatisfy((resolution, tasks) -> assertThat(tasks).isBetween(2L, 3L));
        assertThat(all(AssignTask.class)).allSatisfy(t -> assertThat(
                ChronoUnit.DAYS.between(adopted.get(t.resolutionId()), t.deadline())).isBetween(10L, 18L));
        assertThat(all(SendMeetingNotice.class)).filteredOn(n -> n.sentAt().toLocalDate().equals(meetingDay(n.meetingId())))
                .as("a few notices late").hasSizeBetween(5, 40);
    }

    @Test
    void eachMeetingReviewsTheTasksDueAndTheirEvaluationsAreMostlyDone() {
        Map<String, AssignTask> tasks = all(AssignTask.class).stream().collect(Collectors.toMap(AssignTask::taskId, Function.identity()));
        Map<String, String> adoptedAt = all(AdoptResolution.class).stream()
                .collect(Collectors.toMap(AdoptResolution::resolutionId, AdoptResolution::meetingId));
        List<EvaluateTask> evaluations = all(EvaluateTask.class);
        assertThat(evaluations).allSatisfy(e -> {
            assertThat(e.meetingId()).isNotEqualTo(adoptedAt.get(tasks.get(e.taskId()).resolutionId()));
            assertThat(e.evaluatedOn()).isEqualTo(meetingDay(e.meetingId()));
        });
        Map<TaskOutcome, Long> outcomes = evaluations.stream().collect(Collectors.groupingBy(EvaluateTask::outcome, Collectors.counting()));
        assertThat(outcomes.get(TaskOutcome.DONE)).isGreaterThan(evaluations.size() * 6L / 10);
        assertThat(outcomes.get(TaskOutcome.NOT_DONE)).isPositive();
        assertThat(outcomes.get(TaskOutcome.CARRIED_OVER)).isPositive();
        List<String> reviewed = all(RecordAgendaItem.class).stream().filter(i -> i.kind() == AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW)
                .flatMap(i -> i.taskReviews().stream().map(r -> r.taskId() + "@" + i.meetingId() + ":" + r.outcome())).toList();
        assertThat(reviewed).containsExactlyInAnyOrderElementsOf(
                evaluations.stream().map(e -> e.taskId() + "@" + e.meetingId() + ":" + e.outcome()).toList());
        long overdue = district.year().stream().flatMap(c -> c.openTasks().values().stream()).filter(d -> d.isBefore(TODAY)).count();
        assertThat(overdue).as("tasks left open past their deadline").isBetween(3L, 40L);
    }

    @Test
    void thematicMeetingsNameAThemeOfTheCellsApprovedPlanForTheirQuarter() {
        Map<String, SubmitPlan> plans = all(SubmitPlan.class).stream().collect(Collectors.toMap(SubmitPlan::planId, Function.identity()));
        assertThat(plans).hasSize(19 * 2);
        assertThat(all(ApprovePlan.class)).hasSize(19 * 2).allMatch(a -> a.decidedBy().equals("xa-bien-son"));
        assertThat(all(ReturnPlan.class)).hasSize(1);
        assertThat(all(ResubmitPlan.class)).hasSize(1);
        for (RecordAgendaItem theme : all(RecordAgendaItem.class).stream().filter(i -> i.kind() == AgendaItemKind.THEME).toList()) {
            LocalDate day = meetingDay(theme.meetingId());
            var plan = plans.get("kh-" + cellOfMeeting(theme.meetingId()) + "-" + day.getYear());
            assertThat(plan.themes()).as(theme.meetingId()).anySatisfy(t -> {
                assertThat(t.themeId()).isEqualTo(theme.themeId());
                assertThat(t.quarter()).isEqualTo((day.getMonthValue() - 1) / 3 + 1);
            });
        }
    }

    @Test
    void theCommuneHasExemptionsOneMemberAtTheAbsenceThresholdOneWarnedAndAnAnsweredPetition() {
        assertThat(all(GrantExemption.class)).hasSize(2);
        Map<String, Set<String>> unexcusedMonths = new HashMap<>();
        long exempt = 0;
        for (RecordAttendance sheet : all(RecordAttendance.class)) {
            YearMonth month = YearMonth.from(meetingDay(sheet.meetingId()));
            for (var entry : sheet.entries()) {
                exempt += entry.status() == AttendanceStatus.EXEMPT ? 1 : 0;
                if (entry.status() == AttendanceStatus.ABSENT_WITHOUT_REASON) {
                    unexcusedMonths.computeIfAbsent(entry.memberId() + ":" + month.getYear(), k -> new HashSet<>())
                            .add(month.toString());
                }
            }
        }
        assertThat(exempt).isPositive();
        Map<Integer, Long> membersByMonths = unexcusedMonths.values().stream()
                .collect(Collectors.groupingBy(Set::size, Collectors.counting()));
        assertThat(membersByMonths).containsEntry(3, 1L).containsEntry(2, 1L).containsOnlyKeys(1, 2, 3);
        assertThat(all(RaisePetition.class)).hasSize(2);
        assertThat(all(ForwardPetition.class)).hasSize(2);
        assertThat(all(AnswerPetition.class)).singleElement().satisfies(a -> assertThat(a.answeredBy()).isEqualTo("xa-bien-son"));
    }

    @Test
    void everyCallOfTheYearPassesTheContractsValidationAndHasAValidCommandId() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        for (CellYear cell : district.year()) {
            for (Call call : cell.calls()) {
                assertThat(validator.validate(call.body())).as(call.key()).isEmpty();
                assertThat(DemoSeeder.commandId("year", call.key())).matches(Ids.PATTERN);
            }
            assertThat(cell.calls()).extracting(Call::key).doesNotHaveDuplicates();
        }
    }

    @Test
    void nothingThatAlreadyHappenedIsDatedOnOrAfterToday() throws Exception {
        for (Call call : district.year().stream().flatMap(c -> c.calls().stream()).toList()) {
            for (RecordComponent component : call.body().getClass().getRecordComponents()) {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                Object value = accessor.invoke(call.body());
                LocalDate date = value instanceof LocalDateTime time ? time.toLocalDate()
                        : value instanceof LocalDate day ? day : null;
                if (date != null && !AHEAD.contains(component.getName())) {
                    assertThat(date).as(call.key() + " " + component.getName()).isBefore(TODAY);
                }
            }
        }
    }

    private <T> List<T> all(Class<T> type) {
        return district.year().stream().flatMap(c -> of(c, type).stream()).toList();
    }

    private static <T> List<T> of(CellYear cell, Class<T> type) {
        return cell.calls().stream().map(Call::body).filter(type::isInstance).map(type::cast).toList();
    }

    private LocalDate meetingDay(String meetingId) {
        return all(OpenMeeting.class).stream().filter(o -> o.meetingId().equals(meetingId)).findFirst()
                .orElseThrow().openedAt().toLocalDate();
    }

    private String cellOfMeeting(String meetingId) {
        return all(ScheduleMeeting.class).stream().filter(s -> s.meetingId().equals(meetingId)).findFirst()
                .orElseThrow().organisationId();
    }
}
