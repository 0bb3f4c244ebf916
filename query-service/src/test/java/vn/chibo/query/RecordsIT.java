package vn.chibo.query;

import vn.chibo.service.testing.TestIdentities;
import vn.chibo.service.testing.TopicWriter;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.events.absence.AbsenceContract.AbsenceThresholdReached;
import vn.chibo.events.absence.AbsenceContract.AbsenceWarningIssued;
import vn.chibo.events.absence.AbsenceContract.UnexcusedAbsenceCounted;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AgendaAdopted;
import vn.chibo.events.meeting.MeetingContract.AgendaItemRecorded;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingContract.CriterionScore;
import vn.chibo.events.meeting.MeetingContract.MeetingClosed;
import vn.chibo.events.meeting.MeetingContract.MeetingContentApproved;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingNoticeSent;
import vn.chibo.events.meeting.MeetingContract.MeetingOpened;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.MinutesSigned;
import vn.chibo.events.meeting.MeetingContract.Person;
import vn.chibo.events.meeting.MeetingContract.QualityRatingProposed;
import vn.chibo.events.meeting.MeetingContract.QualityRatingVoted;
import vn.chibo.events.meeting.MeetingContract.ResolutionVoted;
import vn.chibo.events.meeting.MeetingContract.RosterMember;
import vn.chibo.events.meeting.MeetingContract.SpeechGiven;
import vn.chibo.events.meeting.MeetingContract.TaskReview;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.meeting.TaskReviewOutcome;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.LeavingReason;
import vn.chibo.events.member.MemberContract.CellRoleAssigned;
import vn.chibo.events.member.MemberContract.ExemptionEnded;
import vn.chibo.events.member.MemberContract.ExemptionGranted;
import vn.chibo.events.member.MemberContract.MemberLeft;
import vn.chibo.events.member.MemberContract.MemberPromoted;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.member.TransferReason;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.petition.PetitionContract.PetitionAnswered;
import vn.chibo.events.petition.PetitionContract.PetitionEscalated;
import vn.chibo.events.petition.PetitionContract.PetitionForwarded;
import vn.chibo.events.petition.PetitionContract.PetitionRaised;
import vn.chibo.events.plan.PlanContract.PlanApproved;
import vn.chibo.events.plan.PlanContract.PlanReturned;
import vn.chibo.events.plan.PlanContract.PlanSubmitted;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAmended;
import vn.chibo.events.resolution.ResolutionContract.ResolutionSuperseded;
import vn.chibo.events.resolution.ResolutionKind;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskBecameOverdue;
import vn.chibo.events.task.TaskContract.TaskCancelled;
import vn.chibo.events.task.TaskContract.TaskCompleted;
import vn.chibo.events.task.TaskContract.TaskEvaluated;
import vn.chibo.events.task.TaskContract.TaskProgressReported;
import vn.chibo.events.task.TaskOutcome;
import vn.chibo.infrastructure.spring.FreshInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The records behind the figures, from events on the topic to the HTTP API, against values worked
 * out by hand for one commune: province r-T → commune r-X → cells r-a (village) and r-b (school).
 * <p>
 * Cell r-a: members a1 (secretary), a2 (deputy), a3, a4 (probationary, promoted in May), a5 (exempt
 * since January), a6 (absent without reason: warned, then at the threshold), a7 (exempt Feb–Apr, then
 * transferred to r-b). Its March meeting r-m1 goes through every step; its thematic meeting r-m2 is
 * only recorded as held, after a late notice. The February resolution r-r0 is superseded by March's
 * r-r1, which is amended once. Tasks: t01 done; t02 overdue, carried over, overdue again; t11 done;
 * t12 completed, awaiting evaluation; t13 not done; t14 cancelled. Its plan is returned once, then
 * approved; its petition is forwarded, escalated to the province and answered there.
 * <p>
 * Cell r-b: members b1 (secretary), b2 (warned), b3 (probationary, left), b4 (probationary); a short
 * meeting r-m3 in March, one scheduled in April (r-m4), a conclusion with one open task, a plan
 * awaiting approval, a petition the commune holds. Every event of r-b is published before r-b
 * itself, as Kafka may deliver them across partitions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsIT {

    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);
    private static final String POLICY = "toan-quoc-2026.1";
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @Value("${chibo.kafka.topic}")
    String topic;
    @Value("${chibo.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;

    private TopicWriter events;

    @BeforeAll
    void publishTheCommunesRecords() {
        try (var writer = new TopicWriter(bootstrapServers, topic, converter)) {
            events = writer;
            cellBBeforeItExists();
            tree();
            membersOfCellA();
            meetingsOfCellA();
            resolutionsOfCellA();
            tasksOfCellA();
            planPetitionAndAbsencesOfCellA();
            organisation("r-b", "r-X", "Chi bộ trường Tiểu học Tân Thanh", OrganisationKind.CELL, CellType.SCHOOL);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(this::everythingArrived);
    }

    // --- members ---

    @Test
    void membersOfTheCommuneAreListedByCellLeadersFirstAndPaged() {
        JsonNode all = get("/api/organisations/r-X/members?size=50");
        assertThat(all.path("total").asLong()).isEqualTo(10);
        assertThat(all.path("items").findValuesAsText("memberId")).containsExactly(
                "r-a1", "r-a2", "r-a6", "r-a3", "r-a5", "r-a4", "r-b1", "r-b4", "r-a7", "r-b2");

        JsonNode second = get("/api/organisations/r-X/members?page=1&size=3");
        assertThat(second.path("items").findValuesAsText("memberId")).containsExactly("r-a3", "r-a5", "r-a4");
        assertThat(second.path("total").asLong()).isEqualTo(10);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("size").asInt()).isEqualTo(3);

        JsonNode probationary = get("/api/organisations/r-X/members?status=PROBATIONARY");
        assertThat(probationary.path("items").findValuesAsText("memberId")).containsExactly("r-b4");

        JsonNode left = get("/api/organisations/r-X/members?left=true");
        assertThat(left.path("total").asLong()).isEqualTo(1);
        JsonNode b3 = left.path("items").get(0);
        assertThat(b3.path("memberId").asText()).isEqualTo("r-b3");
        assertThat(b3.path("leftOn").asText()).isEqualTo("2026-08-15");
        assertThat(b3.path("leavingReason").asText()).isEqualTo("TRANSFER_OUT");
    }

    @Test
    void aMembersRoleStatusExemptionAndTransfersAreShown() {
        JsonNode secretary = get("/api/members/r-a1").path("member");
        assertThat(secretary.path("role").asText()).isEqualTo("SECRETARY");
        assertThat(secretary.path("cellName").asText()).isEqualTo("Chi bộ thôn Nà Lộc");

        JsonNode promoted = get("/api/members/r-a4").path("member");
        assertThat(promoted.path("status").asText()).isEqualTo("OFFICIAL");
        assertThat(promoted.path("promotedOn").asText()).isEqualTo("2026-05-15");

        JsonNode exempt = get("/api/members/r-a5").path("member").path("exemption");
        assertThat(exempt.path("exemptFrom").asText()).isEqualTo("2026-01-01");
        assertThat(exempt.path("exemptUntil").isNull()).isTrue();
        assertThat(exempt.path("reason").asText()).isEqualTo("Tuổi cao, sức yếu");

        JsonNode moved = get("/api/members/r-a7");
        assertThat(moved.path("member").path("cellId").asText()).isEqualTo("r-b");
        assertThat(moved.path("member").path("inCellSince").asText()).isEqualTo("2026-07-01");
        assertThat(moved.path("member").path("exemption").isNull()).isTrue();
        JsonNode ended = moved.path("exemptions").get(0);
        assertThat(ended.path("exemptUntil").asText()).isEqualTo("2026-04-30");
        assertThat(ended.path("endedOn").asText()).isEqualTo("2026-05-01");
        JsonNode transfer = moved.path("transfers").get(0);
        assertThat(transfer.path("fromCellName").asText()).isEqualTo("Chi bộ thôn Nà Lộc");
        assertThat(transfer.path("toCellName").asText()).isEqualTo("Chi bộ trường Tiểu học Tân Thanh");
        assertThat(transfer.path("reason").asText()).isEqualTo("ORDINARY");
    }

    @Test
    void promotionsTransfersAndLeavingKeepTheSubtreeCountsRight() {
        assertCounts("r-a", 6, 0);
        assertCounts("r-b", 3, 1);
        assertCounts("r-X", 9, 1);
        assertCounts("r-T", 9, 1);
    }

    // --- audit trail ---

    @Test
    void theDecisionLogListsWhoDecidedWhatAndWhereButNotTheStepsOfRecording() {
        JsonNode decisions = get("/api/audit/organisations/r-X/decisions?period=2026-Q1&size=500");
        List<String> types = decisions.path("items").findValuesAsText("eventType");
        assertThat(types).contains("ResolutionAdopted", "ResolutionAmended", "TaskAssigned", "TaskEvaluated",
                "ExemptionGranted", "PlanReturned", "PlanApproved", "PetitionForwarded", "QualityRatingVoted")
                .doesNotContain("AttendanceRecorded", "SpeechGiven", "MeetingNoticeSent");
        JsonNode adopted = entry(decisions, "ResolutionAdopted", "r-r1");
        assertThat(adopted.path("label").asText()).isEqualTo("Ban hành nghị quyết");
        assertThat(adopted.path("detail").asText()).isEqualTo("Nghị quyết tháng 3/2026");
        assertThat(adopted.path("meetingId").asText()).isEqualTo("r-m1");
        assertThat(adopted.path("organisationName").asText()).isEqualTo("Chi bộ thôn Nà Lộc");
        assertThat(adopted.path("actor").asText()).isEqualTo("test");
        // a task's evaluation names neither its cell nor its resolution: both come from its assignment
        JsonNode evaluated = entry(decisions, "TaskEvaluated", "r-t13");
        assertThat(evaluated.path("organisationId").asText()).isEqualTo("r-a");
        assertThat(evaluated.path("resolutionId").asText()).isEqualTo("r-r1");
        assertThat(evaluated.path("meetingId").asText()).isEqualTo("r-m5");

        // the province answered the petition escalated to it: its decision, in its log
        assertThat(get("/api/audit/organisations/r-T/decisions?period=2026-Q1&size=500").path("items")
                .findValuesAsText("eventType")).contains("PetitionAnswered");
        assertThat(types).doesNotContain("PetitionAnswered");

        JsonNode everything = get("/api/audit/organisations/r-X/decisions?period=2026-Q1&all=true&size=1");
        assertThat(everything.path("total").asLong()).isGreaterThan(decisions.path("total").asLong());
        assertThat(get("/api/audit/organisations/r-b/decisions?period=2026-Q1&size=500").path("items")
                .findValuesAsText("organisationId")).isNotEmpty().containsOnly("r-b");
        assertThat(get("/api/audit/organisations/r-X/decisions?period=2026-02").path("total").asLong()).isZero();
        assertThat(get("/api/audit/organisations/r-X/decisions?period=2026-Q1&asOf=2025-12-31").path("total").asLong()).isZero();
        assertThat(get("/api/audit/organisations/r-X/decisions?period=2026-Q1&asOf=2026-01-01").path("total").asLong())
                .isEqualTo(decisions.path("total").asLong());
    }

    @Test
    void aResolutionsTimelineFollowsItsTasksToTheirEnd() {
        JsonNode timeline = get("/api/audit/entities/r-r1/timeline");
        List<String> steps = new ArrayList<>();
        timeline.forEach(e -> steps.add(e.path("entityId").asText() + " " + e.path("eventType").asText()));
        assertThat(steps).containsExactly(
                "r-m1 ResolutionVoted", "r-r1 ResolutionAdopted", "r-r1 ResolutionAmended",
                "r-t11 TaskAssigned", "r-t11 TaskProgressReported", "r-t11 TaskCompleted", "r-t11 TaskEvaluated",
                "r-t12 TaskAssigned", "r-t12 TaskCompleted",
                "r-t13 TaskAssigned", "r-t13 TaskBecameOverdue", "r-t13 TaskEvaluated",
                "r-t14 TaskAssigned", "r-t14 TaskCancelled");
        // the carried-over evaluation published twice by an interrupted publisher appears once
        assertThat(get("/api/audit/entities/r-t02/timeline").findValuesAsText("eventType"))
                .containsExactly("TaskAssigned", "TaskBecameOverdue", "TaskEvaluated", "TaskBecameOverdue");
    }

    @Test
    void theDecisionLogExportsAsCsvAndRendersAsAPageWithNothingUnescaped() {
        var csv = http.getForEntity("/api/audit/organisations/r-X/decisions.csv?period=2026-Q1", byte[].class);
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        String text = new String(csv.getBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Thời gian\",\"Quyết định\"")
                .contains("\"Ban hành nghị quyết\",\"Nghị quyết tháng 3/2026\",\"Chi bộ thôn Nà Lộc\"");
        assertThat(text.split("\r\n")).hasSize(1 + (int) get("/api/audit/organisations/r-X/decisions?period=2026-Q1&size=500")
                .path("total").asLong());

        assertThat(page("/audit?org=r-X&period=2026-Q1")).contains("Nhật ký quyết định — Đảng ủy xã Tân Thanh",
                "Ban hành nghị quyết", "Nghị quyết tháng 3/2026");
        assertThat(page("/audit/timeline/r-m8")).contains("Phát biểu", "Ý kiến &lt;script&gt;").doesNotContain(SCRIPT);
        assertThat(page("/audit/timeline/r-r1")).contains("Diễn biến của r-r1", "Giao nhiệm vụ", "Vận động bà con hiến đất làm đường");
        assertThat(page("/?org=r-X&month=2026-03")).contains("href=\"/audit?org=r-X&amp;period=2026-03\"");
    }

    private static JsonNode entry(JsonNode page, String type, String entityId) {
        for (JsonNode e : page.path("items")) {
            if (e.path("eventType").asText().equals(type) && e.path("entityId").asText().equals(entityId)) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " of " + entityId + " in " + page);
    }

    // --- meetings ---

    @Test
    void theCalendarShowsEachMeetingOfTheMonthWithItsStageAndFlags() {
        JsonNode march = get("/api/organisations/r-X/meetings/calendar?month=2026-03");
        assertThat(march.path("total").asLong()).isEqualTo(3);
        assertThat(march.path("items").findValuesAsText("meetingId")).containsExactly("r-m1", "r-m2", "r-m3");

        JsonNode m1 = march.path("items").get(0);
        assertThat(m1.path("stage").asText()).isEqualTo("CLOSED");
        assertThat(m1.path("noticeLate").asBoolean()).isFalse();
        assertThat(m1.path("meetingTooShort").asBoolean()).isFalse();
        assertThat(m1.path("qualityLevel").asText()).isEqualTo("FAIR");
        assertThat(LocalDateTime.parse(m1.path("startedAt").asText())).isEqualTo(LocalDateTime.of(2026, 3, 5, 7, 35));

        JsonNode m2 = march.path("items").get(1);
        assertThat(m2.path("kind").asText()).isEqualTo("THEMATIC");
        assertThat(m2.path("stage").asText()).isEqualTo("HELD");
        assertThat(m2.path("noticeLate").asBoolean()).isTrue();
        assertThat(m2.path("meetingTooShort").isNull()).isTrue();
        assertThat(m2.path("qualityLevel").isNull()).isTrue();

        JsonNode m3 = march.path("items").get(2);
        assertThat(m3.path("organisationName").asText()).isEqualTo("Chi bộ trường Tiểu học Tân Thanh");
        assertThat(m3.path("meetingTooShort").asBoolean()).isTrue();
        assertThat(m3.path("noticeLate").isNull()).isTrue();

        JsonNode april = get("/api/organisations/r-X/meetings/calendar?month=2026-04");
        assertThat(april.path("items").findValuesAsText("meetingId")).containsExactly("r-m4");
        assertThat(april.path("items").get(0).path("stage").asText()).isEqualTo("SCHEDULED");
        assertThat(get("/api/organisations/r-a/meetings/calendar?month=2026-03").path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aMeetingsRecordHoldsEveryStep() {
        JsonNode m1 = get("/api/meetings/r-m1");
        assertThat(m1.path("stage").asText()).isEqualTo("CLOSED");
        assertThat(m1.path("content").path("approvedOn").asText()).isEqualTo("2026-03-01");
        assertThat(m1.path("content").path("draftResolution").asText()).isEqualTo("Dự thảo nghị quyết tháng 3");
        assertThat(m1.path("notice").path("daysAhead").asInt()).isEqualTo(1);
        assertThat(m1.path("notice").path("late").asBoolean()).isFalse();
        assertThat(m1.path("notice").path("superiorMonitor").path("fullName").asText()).isEqualTo("Nguyễn Văn Giám");

        JsonNode opening = m1.path("opening");
        assertThat(opening.path("chairName").asText()).isEqualTo("Hoàng Văn An");
        assertThat(opening.path("minutesTakerName").asText()).isEqualTo("Nông Thị Bích");
        assertThat(opening.path("guests").findValuesAsText("fullName")).containsExactly("Hoàng Thị Khách");
        assertThat(opening.path("superiorAttendees").findValuesAsText("position")).containsExactly("Đảng ủy viên");

        assertThat(m1.path("attendance").findValuesAsText("memberId"))
                .containsExactly("r-a1", "r-a2", "r-a3", "r-a4", "r-a5", "r-a6", "r-a7");
        assertThat(m1.path("attendance").findValuesAsText("attendance")).containsExactly(
                "PRESENT", "PRESENT", "ABSENT_WITH_REASON", "PRESENT", "EXEMPT", "ABSENT_WITHOUT_REASON", "PRESENT");
        JsonNode a4 = m1.path("attendance").get(3);
        assertThat(a4.path("status").asText()).as("as the roster stood in March").isEqualTo("PROBATIONARY");
        assertThat(m1.path("attendance").get(2).path("reason").asText()).isEqualTo("Đi công tác");
        assertThat(m1.path("attendance").get(6).path("exempt").asBoolean()).isTrue();
        assertThat(m1.path("attendance").get(6).path("fullName").asText()).isEqualTo("Hà Thị Giang");

        assertThat(m1.path("agenda")).hasSize(6);
        JsonNode items = m1.path("items");
        assertThat(items.findValuesAsText("itemId")).containsExactly("r-m1-i1", "r-m1-i2", "r-m1-i3");
        JsonNode review = items.get(1);
        assertThat(review.path("taskReviews").findValuesAsText("outcome")).containsExactly("DONE", "CARRIED_OVER");
        assertThat(review.path("taskReviews").get(1).path("newDeadline").asText()).isEqualTo("2026-04-30");
        assertThat(review.path("speeches").findValuesAsText("fullName")).containsExactly("Nông Thị Bích", "Hoàng Văn An");
        assertThat(items.get(2).path("speeches").findValuesAsText("memberId")).containsExactly("r-a7");
        assertThat(items.get(0).path("speeches")).isEmpty();
        assertThat(items.get(0).path("durationMinutes").asInt()).isEqualTo(10);

        JsonNode vote = m1.path("resolutionVotes").get(0);
        assertThat(vote.path("title").asText()).isEqualTo("Nghị quyết tháng 3/2026");
        assertThat(vote.path("vote").path("membersCounted").asInt()).isEqualTo(4);
        assertThat(vote.path("vote").path("passed").asBoolean()).isTrue();

        JsonNode rating = m1.path("qualityRating");
        assertThat(rating.path("proposedLevel").asText()).as("the second proposal replaced the first").isEqualTo("FAIR");
        assertThat(rating.path("totalPoints").asInt()).isEqualTo(88);
        assertThat(rating.path("scores")).hasSize(4);
        assertThat(rating.path("vote").path("votesFor").asInt()).isEqualTo(3);

        assertThat(LocalDateTime.parse(m1.path("minutes").path("readBackAt").asText()))
                .isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 20));
        assertThat(m1.path("closing").path("durationMinutes").asLong()).isEqualTo(110);
        assertThat(m1.path("closing").path("minimumMinutes").asInt()).isEqualTo(90);
        assertThat(m1.path("closing").path("policyVersion").asText()).isEqualTo(POLICY);
        assertThat(LocalDateTime.parse(m1.path("endedAt").asText())).isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 25));
    }

    @Test
    void aMeetingOnlyRecordedAsHeldHasNoSteps() {
        JsonNode m2 = get("/api/meetings/r-m2");
        assertThat(m2.path("stage").asText()).isEqualTo("HELD");
        assertThat(m2.path("notice").path("lateByDays").asInt()).isEqualTo(1);
        assertThat(m2.path("opening").isNull()).isTrue();
        assertThat(m2.path("attendance")).isEmpty();
        assertThat(m2.path("closing").isNull()).isTrue();

        JsonNode m3 = get("/api/meetings/r-m3");
        assertThat(m3.path("attendance").findValuesAsText("memberId")).containsExactly("r-b1", "r-b2", "r-b3", "r-b4");
        assertThat(m3.path("attendance").get(0).path("attendance").isNull()).as("not recorded").isTrue();
        assertThat(m3.path("closing").path("meetingTooShort").asBoolean()).isTrue();
    }

    // --- resolutions and tasks ---

    @Test
    void resolutionsAreListedNewestFirstWithAmendmentsAndSupersession() {
        JsonNode all = get("/api/organisations/r-X/resolutions");
        assertThat(all.path("items").findValuesAsText("resolutionId")).containsExactly("r-r2", "r-r1", "r-r0");
        JsonNode r1 = all.path("items").get(1);
        assertThat(r1.path("amendments").asInt()).isEqualTo(1);
        assertThat(r1.path("supersedes").asText()).isEqualTo("r-r0");
        assertThat(r1.path("tasks").asLong()).isEqualTo(4);
        JsonNode r0 = all.path("items").get(2);
        assertThat(r0.path("supersededBy").asText()).isEqualTo("r-r1");
        assertThat(r0.path("supersededOn").asText()).isEqualTo("2026-03-05");

        JsonNode march = get("/api/organisations/r-X/resolutions?month=2026-03");
        assertThat(march.path("total").asLong()).isEqualTo(2);
        assertThat(get("/api/organisations/r-b/resolutions").path("items").get(0).path("kind").asText())
                .isEqualTo("CONCLUSION");

        JsonNode record = get("/api/resolutions/r-r1");
        assertThat(record.path("resolution").path("number").asText()).isEqualTo("03-NQ/CB");
        assertThat(record.path("text").asText()).startsWith("Chi bộ quyết nghị");
        assertThat(record.path("amendments").get(0).path("amendedBy").asText()).isEqualTo("r-a2");
        assertThat(record.path("vote").path("officialMembersPresent").asInt()).isEqualTo(3);
        assertThat(record.path("tasks").findValuesAsText("taskId")).containsExactly("r-t12", "r-t13", "r-t11", "r-t14");
        assertThat(get("/api/resolutions/r-r0").path("supersessionReason").asText())
                .isEqualTo("Nghị quyết tháng 3 thay thế");
    }

    @Test
    void theTaskBoardOfTheCommuneCountsEachColumn() {
        JsonNode counts = get("/api/organisations/r-X/tasks/counts");
        assertThat(counts.path("open").asLong()).isEqualTo(2);
        assertThat(counts.path("overdue").asLong()).isEqualTo(1);
        assertThat(counts.path("completed").asLong()).isEqualTo(1);
        assertThat(counts.path("done").asLong()).isEqualTo(2);
        assertThat(counts.path("notDone").asLong()).isEqualTo(1);
        assertThat(counts.path("carriedOver").asLong()).isEqualTo(1);
        assertThat(counts.path("cancelled").asLong()).isEqualTo(1);
        assertThat(get("/api/organisations/r-b/tasks/counts").path("open").asLong()).isEqualTo(1);

        JsonNode all = get("/api/organisations/r-X/tasks");
        assertThat(all.path("total").asLong()).isEqualTo(7);
        assertThat(all.path("items").findValuesAsText("taskId"))
                .containsExactly("r-t01", "r-t12", "r-t13", "r-t02", "r-t11", "r-t14", "r-t21");
    }

    @Test
    void anOverdueTaskCarriedOverShowsItsDeadlinesAndEvaluation() {
        JsonNode overdue = get("/api/organisations/r-X/tasks?status=OVERDUE");
        assertThat(overdue.path("total").asLong()).isEqualTo(1);
        JsonNode t02 = overdue.path("items").get(0);
        assertThat(t02.path("taskId").asText()).isEqualTo("r-t02");
        assertThat(t02.path("status").asText()).isEqualTo("OPEN");
        assertThat(t02.path("deadline").asText()).isEqualTo("2026-04-30");
        assertThat(t02.path("originalDeadline").asText()).isEqualTo("2026-03-01");
        assertThat(t02.path("carriedOver").asInt()).as("delivered twice, counted once").isEqualTo(1);
        assertThat(t02.path("evaluation").path("outcome").asText()).isEqualTo("CARRIED_OVER");
        assertThat(t02.path("evaluation").path("meetingId").asText()).isEqualTo("r-m1");
        assertThat(t02.path("resolutionTitle").asText()).isEqualTo("Nghị quyết tháng 2/2026");
        assertThat(t02.path("assignees").findValuesAsText("name")).containsExactly("Hà Văn Phúc");

        JsonNode done = get("/api/organisations/r-X/tasks?status=DONE").path("items");
        assertThat(done.findValuesAsText("taskId")).containsExactly("r-t01", "r-t11");
        JsonNode t11 = done.get(1);
        assertThat(t11.path("latestProgress").path("percent").asInt()).isEqualTo(60);
        assertThat(t11.path("completedOn").asText()).isEqualTo("2026-04-28");
        assertThat(get("/api/organisations/r-X/tasks?status=CANCELLED").path("items").get(0)
                .path("cancellationReason").asText()).isEqualTo("Huyện đã bố trí kinh phí");
        JsonNode shared = get("/api/organisations/r-X/tasks?status=COMPLETED").path("items").get(0);
        assertThat(shared.path("assignees").findValuesAsText("id")).containsExactly("r-a7", "r-a4");
    }

    @Test
    void aMembersTasksAreTheirOwnBoard() {
        JsonNode a6 = get("/api/members/r-a6/tasks");
        assertThat(a6.path("items").findValuesAsText("taskId")).containsExactly("r-t13", "r-t02");
        JsonNode counts = get("/api/members/r-a6/tasks/counts");
        assertThat(counts.path("open").asLong()).isEqualTo(1);
        assertThat(counts.path("overdue").asLong()).isEqualTo(1);
        assertThat(counts.path("notDone").asLong()).isEqualTo(1);
        assertThat(counts.path("done").asLong()).isZero();

        assertThat(get("/api/members/r-a2/tasks?status=DONE").path("items").findValuesAsText("taskId"))
                .containsExactly("r-t11");
        JsonNode b2 = get("/api/members/r-b2/tasks").path("items").get(0);
        assertThat(b2.path("latestProgress").path("text").asText()).isEqualTo("Đã liên hệ phòng giáo dục");
        assertThat(b2.path("organisationName").asText()).isEqualTo("Chi bộ trường Tiểu học Tân Thanh");
    }

    // --- plans, petitions, absences ---

    @Test
    void plansShowTheirApprovalState() {
        JsonNode plans = get("/api/organisations/r-X/plans?year=2026");
        assertThat(plans.path("items").findValuesAsText("planId")).containsExactly("r-p-a", "r-p-b");
        JsonNode approved = plans.path("items").get(0);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("submission").asInt()).isEqualTo(2);
        assertThat(approved.path("approvedSubmission").asInt()).isEqualTo(2);
        assertThat(approved.path("committeeName").asText()).isEqualTo("Đảng ủy xã Tân Thanh");
        assertThat(approved.path("approvedThemes").findValuesAsText("title")).containsExactly(
                "Học tập và làm theo tư tưởng Hồ Chí Minh", "Xây dựng nông thôn mới",
                "Phát triển kinh tế hộ", "Công tác phát triển đảng viên");
        JsonNode waiting = plans.path("items").get(1);
        assertThat(waiting.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(waiting.path("approvedSubmission").isNull()).isTrue();
        assertThat(waiting.path("approvedThemes")).isEmpty();
        assertThat(waiting.path("themes")).hasSize(4);

        assertThat(get("/api/organisations/r-X/plans?status=APPROVED").path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/organisations/r-X/plans?year=2025").path("total").asLong()).isZero();
    }

    @Test
    void aPetitionShowsItsPathUpwardAndWhoHoldsIt() {
        JsonNode raised = get("/api/organisations/r-X/petitions");
        assertThat(raised.path("items").findValuesAsText("petitionId")).containsExactly("r-k2", "r-k1");
        assertThat(get("/api/organisations/r-X/petitions?held=true").path("items").findValuesAsText("petitionId"))
                .containsExactly("r-k2");
        assertThat(get("/api/organisations/r-T/petitions?held=true&status=ANSWERED").path("total").asLong())
                .isEqualTo(1);

        JsonNode k1 = get("/api/petitions/r-k1");
        assertThat(k1.path("status").asText()).isEqualTo("ANSWERED");
        assertThat(k1.path("holderName").asText()).isEqualTo("Tỉnh ủy Lạng Sơn");
        assertThat(k1.path("answer").asText()).isEqualTo("Tỉnh đã đưa vào kế hoạch đầu tư năm 2027");
        JsonNode path = k1.path("path");
        assertThat(path.findValuesAsText("kind")).containsExactly("RAISED", "FORWARDED", "ESCALATED", "ANSWERED");
        assertThat(path.findValuesAsText("toOrganisationId")).containsExactly("r-a", "r-X", "r-T", "r-T");
        assertThat(path.get(2).path("note").asText()).isEqualTo("Vượt thẩm quyền của xã");
        assertThat(path.get(2).path("on").asText()).isEqualTo("2026-03-20");

        JsonNode k2 = get("/api/petitions/r-k2");
        assertThat(k2.path("status").asText()).isEqualTo("FORWARDED");
        assertThat(k2.path("holderId").asText()).isEqualTo("r-X");
    }

    @Test
    void membersAtAbsenceRiskAreListedForTheYear() {
        JsonNode risks = get("/api/organisations/r-X/absence-risks?year=2026");
        assertThat(risks.path("items").findValuesAsText("memberId")).containsExactly("r-a6", "r-b2");
        JsonNode a6 = risks.path("items").get(0);
        assertThat(a6.path("fullName").asText()).isEqualTo("Hà Văn Phúc");
        assertThat(a6.path("monthsWithAbsence").asInt()).isEqualTo(3);
        assertThat(a6.path("threshold").asInt()).isEqualTo(3);
        assertThat(a6.path("thresholdReached").asBoolean()).isTrue();
        assertThat(a6.path("lastAbsenceOn").asText()).isEqualTo("2026-06-04");
        assertThat(a6.path("policyVersion").asText()).isEqualTo(POLICY);
        JsonNode b2 = risks.path("items").get(1);
        assertThat(b2.path("warningIssued").asBoolean()).isTrue();
        assertThat(b2.path("thresholdReached").asBoolean()).isFalse();

        assertThat(get("/api/organisations/r-a/absence-risks?year=2026").path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/organisations/r-X/absence-risks?year=2025").path("total").asLong()).isZero();
    }

    // --- attendance history ---

    @Test
    void aMembersAttendanceHistoryListsTheYearsMeetingsWithTheirStatus() {
        JsonNode a7 = get("/api/members/r-a7/attendance?year=2026");
        assertThat(a7.path("items").findValuesAsText("meetingId")).containsExactly("r-m1");
        JsonNode m1 = a7.path("items").get(0);
        assertThat(m1.path("attendance").asText()).isEqualTo("PRESENT");
        assertThat(m1.path("exempt").asBoolean()).as("exempt in March, and came").isTrue();
        assertThat(m1.path("spoke").asBoolean()).isTrue();
        assertThat(m1.path("organisationName").asText()).isEqualTo("Chi bộ thôn Nà Lộc");

        JsonNode a2 = get("/api/members/r-a2/attendance?year=2026");
        assertThat(a2.path("items").findValuesAsText("meetingId")).containsExactly("r-m1", "r-m8");
        assertThat(a2.path("items").get(1).path("attendance").isNull()).as("not recorded").isTrue();
        assertThat(get("/api/members/r-a6/attendance?year=2026").path("items").get(0).path("attendance").asText())
                .isEqualTo("ABSENT_WITHOUT_REASON");
        assertThat(get("/api/members/r-a6/attendance?year=2025").path("total").asLong()).isZero();
        assertProblem("/api/members/khong-co/attendance?year=2026", HttpStatus.NOT_FOUND, "No member with id 'khong-co'");
        assertProblem("/api/members/r-a6/attendance?year=1800", HttpStatus.BAD_REQUEST, "\"field\":\"year\"");
    }

    // --- the dashboard's cell and member pages ---

    @Test
    void aCellsAddressOnTheDashboardLeadsToItsPage() throws Exception {
        var client = HttpClient.newHttpClient();
        var response = client.send(HttpRequest.newBuilder(
                URI.create(http.getRootUri() + "/?org=r-a&month=2026-03")).header("Authorization", platform()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/cells/r-a?month=2026-03"));
        var committee = client.send(HttpRequest.newBuilder(
                URI.create(http.getRootUri() + "/cells/r-X")).header("Authorization", platform()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(committee.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/?org=r-X"));
    }

    @Test
    void theCellPageShowsItsFiguresMembersTasksPlanAndPetitionsInVietnamese() {
        String page = page("/cells/r-a?month=2026-03");
        assertThat(page).contains("Chi bộ thôn Nà Lộc", "Đảng ủy xã Tân Thanh", "Tháng 03/2026",
                "6 chính thức, 0 dự bị", "Nhiệm vụ đang thực hiện", "Tỷ lệ đảng viên dự họp", "Cảnh báo vắng năm 2026");
        assertThat(page).contains("Đảng viên (6)", "href=\"/members/r-a1\"", "Hoàng Văn An", "Bí thư",
                "Nông Thị Bích", "Phó Bí thư", "Vi Thị Dung", "Triệu Văn Em", "Miễn sinh hoạt từ 01/01/2026",
                "Vắng không lý do 3/3 tháng");
        assertThat(page).as("moved to r-b in July").doesNotContain("href=\"/members/r-a7\">Hà Thị Giang");
        assertThat(page).contains("Lịch sinh hoạt tháng 03/2026", "Sinh hoạt thường kỳ", "Sinh hoạt chuyên đề",
                "Đã bế mạc", "Thông báo muộn", "Xếp loại Khá");
        assertThat(page).contains("Đang thực hiện 1 (quá hạn 1) · chờ đánh giá 1 · hoàn thành 2 · không hoàn thành 1",
                "Lắp đèn đường xóm Bản", "Quá hạn", "Chuyển kỳ 1 lần (hạn đầu 01/03/2026)", "href=\"/members/r-a6\"");
        assertThat(page).contains("Kế hoạch sinh hoạt chuyên đề năm 2026", "Đã duyệt", "Nộp lần 2 ngày 20/01/2026",
                "Đảng ủy xã Tân Thanh duyệt ngày 25/01/2026", "Phát triển kinh tế hộ");
        assertThat(page).contains("Đề nghị hỗ trợ kinh phí làm đường liên thôn", "Đã trả lời",
                "Chuyển lên Tỉnh ủy Lạng Sơn", "Vượt thẩm quyền của xã", "Tỉnh ủy Lạng Sơn trả lời",
                "Tỉnh đã đưa vào kế hoạch đầu tư năm 2027");
        assertThat(page).as("live: the cell's changes reload the page's live part")
                .contains("data-changes=\"/api/organisations/r-a/changes\"",
                        "data-live-part=\"/fragments/cell?org=r-a&amp;month=2026-03\"");
        assertThat(page("/fragments/cell?org=r-a&month=2026-03")).contains("Hoàng Văn An", "BIÊN BẢN")
                .doesNotContain("<html");
        saveForReview("cell-page.html", page);
    }

    @Test
    void theCellPageHoldsEachMeetingsMinutes() {
        String page = page("/cells/r-a?month=2026-03");
        assertThat(page).contains("id=\"bien-ban-r-m1\"", "BIÊN BẢN", "ĐẢNG CỘNG SẢN VIỆT NAM", "ngày 05 tháng 3 năm 2026",
                "Sinh hoạt chi bộ thường kỳ tháng 03/2026");
        assertThat(page).as("time, place, chair, minutes-taker, guests").contains(
                "Bắt đầu lúc 7 giờ 35, ngày 05/03/2026", "kết thúc lúc 9 giờ 25 (110 phút)",
                "Đủ thời lượng tối thiểu 90 phút", "Nhà văn hóa thôn Nà Lộc", "đồng chí Hoàng Văn An",
                "đồng chí Nông Thị Bích", "Sinh hoạt thường kỳ tháng 3", "Nguyễn Văn Giám", " (Đảng ủy viên)",
                "Hoàng Thị Khách", " (Bí thư chi đoàn)");
        assertThat(page).as("preparation").contains("Nội dung được chi ủy thông qua ngày 01/03/2026:",
                "Dự thảo nghị quyết tháng 3", "Thông báo gửi lúc 19 giờ 00, ngày 04/03/2026, trước 1 ngày");
        assertThat(page).as("attendance, absentees by name").contains(
                "Tổng số đảng viên: 7 (chính thức 6, dự bị 1); miễn sinh hoạt: 2.",
                "Có mặt: 4 đồng chí; vắng: 2 đồng chí (có lý do 1, không có lý do 1).",
                "Vắng có lý do:", "Lương Văn Cường", " (Đi công tác)",
                "Vắng không có lý do:", "Hà Văn Phúc", "Miễn sinh hoạt, vắng:", "Triệu Văn Em");
        assertThat(page).as("agenda, the review of last month's tasks, speakers").contains(
                "Chương trình được thông qua:", "Kiểm điểm việc thực hiện nghị quyết tháng trước",
                "Kiểm điểm nghị quyết tháng 2", "Dọn vệ sinh đường làng", "Đã thực hiện", "Chuyển kỳ sau",
                "Chưa đủ kinh phí", "Hạn mới: 30/04/2026", "Ý kiến phát biểu:", "Đề nghị đẩy nhanh làm đường",
                "Bà con đồng thuận chủ trương");
        assertThat(page).as("the resolution vote, the rating, the signing").contains("Nghị quyết tháng 3/2026",
                "Tán thành 3, không tán thành 0, không biểu quyết 0; số đảng viên được tính 4.", "Thông qua",
                "Đồng chí Hoàng Văn An đề xuất xếp loại Khá", " (88 điểm)", "preparation: 15",
                "Biên bản được đọc lại lúc 9 giờ 20", "kéo dài 110 phút", "CHỦ TRÌ", "THƯ KÝ", "(đã ký)");
        assertThat(page).as("the thematic meeting, only recorded as held after a late notice").contains(
                "id=\"bien-ban-r-m2\"", "Sinh hoạt chi bộ chuyên đề tháng 03/2026", "Muộn 1 ngày",
                "kết thúc lúc 15 giờ 35 (95 phút)", "diễn biến chi tiết chưa được nhập");

        String school = page("/cells/r-b?month=2026-03");
        assertThat(school).contains("Chưa đủ 90 phút", "Chưa điểm danh: 4 đồng chí.", "(chưa ký)");
        assertThat(page("/cells/r-b?month=2026-04")).contains("Dự kiến bắt đầu lúc 16 giờ 00, ngày 02/04/2026; chưa họp.");
    }

    @Test
    void theMemberPageShowsStatusTasksAttendanceAndTheAbsenceWatch() {
        String a6 = page("/members/r-a6?year=2026");
        assertThat(a6).contains("Hà Văn Phúc", "href=\"/cells/r-a\"", "Chi bộ thôn Nà Lộc", "Chính thức",
                "Vào Đảng ngày 01/01/2015", "Miễn sinh hoạt", "Vắng không lý do năm 2026", "3/3",
                "Đủ ngưỡng: chi bộ xem xét đề nghị xóa tên");
        assertThat(a6).as("tasks").contains("Nhiệm vụ được giao", "Lắp đèn đường xóm Bản", "Quá hạn",
                "Rà soát hộ nghèo", "Không hoàn thành", "Đảng viên vắng sinh hoạt nhiều");
        assertThat(a6).as("attendance").contains("Sinh hoạt chi bộ năm 2026", "05/03/2026",
                "href=\"/cells/r-a?month=2026-03#bien-ban-r-m1\"", "Vắng không lý do",
                "Có mặt 0 trên 1 buổi đã điểm danh; phát biểu ở 0 buổi.");
        assertThat(a6).contains("data-changes=\"/api/organisations/r-a/changes\"");
        saveForReview("member-page.html", a6);

        String a7 = page("/members/r-a7?year=2026");
        assertThat(a7).contains("Hà Thị Giang", "Chi bộ trường Tiểu học Tân Thanh", "Có mặt", "Quá trình sinh hoạt",
                "Miễn sinh hoạt từ 01/02/2026 đến 30/04/2026: Điều trị bệnh dài ngày",
                "Ngày 01/07/2026 chuyển sinh hoạt từ Chi bộ thôn Nà Lộc đến Chi bộ trường Tiểu học Tân Thanh",
                "Tổ chức tổng vệ sinh môi trường", "Chờ đánh giá");
        assertThat(page("/members/r-a5?year=2026")).contains("Đang miễn", "Tuổi cao, sức yếu");
        assertThat(page("/members/r-a4?year=2026")).contains("Chính thức từ ngày 15/05/2026");
        assertThat(page("/members/r-b3?year=2026"))
                .contains("Đã ra khỏi đảng bộ từ ngày 15/08/2026 (chuyển sinh hoạt đảng ra ngoài).");
        assertThat(page("/members/r-a3?year=2025")).contains("Năm 2025", "Chưa có buổi sinh hoạt nào");
    }

    @Test
    void thePagesSpeakEnglishOnTheToggle() {
        String cell = page("/cells/r-a?month=2026-03&lang=en");
        assertThat(cell).contains("Members (6)", "Secretary", "Deputy secretary", "Meetings in 03/2026", "MINUTES",
                "COMMUNIST PARTY OF VIETNAM", "Regular cell meeting, 03/2026", "Opened at 07:35 on 05/03/2026",
                "Present: 4; absent: 2 (1 with reason, 1 without reason).", "Absent without reason:",
                "Review of last month", "Carried over", "For 3, against 0, abstaining 0; members counted 4.",
                "Hoàng Văn An proposed the rating Fair", "Open tasks", "Thematic meeting plan 2026", "Approved",
                "Escalated to Tỉnh ủy Lạng Sơn");
        assertThat(cell).as("the way back keeps the month").contains("href=\"/cells/r-a?month=2026-03&amp;lang=vi\"",
                "Tiếng Việt");
        assertThat(cell).doesNotContain("Biên bản", "Đảng viên (6)");

        String member = page("/members/r-a6?year=2026&lang=en");
        assertThat(member).contains("Membership", "Official", "Unexcused absence 2026",
                "At the threshold: the cell considers proposing removal", "Tasks assigned", "Absent without reason",
                "href=\"/members/r-a6?year=2026&amp;lang=vi\"");
    }

    @Test
    void unknownPagesAreFriendlyNotFoundPagesAndMalformedAddressesBadRequests() {
        var member = http.getForEntity("/members/khong-co", String.class);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(member.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
        assertThat(member.getBody()).contains("Không tìm thấy", "Không có đảng viên với mã &#39;khong-co&#39;.",
                "Về trang tổng hợp");
        assertThat(http.getForEntity("/members/khong-co?lang=en", String.class).getBody())
                .contains("No member with id &#39;khong-co&#39;.");
        var cell = http.getForEntity("/cells/khong-co", String.class);
        assertThat(cell.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(cell.getBody()).contains("Không có tổ chức với mã &#39;khong-co&#39;.");
        assertThat(http.getForEntity("/?org=khong-co", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        var month = http.getForEntity("/cells/r-a?month=2026-13", String.class);
        assertThat(month.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(month.getBody()).contains("Địa chỉ không hợp lệ", "YYYY-MM");
        var year = http.getForEntity("/members/r-a1?year=1800", String.class);
        assertThat(year.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(year.getBody()).contains("Địa chỉ không hợp lệ");
    }

    @Test
    void textsTypedByUsersAreShownEscapedNeverAsMarkup() {
        String june = page("/cells/r-a?month=2026-06");
        assertThat(june).contains("Sinh hoạt chi ủy", "Chuẩn bị &lt;script&gt;alert(1)&lt;/script&gt;",
                "Bàn nội dung tháng 6 &lt;script&gt;alert(1)&lt;/script&gt;", "Ý kiến &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(june).doesNotContain(SCRIPT);
        assertThat(page("/members/r-a2?year=2026")).contains("Sinh hoạt chi ủy", "Chưa điểm danh").doesNotContain(SCRIPT);
    }

    // --- bad input ---

    @Test
    void unknownIdsAreNotFoundProblems() {
        assertProblem("/api/meetings/khong-co", HttpStatus.NOT_FOUND,
                "Không có buổi sinh hoạt với mã 'khong-co'", "No meeting with id 'khong-co'");
        assertProblem("/api/members/khong-co", HttpStatus.NOT_FOUND,
                "Không có đảng viên với mã 'khong-co'", "No member with id 'khong-co'");
        assertProblem("/api/members/khong-co/tasks", HttpStatus.NOT_FOUND, "No member with id 'khong-co'");
        assertProblem("/api/resolutions/khong-co", HttpStatus.NOT_FOUND,
                "Không có nghị quyết với mã 'khong-co'", "No resolution with id 'khong-co'");
        assertProblem("/api/petitions/khong-co", HttpStatus.NOT_FOUND,
                "Không có kiến nghị với mã 'khong-co'", "No petition with id 'khong-co'");
        for (String list : List.of("members", "meetings/calendar?month=2026-03", "resolutions", "tasks",
                "tasks/counts", "plans", "petitions", "absence-risks?year=2026")) {
            assertProblem("/api/organisations/khong-co/" + list, HttpStatus.NOT_FOUND,
                    "No organisation with id 'khong-co'");
        }
    }

    @Test
    void impossibleParametersAreBadRequestProblems() {
        assertProblem("/api/organisations/r-X/meetings/calendar?month=2026-13", HttpStatus.BAD_REQUEST,
                "\"code\":\"invalid-parameter\"", "YYYY-MM");
        assertProblem("/api/organisations/r-X/meetings/calendar", HttpStatus.BAD_REQUEST,
                "\"code\":\"missing-parameter\"", "month");
        assertProblem("/api/organisations/r-X/tasks?status=LATE", HttpStatus.BAD_REQUEST,
                "\"code\":\"invalid-parameter\"", "OVERDUE");
        assertProblem("/api/organisations/r-X/members?size=0", HttpStatus.BAD_REQUEST,
                "\"code\":\"invalid-fields\"", "\"field\":\"size\"", "must be at least 1");
        assertProblem("/api/organisations/r-X/members?size=501", HttpStatus.BAD_REQUEST,
                "\"field\":\"size\"", "phải nhỏ hơn hoặc bằng 500");
        assertProblem("/api/organisations/r-X/petitions?page=-1", HttpStatus.BAD_REQUEST,
                "\"field\":\"page\"", "must be at least 0");
        assertProblem("/api/organisations/r-X/members?page=abc", HttpStatus.BAD_REQUEST,
                "\"field\":\"page\"");
        assertProblem("/api/organisations/r-X/absence-risks?year=1800", HttpStatus.BAD_REQUEST,
                "\"code\":\"invalid-fields\"", "\"field\":\"year\"", "must be at least 1930");
        assertProblem("/api/organisations/r-X/absence-risks", HttpStatus.BAD_REQUEST,
                "\"code\":\"missing-parameter\"", "year");
        assertProblem("/api/organisations/r-X/plans?year=1800&size=0", HttpStatus.BAD_REQUEST,
                "\"field\":\"year\"", "\"field\":\"size\"");
    }

    @Test
    void theEndpointsAreDescribedInOpenApiInBothLanguages() {
        String docs = http.getForObject("/api-docs", String.class);
        assertThat(docs).contains("/api/organisations/{organisationId}/members", "/api/members/{memberId}",
                "/api/organisations/{organisationId}/meetings/calendar", "/api/meetings/{meetingId}",
                "/api/organisations/{organisationId}/resolutions", "/api/resolutions/{resolutionId}",
                "/api/organisations/{organisationId}/tasks", "/api/members/{memberId}/tasks",
                "/api/organisations/{organisationId}/plans", "/api/organisations/{organisationId}/petitions",
                "/api/petitions/{petitionId}", "/api/organisations/{organisationId}/absence-risks",
                "/api/members/{memberId}/attendance",
                "Lịch sinh hoạt trong tháng của toàn cây / The subtree's meetings in a month");
    }

    // --- the fixture ---

    /** Markers of the last event of every aggregate kind: once they show, everything has arrived. */
    private void everythingArrived() {
        assertThat(get("/api/organisations/r-X/members?size=50").path("total").asLong()).isEqualTo(10);
        assertThat(get("/api/organisations/r-X/members?left=true").path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/members/r-a7").path("member").path("cellId").asText()).isEqualTo("r-b");
        assertThat(get("/api/members/r-a4").path("member").path("status").asText()).isEqualTo("OFFICIAL");
        assertThat(get("/api/meetings/r-m1").path("stage").asText()).isEqualTo("CLOSED");
        assertThat(get("/api/meetings/r-m2").path("stage").asText()).isEqualTo("HELD");
        assertThat(get("/api/meetings/r-m3").path("stage").asText()).isEqualTo("CLOSED");
        assertThat(get("/api/organisations/r-X/tasks/counts").path("cancelled").asLong()).isEqualTo(1);
        assertThat(get("/api/organisations/r-X/tasks?status=OVERDUE").path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/organisations/r-X/tasks?status=DONE").path("total").asLong()).isEqualTo(2);
        assertThat(get("/api/organisations/r-X/tasks?status=NOT_DONE").path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/organisations/r-X/tasks?status=COMPLETED").path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/members/r-b2/tasks").path("items").path(0).path("latestProgress").isObject()).isTrue();
        assertThat(get("/api/resolutions/r-r0").path("resolution").path("supersededBy").asText()).isEqualTo("r-r1");
        assertThat(get("/api/resolutions/r-r1").path("amendments")).hasSize(1);
        assertThat(get("/api/organisations/r-X/plans?status=APPROVED").path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/organisations/r-X/plans").path("total").asLong()).isEqualTo(2);
        assertThat(get("/api/petitions/r-k1").path("status").asText()).isEqualTo("ANSWERED");
        assertThat(get("/api/petitions/r-k2").path("status").asText()).isEqualTo("FORWARDED");
        assertThat(get("/api/organisations/r-X/absence-risks?year=2026").path("items").path(0)
                .path("thresholdReached").asBoolean()).isTrue();
        assertThat(get("/api/organisations/r-X/absence-risks?year=2026").path("total").asLong()).isEqualTo(2);
        assertThat(get("/api/members/r-a7").path("exemptions").path(0).path("endedOn").asText()).isEqualTo("2026-05-01");
        assertThat(get("/api/meetings/r-m8").path("items").path(0).path("speeches")).hasSize(1);
    }

    private void tree() {
        organisation("r-T", null, "Tỉnh ủy Lạng Sơn", OrganisationKind.COMMITTEE, null);
        organisation("r-X", "r-T", "Đảng ủy xã Tân Thanh", OrganisationKind.COMMITTEE, null);
        organisation("r-a", "r-X", "Chi bộ thôn Nà Lộc", OrganisationKind.CELL, CellType.VILLAGE);
    }

    private void membersOfCellA() {
        member("r-a1", "r-a", "Hoàng Văn An", MembershipStatus.OFFICIAL, FOUNDED);
        events.publish("r-a1", new CellRoleAssigned("r-a1", "r-a", CellRole.SECRETARY, CellRole.MEMBER,
                LocalDate.of(2025, 1, 10)));
        member("r-a2", "r-a", "Nông Thị Bích", MembershipStatus.OFFICIAL, FOUNDED);
        events.publish("r-a2", new CellRoleAssigned("r-a2", "r-a", CellRole.DEPUTY_SECRETARY, CellRole.MEMBER,
                LocalDate.of(2025, 1, 10)));
        member("r-a3", "r-a", "Lương Văn Cường", MembershipStatus.OFFICIAL, FOUNDED);
        member("r-a4", "r-a", "Vi Thị Dung", MembershipStatus.PROBATIONARY, LocalDate.of(2025, 5, 1));
        events.publish("r-a4", new MemberPromoted("r-a4", "r-a", LocalDate.of(2026, 5, 15)));
        member("r-a5", "r-a", "Triệu Văn Em", MembershipStatus.OFFICIAL, FOUNDED);
        events.publish("r-a5", new ExemptionGranted("r-a5", "r-a", "Tuổi cao, sức yếu", LocalDate.of(2026, 1, 1),
                null, "r-a"));
        member("r-a6", "r-a", "Hà Văn Phúc", MembershipStatus.OFFICIAL, FOUNDED);
        member("r-a7", "r-a", "Hà Thị Giang", MembershipStatus.OFFICIAL, FOUNDED);
        events.publish("r-a7", new ExemptionGranted("r-a7", "r-a", "Điều trị bệnh dài ngày", LocalDate.of(2026, 2, 1),
                null, "r-a"));
        events.publish("r-a7", new ExemptionEnded("r-a7", "r-a", LocalDate.of(2026, 5, 1)));
        // to r-b, which is not known yet: the transfer waits for it
        events.publish("r-a7", new MemberTransferred("r-a7", "r-a", "r-b", TransferReason.ORDINARY,
                LocalDate.of(2026, 7, 1)));
    }

    private void meetingsOfCellA() {
        String m1 = "r-m1";
        events.publish(m1, new MeetingScheduled(m1, "r-a", MeetingKind.REGULAR, LocalDateTime.of(2026, 3, 5, 7, 30),
                "Nhà văn hóa thôn Nà Lộc"));
        events.publish(m1, new MeetingContentApproved(m1, "r-a", LocalDate.of(2026, 3, 1), null,
                "Kiểm điểm nghị quyết tháng 2; nhiệm vụ tháng 3", "Dự thảo nghị quyết tháng 3", false));
        Person monitor = new Person("r-x1", "Nguyễn Văn Giám", "Đảng ủy viên");
        events.publish(m1, new MeetingNoticeSent(m1, "r-a", LocalDateTime.of(2026, 3, 4, 19, 0), monitor, 1, 1,
                false, 0, POLICY));
        events.publish(m1, new MeetingOpened(m1, "r-a", MeetingKind.REGULAR, LocalDateTime.of(2026, 3, 5, 7, 35),
                "r-a1", "r-a2", "Sinh hoạt thường kỳ tháng 3",
                List.of(new Person(null, "Hoàng Thị Khách", "Bí thư chi đoàn")), List.of(monitor), List.of(
                roster("r-a1", MembershipStatus.OFFICIAL, CellRole.SECRETARY, false),
                roster("r-a2", MembershipStatus.OFFICIAL, CellRole.DEPUTY_SECRETARY, false),
                roster("r-a3", MembershipStatus.OFFICIAL, CellRole.MEMBER, false),
                roster("r-a4", MembershipStatus.PROBATIONARY, CellRole.MEMBER, false),
                roster("r-a5", MembershipStatus.OFFICIAL, CellRole.MEMBER, true),
                roster("r-a6", MembershipStatus.OFFICIAL, CellRole.MEMBER, false),
                roster("r-a7", MembershipStatus.OFFICIAL, CellRole.MEMBER, true))));
        attendance(m1, "r-a1", AttendanceStatus.PRESENT, null);
        attendance(m1, "r-a2", AttendanceStatus.PRESENT, null);
        attendance(m1, "r-a3", AttendanceStatus.ABSENT_WITH_REASON, "Đi công tác");
        attendance(m1, "r-a4", AttendanceStatus.PRESENT, null);
        attendance(m1, "r-a5", AttendanceStatus.EXEMPT, null);
        attendance(m1, "r-a6", AttendanceStatus.ABSENT_WITHOUT_REASON, null);
        attendance(m1, "r-a7", AttendanceStatus.PRESENT, null);
        events.publish(m1, new AgendaAdopted(m1, "r-a", List.of(AgendaItemKind.NEWS,
                AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW, AgendaItemKind.IDEOLOGY, AgendaItemKind.PARTY_BUILDING,
                AgendaItemKind.CRITICISM_AND_SELF_CRITICISM, AgendaItemKind.HO_CHI_MINH_STUDY)));
        item(m1, "r-m1-i1", AgendaItemKind.NEWS, "Thông tin thời sự tháng 3", 10, List.of());
        item(m1, "r-m1-i2", AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW, "Kiểm điểm nghị quyết tháng 2", 30, List.of(
                new TaskReview("r-t01", TaskReviewOutcome.DONE, null, null),
                new TaskReview("r-t02", TaskReviewOutcome.CARRIED_OVER, "Chưa đủ kinh phí", LocalDate.of(2026, 4, 30))));
        item(m1, "r-m1-i3", AgendaItemKind.IDEOLOGY, "Tư tưởng đảng viên và nhân dân ổn định", null, List.of());
        speech(m1, "r-a2", "r-m1-i2", AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW, "Đề nghị đẩy nhanh làm đường");
        speech(m1, "r-a7", "r-m1-i3", AgendaItemKind.IDEOLOGY, "Bà con đồng thuận chủ trương");
        speech(m1, "r-a1", "r-m1-i2", AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW, "Kết luận phần kiểm điểm");
        VoteResult unanimous = new VoteResult(3, 0, 0, List.of("r-a1", "r-a2", "r-a7"), 3, 4, true);
        events.publish(m1, new ResolutionVoted(m1, "r-a", "r-r1", unanimous));
        events.publish(m1, new QualityRatingProposed(m1, "r-a", "r-a1", QualityLevel.GOOD, null, null, POLICY));
        events.publish(m1, new QualityRatingVoted(m1, "r-a", QualityLevel.GOOD,
                new VoteResult(1, 2, 0, List.of(), 3, 4, false)));
        events.publish(m1, new QualityRatingProposed(m1, "r-a", "r-a1", QualityLevel.FAIR, List.of(
                new CriterionScore("preparation", 15), new CriterionScore("attendance", 14),
                new CriterionScore("conduct", 40), new CriterionScore("closing", 19)), 88, POLICY));
        events.publish(m1, new QualityRatingVoted(m1, "r-a", QualityLevel.FAIR, unanimous));
        events.publish(m1, new MinutesSigned(m1, "r-a", LocalDateTime.of(2026, 3, 5, 9, 20), "r-a1", "r-a2"));
        closed(m1, "r-a", LocalDateTime.of(2026, 3, 5, 7, 35), LocalDateTime.of(2026, 3, 5, 9, 25), 110, false);

        String m2 = "r-m2";
        LocalDateTime thematic = LocalDateTime.of(2026, 3, 20, 14, 0);
        events.publish(m2, new MeetingScheduled(m2, "r-a", MeetingKind.THEMATIC, thematic, "Nhà văn hóa thôn Nà Lộc"));
        events.publish(m2, new MeetingNoticeSent(m2, "r-a", LocalDateTime.of(2026, 3, 20, 7, 0), null, 0, 1, true, 1,
                POLICY));
        events.publish(m2, new MeetingHeld(m2, "r-a", MeetingKind.THEMATIC, thematic, thematic.plusMinutes(95)));

        // texts typed by users that carry markup: the pages must show them, never run them
        String m8 = "r-m8";
        events.publish(m8, new MeetingScheduled(m8, "r-a", MeetingKind.CELL_COMMITTEE, LocalDateTime.of(2026, 6, 1, 8, 0),
                "Nhà đồng chí Bí thư"));
        events.publish(m8, new MeetingOpened(m8, "r-a", MeetingKind.CELL_COMMITTEE, LocalDateTime.of(2026, 6, 1, 8, 5),
                "r-a1", "r-a2", "Chuẩn bị " + SCRIPT, List.of(), List.of(), List.of(
                roster("r-a1", MembershipStatus.OFFICIAL, CellRole.SECRETARY, false),
                roster("r-a2", MembershipStatus.OFFICIAL, CellRole.DEPUTY_SECRETARY, false))));
        events.publish(m8, new AgendaItemRecorded(m8, "r-a", "r-m8-i1", AgendaItemKind.OTHER,
                "Bàn nội dung tháng 6 " + SCRIPT, 20, List.of(), null, null));
        events.publish(m8, new SpeechGiven(m8, "r-a", "r-a2", "r-m8-i1", AgendaItemKind.OTHER, "Ý kiến " + SCRIPT));
    }

    private void resolutionsOfCellA() {
        events.publish("r-r0", new ResolutionAdopted("r-r0", "r-m0", "r-a", ResolutionKind.RESOLUTION, "02-NQ/CB",
                "Nghị quyết tháng 2/2026", "Chi bộ quyết nghị các nhiệm vụ tháng 2.", LocalDate.of(2026, 2, 5)));
        events.publish("r-r1", new ResolutionAdopted("r-r1", "r-m1", "r-a", ResolutionKind.RESOLUTION, "03-NQ/CB",
                "Nghị quyết tháng 3/2026", "Chi bộ quyết nghị: làm đường liên thôn, vệ sinh môi trường.",
                LocalDate.of(2026, 3, 5)));
        events.publish("r-r0", new ResolutionSuperseded("r-r0", "r-r1", "Nghị quyết tháng 3 thay thế",
                LocalDate.of(2026, 3, 5)));
        events.publish("r-r1", new ResolutionAmended("r-r1", 1, "Bổ sung nhiệm vụ rà soát hộ nghèo", "r-a2",
                "Theo ý kiến đảng viên", LocalDate.of(2026, 3, 10)));
    }

    private void tasksOfCellA() {
        LocalDate february = LocalDate.of(2026, 2, 5);
        LocalDate march = LocalDate.of(2026, 3, 5);
        task("r-t01", "r-r0", "r-a", "Dọn vệ sinh đường làng", LocalDate.of(2026, 2, 28), "r-a1", february,
                member("r-a3"));
        events.publish("r-t01", new TaskCompleted("r-t01", member("r-a3"), "Đã dọn xong", LocalDate.of(2026, 2, 25)));
        events.publish("r-t01", new TaskEvaluated("r-t01", "r-m1", TaskOutcome.DONE, null,
                LocalDate.of(2026, 2, 28), null, march));

        task("r-t02", "r-r0", "r-a", "Lắp đèn đường xóm Bản", LocalDate.of(2026, 3, 1), "r-a1", february,
                member("r-a6"));
        events.publish("r-t02", new TaskBecameOverdue("r-t02", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2)));
        var carriedOver = new TaskEvaluated("r-t02", "r-m1", TaskOutcome.CARRIED_OVER, "Chưa đủ kinh phí",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), march);
        events.publish("r-t02", carriedOver);
        events.publishAgain("r-t02", 2, carriedOver);
        events.publish("r-t02", new TaskBecameOverdue("r-t02", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1)));

        task("r-t11", "r-r1", "r-a", "Vận động bà con hiến đất làm đường", LocalDate.of(2026, 4, 30), "r-a1", march,
                member("r-a2"));
        events.publish("r-t11", new TaskProgressReported("r-t11", member("r-a2"), "Đã vận động 12/20 hộ", 60,
                LocalDate.of(2026, 4, 10)));
        events.publish("r-t11", new TaskCompleted("r-t11", member("r-a2"), "20/20 hộ đồng ý",
                LocalDate.of(2026, 4, 28)));
        events.publish("r-t11", new TaskEvaluated("r-t11", "r-m5", TaskOutcome.DONE, null, LocalDate.of(2026, 4, 30),
                null, LocalDate.of(2026, 5, 5)));

        task("r-t12", "r-r1", "r-a", "Tổ chức tổng vệ sinh môi trường", LocalDate.of(2026, 3, 31), "r-a2", march,
                member("r-a7"), member("r-a4"));
        events.publish("r-t12", new TaskCompleted("r-t12", member("r-a4"), "Đã tổ chức ngày 29/3",
                LocalDate.of(2026, 3, 30)));

        task("r-t13", "r-r1", "r-a", "Rà soát hộ nghèo", LocalDate.of(2026, 4, 15), "r-a1", march, member("r-a6"));
        events.publish("r-t13", new TaskBecameOverdue("r-t13", LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 16)));
        events.publish("r-t13", new TaskEvaluated("r-t13", "r-m5", TaskOutcome.NOT_DONE,
                "Đảng viên vắng sinh hoạt nhiều", LocalDate.of(2026, 4, 15), null, LocalDate.of(2026, 5, 5)));

        task("r-t14", "r-r1", "r-a", "Sửa nhà văn hóa thôn", LocalDate.of(2026, 6, 30), "r-a1", march,
                new Assignee(AssigneeKind.ORGANISATION, "r-a"));
        events.publish("r-t14", new TaskCancelled("r-t14", "Huyện đã bố trí kinh phí", LocalDate.of(2026, 3, 20)));
    }

    private void planPetitionAndAbsencesOfCellA() {
        List<PlannedTheme> first = themes("r-a", "Học tập và làm theo tư tưởng Hồ Chí Minh", "Xây dựng nông thôn mới",
                "Du lịch cộng đồng", "Công tác phát triển đảng viên");
        List<PlannedTheme> second = themes("r-a", "Học tập và làm theo tư tưởng Hồ Chí Minh", "Xây dựng nông thôn mới",
                "Phát triển kinh tế hộ", "Công tác phát triển đảng viên");
        events.publish("r-p-a", new PlanSubmitted("r-p-a", "r-a", "r-X", 2026, 1, first, LocalDate.of(2026, 1, 10)));
        events.publish("r-p-a", new PlanReturned("r-p-a", 1, "r-X", "Chủ đề quý III chưa sát thực tế",
                LocalDate.of(2026, 1, 15)));
        events.publish("r-p-a", new PlanSubmitted("r-p-a", "r-a", "r-X", 2026, 2, second, LocalDate.of(2026, 1, 20)));
        events.publish("r-p-a", new PlanApproved("r-p-a", 2, "r-X", null, LocalDate.of(2026, 1, 25)));

        events.publish("r-k1", new PetitionRaised("r-k1", "r-m1", "r-a", "Đề nghị hỗ trợ kinh phí làm đường liên thôn",
                "r-a2", LocalDate.of(2026, 3, 5)));
        events.publish("r-k1", new PetitionForwarded("r-k1", "r-a", "r-X", LocalDate.of(2026, 3, 7)));
        events.publish("r-k1", new PetitionEscalated("r-k1", "r-X", "r-T", "Vượt thẩm quyền của xã",
                LocalDate.of(2026, 3, 20)));
        events.publish("r-k1", new PetitionAnswered("r-k1", "r-T", "r-T", "Tỉnh đã đưa vào kế hoạch đầu tư năm 2027",
                LocalDate.of(2026, 4, 10)));

        String a6 = "r-a6:2026";
        events.publish(a6, new UnexcusedAbsenceCounted(a6, "r-a6", "r-a", 2026, "r-m1", LocalDate.of(2026, 3, 5), 1));
        events.publish(a6, new UnexcusedAbsenceCounted(a6, "r-a6", "r-a", 2026, "r-m5", LocalDate.of(2026, 5, 5), 2));
        events.publish(a6, new AbsenceWarningIssued(a6, "r-a6", "r-a", 2026, 2, 3, POLICY));
        events.publish(a6, new UnexcusedAbsenceCounted(a6, "r-a6", "r-a", 2026, "r-m6", LocalDate.of(2026, 6, 4), 3));
        events.publish(a6, new AbsenceThresholdReached(a6, "r-a6", "r-a", 2026, 3, 3, POLICY));
        String a3 = "r-a3:2026";
        events.publish(a3, new UnexcusedAbsenceCounted(a3, "r-a3", "r-a", 2026, "r-m6", LocalDate.of(2026, 6, 4), 1));
    }

    /** Cell r-b's whole year, published before r-b is created. */
    private void cellBBeforeItExists() {
        member("r-b1", "r-b", "Đinh Văn Hải", MembershipStatus.OFFICIAL, FOUNDED);
        events.publish("r-b1", new CellRoleAssigned("r-b1", "r-b", CellRole.SECRETARY, CellRole.MEMBER,
                LocalDate.of(2025, 1, 10)));
        member("r-b2", "r-b", "Mạc Thị Lan", MembershipStatus.OFFICIAL, FOUNDED);
        member("r-b3", "r-b", "Phan Văn Minh", MembershipStatus.PROBATIONARY, LocalDate.of(2025, 9, 1));
        events.publish("r-b3", new MemberLeft("r-b3", "r-b", LeavingReason.TRANSFER_OUT, LocalDate.of(2026, 8, 15)));
        member("r-b4", "r-b", "Chu Thị Ngọc", MembershipStatus.PROBATIONARY, LocalDate.of(2026, 3, 1));

        String m3 = "r-m3";
        events.publish(m3, new MeetingScheduled(m3, "r-b", MeetingKind.REGULAR, LocalDateTime.of(2026, 3, 28, 16, 0),
                "Phòng họp nhà trường"));
        events.publish(m3, new MeetingOpened(m3, "r-b", MeetingKind.REGULAR, LocalDateTime.of(2026, 3, 28, 16, 5),
                "r-b1", "r-b2", null, List.of(), List.of(), List.of(
                roster("r-b1", MembershipStatus.OFFICIAL, CellRole.SECRETARY, false),
                roster("r-b2", MembershipStatus.OFFICIAL, CellRole.MEMBER, false),
                roster("r-b3", MembershipStatus.PROBATIONARY, CellRole.MEMBER, false),
                roster("r-b4", MembershipStatus.PROBATIONARY, CellRole.MEMBER, false))));
        closed(m3, "r-b", LocalDateTime.of(2026, 3, 28, 16, 5), LocalDateTime.of(2026, 3, 28, 17, 15), 70, true);
        events.publish("r-m4", new MeetingScheduled("r-m4", "r-b", MeetingKind.REGULAR,
                LocalDateTime.of(2026, 4, 2, 16, 0), "Phòng họp nhà trường"));

        events.publish("r-r2", new ResolutionAdopted("r-r2", "r-m3", "r-b", ResolutionKind.CONCLUSION, null,
                "Kết luận sinh hoạt tháng 3", "Chi bộ kết luận: đề nghị bổ sung giáo viên.", LocalDate.of(2026, 3, 28)));
        task("r-t21", "r-r2", "r-b", "Lập danh sách giáo viên còn thiếu", LocalDate.of(2026, 12, 31), "r-b1",
                LocalDate.of(2026, 3, 28), member("r-b2"));
        events.publish("r-t21", new TaskProgressReported("r-t21", member("r-b2"), "Đã liên hệ phòng giáo dục", null,
                LocalDate.of(2026, 10, 1)));

        events.publish("r-p-b", new PlanSubmitted("r-p-b", "r-b", "r-X", 2026, 1, themes("r-b", "Đổi mới dạy học",
                "Phòng chống bạo lực học đường", "Chuyển đổi số trong trường học", "Phát triển đảng viên trong giáo viên"),
                LocalDate.of(2026, 1, 12)));
        events.publish("r-k2", new PetitionRaised("r-k2", "r-m3", "r-b", "Đề nghị bổ sung giáo viên tiếng Anh", null,
                LocalDate.of(2026, 3, 28)));
        events.publish("r-k2", new PetitionForwarded("r-k2", "r-b", "r-X", LocalDate.of(2026, 3, 30)));

        String b2 = "r-b2:2026";
        events.publish(b2, new UnexcusedAbsenceCounted(b2, "r-b2", "r-b", 2026, "r-m3", LocalDate.of(2026, 3, 28), 1));
        events.publish(b2, new UnexcusedAbsenceCounted(b2, "r-b2", "r-b", 2026, "r-m7", LocalDate.of(2026, 4, 2), 2));
        events.publish(b2, new AbsenceWarningIssued(b2, "r-b2", "r-b", 2026, 2, 3, POLICY));
    }

    private void organisation(String id, String parent, String name, OrganisationKind kind, CellType type) {
        events.publish(id, new OrganisationCreated(id, name, kind, kind == OrganisationKind.CELL ? "Chi bộ" : "Cấp ủy",
                type, parent, FOUNDED));
    }

    private void member(String id, String cell, String name, MembershipStatus status, LocalDate joined) {
        events.publish(id, new MemberRegistered(id, cell, name, status, joined));
    }

    private static Assignee member(String id) {
        return new Assignee(AssigneeKind.MEMBER, id);
    }

    private static RosterMember roster(String id, MembershipStatus status, CellRole role, boolean exempt) {
        return new RosterMember(id, status, role, exempt);
    }

    private void attendance(String meeting, String member, AttendanceStatus status, String reason) {
        events.publish(meeting, new AttendanceRecorded(meeting, "r-a", MeetingKind.REGULAR, LocalDate.of(2026, 3, 5),
                member, status, reason));
    }

    private void item(String meeting, String id, AgendaItemKind kind, String summary, Integer minutes,
                      List<TaskReview> reviews) {
        events.publish(meeting, new AgendaItemRecorded(meeting, "r-a", id, kind, summary, minutes, reviews, null, null));
    }

    private void speech(String meeting, String member, String item, AgendaItemKind kind, String gist) {
        events.publish(meeting, new SpeechGiven(meeting, "r-a", member, item, kind, gist));
    }

    private void closed(String meeting, String cell, LocalDateTime opened, LocalDateTime ended, long minutes,
                        boolean tooShort) {
        events.publish(meeting, new MeetingClosed(meeting, cell, MeetingKind.REGULAR, opened, ended, minutes, 90,
                tooShort, false, POLICY));
        events.publish(meeting, new MeetingHeld(meeting, cell, MeetingKind.REGULAR, opened, ended));
    }

    private void task(String id, String resolution, String cell, String content, LocalDate deadline, String supervisor,
                      LocalDate assignedOn, Assignee... assignees) {
        events.publish(id, new TaskAssigned(id, resolution, cell, content, null, null, deadline, List.of(assignees),
                supervisor, assignedOn));
    }

    private static List<PlannedTheme> themes(String cell, String... titles) {
        List<PlannedTheme> themes = new ArrayList<>();
        for (int quarter = 1; quarter <= titles.length; quarter++) {
            themes.add(new PlannedTheme(cell + "-2026-q" + quarter, quarter, titles[quarter - 1], null));
        }
        return themes;
    }

    private void assertCounts(String id, long official, long probationary) {
        JsonNode organisation = get("/api/organisations/" + id);
        assertThat(organisation.path("officialMembers").asLong()).as(id + " official").isEqualTo(official);
        assertThat(organisation.path("probationaryMembers").asLong()).as(id + " probationary").isEqualTo(probationary);
    }

    private void assertProblem(String path, HttpStatus status, String... fragments) {
        var response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
        assertThat(response.getBody()).as(path).contains(fragments);
    }

    private String page(String path) {
        var response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).as(path).hasToString("text/html;charset=UTF-8");
        return response.getBody();
    }

    /** Keeps a rendered page under target/ for a look in a browser (its styles are on the running server). */
    private static void saveForReview(String name, String html) {
        try {
            Files.writeString(Path.of("target", name), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String platform() {
        return TestIdentities.bearer(context, TestIdentities.PLATFORM);
    }

    private JsonNode get(String path) {
        var response = http.getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
