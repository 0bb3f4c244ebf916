package vn.chibo.query;

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
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.member.TransferReason;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationContract.OrganisationMoved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSplit;
import vn.chibo.events.organisation.OrganisationContract.SplitPart;
import vn.chibo.events.organisation.OrganisationContract.OrganisationsMerged;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.infrastructure.spring.FreshInfrastructure;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.events.meeting.MeetingKind.REGULAR;

/**
 * The tree's history, as-of queries and the two trees a period's figures can be grouped by, against
 * figures computed by hand. Tree h-P → h-D → communes h-A (cells h-a1, h-a2) and h-B (cell h-b1), all
 * founded in 2020; during the first quarter of 2026:
 * <ul>
 *   <li>10 Feb: cell h-a3 is created under h-A (expected to meet from February);</li>
 *   <li>20 Feb: h-a2 merges into h-a1 (absorbed: not expected from February), its two members move over;</li>
 *   <li>15 Mar: h-b1 moves from h-B to h-A (March belongs to h-A in March's tree);</li>
 *   <li>1 Apr: h-B, left empty, is split into h-B1 and h-B2.</li>
 * </ul>
 * Meetings: h-a1 on 5 Jan, 5 Feb, 5 Mar; h-a2 on 6 Jan, 6 Feb; h-a3 on 8 Mar; h-b1 on 7 Jan, 7 Feb,
 * 20 Mar. h-b1's 20 March meeting is processed before the move (and must follow it to h-A); its 7 February
 * meeting arrives late, after the move (and must still count for h-B, where h-b1 stood in February).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TreeHistoryIT {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
    private static final LocalDate MERGED = LocalDate.of(2026, 2, 20);
    private static final LocalDate MOVED = LocalDate.of(2026, 3, 15);

    @Autowired
    TestRestTemplate http;
    @Value("${chibo.kafka.topic}")
    String topic;
    @Value("${chibo.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;

    @BeforeAll
    void publishTheFixture() {
        try (var events = new TopicWriter(bootstrapServers, topic, converter)) {
            committee(events, "h-P", null);
            committee(events, "h-D", "h-P");
            committee(events, "h-A", "h-D");
            committee(events, "h-B", "h-D");
            cell(events, "h-a1", "h-A", FOUNDED);
            cell(events, "h-a2", "h-A", FOUNDED);
            cell(events, "h-b1", "h-B", FOUNDED);
            member(events, "h-a1-1", "h-a1", MembershipStatus.OFFICIAL);
            member(events, "h-a1-2", "h-a1", MembershipStatus.OFFICIAL);
            member(events, "h-a2-1", "h-a2", MembershipStatus.OFFICIAL);
            member(events, "h-a2-2", "h-a2", MembershipStatus.PROBATIONARY);
            member(events, "h-b1-1", "h-b1", MembershipStatus.OFFICIAL);
            member(events, "h-b1-2", "h-b1", MembershipStatus.OFFICIAL);
            member(events, "h-b1-3", "h-b1", MembershipStatus.OFFICIAL);
            held(events, "h-m-a1-1", "h-a1", LocalDateTime.of(2026, 1, 5, 8, 0));
            held(events, "h-m-a2-1", "h-a2", LocalDateTime.of(2026, 1, 6, 8, 0));
            held(events, "h-m-b1-1", "h-b1", LocalDateTime.of(2026, 1, 7, 8, 0));
            held(events, "h-m-a1-2", "h-a1", LocalDateTime.of(2026, 2, 5, 8, 0));
            held(events, "h-m-a2-2", "h-a2", LocalDateTime.of(2026, 2, 6, 8, 0));
            cell(events, "h-a3", "h-A", LocalDate.of(2026, 2, 10));
            events.publish("h-a1", new OrganisationsMerged("h-a1", List.of("h-a2"), MERGED));
            events.publish("h-a2", new OrganisationAbsorbed("h-a2", "h-a1", MERGED));
            for (String member : List.of("h-a2-1", "h-a2-2")) {
                events.publish(member, new MemberTransferred(member, "h-a2", "h-a1", TransferReason.MERGE, MERGED));
            }
            held(events, "h-m-a1-3", "h-a1", LocalDateTime.of(2026, 3, 5, 8, 0));
            held(events, "h-m-a3-3", "h-a3", LocalDateTime.of(2026, 3, 8, 8, 0));
            held(events, "h-m-b1-3", "h-b1", LocalDateTime.of(2026, 3, 20, 8, 0));
            events.publish("h-b1", new OrganisationMoved("h-b1", "h-A", "h-B", MOVED));
            held(events, "h-m-b1-2", "h-b1", LocalDateTime.of(2026, 2, 7, 8, 0));
            // h-B, empty since the move, is split into two committees on 1 April
            LocalDate split = LocalDate.of(2026, 4, 1);
            events.publish("h-B", new OrganisationSplit("h-B", OrganisationKind.COMMITTEE, "Cấp ủy", "h-D",
                    List.of(new SplitPart("h-B1", "Đảng ủy h-B1", null, List.of()),
                            new SplitPart("h-B2", "Đảng ủy h-B2", null, List.of())), split));
            for (String part : List.of("h-B1", "h-B2")) {
                events.publish(part, new OrganisationCreated(part, "Đảng ủy " + part, OrganisationKind.COMMITTEE, "Cấp ủy",
                        null, "h-D", split));
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(figures("h-D", "2026-Q1", "then").path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(9);
            assertThat(ids("/api/organisations/h-D/children?asOf=2026-04-01")).contains("h-B2");
        });
    }

    @Test
    void theTreeAsOfADayIsTheTreeAsItStoodThatDay() {
        assertThat(ids("/api/organisations/h-A/children?asOf=2026-01-31")).containsExactly("h-a1", "h-a2");
        assertThat(ids("/api/organisations/h-A/children?asOf=2026-02-19")).containsExactly("h-a1", "h-a2", "h-a3");
        assertThat(ids("/api/organisations/h-A/children?asOf=2026-03-01")).containsExactly("h-a1", "h-a3");
        assertThat(ids("/api/organisations/h-B/children?asOf=2026-03-14")).containsExactly("h-b1");
        assertThat(ids("/api/organisations/h-A/children?asOf=2026-03-15")).containsExactly("h-a1", "h-a3", "h-b1");
        assertThat(ids("/api/organisations/h-B/children?asOf=2026-03-15")).isEmpty();
        // today: the ended h-a2 stays below h-A, for the history it carries
        assertThat(ids("/api/organisations/h-A/children")).containsExactly("h-a1", "h-a2", "h-a3", "h-b1");

        assertThat(ids("/api/organisations/h-D/children?asOf=2026-03-31")).containsExactly("h-A", "h-B");
        assertThat(ids("/api/organisations/h-D/children?asOf=2026-04-01")).containsExactly("h-A", "h-B1", "h-B2");
        assertThat(http.getForEntity("/api/organisations/h-B?asOf=2026-04-01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(ids("/api/organisations/h-b1/path?asOf=2026-03-14")).containsExactly("h-P", "h-D", "h-B", "h-b1");
        assertThat(ids("/api/organisations/h-b1/path?asOf=2026-03-15")).containsExactly("h-P", "h-D", "h-A", "h-b1");
        assertThat(ids("/api/organisations/h-b1/path")).containsExactly("h-P", "h-D", "h-A", "h-b1");
        assertThat(json("/api/organisations/h-b1?asOf=2026-03-14").path("parentId").asText()).isEqualTo("h-B");
        assertThat(json("/api/organisations/h-b1?asOf=2026-03-14").path("depth").asInt()).isEqualTo(3);
    }

    @Test
    void anOrganisationAsOfADayCountsTheCellsAndMembersOfThatDay() {
        // 19 Feb: h-a1, h-a2, h-a3 with h-a1's 2 and h-a2's 1 + 1 probationary
        assertSummary("h-A?asOf=2026-02-19", 3, 3, 1);
        // 1 Mar: h-a2 absorbed, its members in h-a1 since 20 Feb
        assertSummary("h-A?asOf=2026-03-01", 2, 3, 1);
        assertSummary("h-B?asOf=2026-03-01", 1, 3, 0);
        assertSummary("h-D?asOf=2026-03-01", 3, 6, 1);
        assertSummary("h-A", 3, 6, 1);
        assertSummary("h-B", 0, 0, 0);
    }

    @Test
    void eachMonthsFiguresBelongToThatMonthsTreeByDefault() {
        // held, cells met, cells expected in the month
        assertMonth("h-A", "2026-01", 2, 2, 2);
        assertMonth("h-B", "2026-01", 1, 1, 1);
        // h-a3 expected from its first month; h-a2, absorbed during February, no longer expected;
        // h-b1's late February meeting counts for h-B, where it stood in February
        assertMonth("h-A", "2026-02", 2, 2, 2);
        assertMonth("h-B", "2026-02", 1, 1, 1);
        // h-b1 moved on 15 March: March is h-A's, including the meeting processed before the move
        assertMonth("h-A", "2026-03", 3, 3, 3);
        assertMonth("h-B", "2026-03", 0, 0, 0);
        assertMonth("h-D", "2026-03", 3, 3, 3);
        assertMonth("h-a2", "2026-03", 0, 0, 0);

        JsonNode a = figures("h-A", "2026-Q1", "then");
        assertThat(a.path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(7);
        // 7 cell-months met of 2 + 2 + 3 expected
        assertThat(rate(a, "CELLS_MEETING").path("percent").asDouble()).isEqualTo(100.0);
        JsonNode b = figures("h-B", "2026-Q1", "then");
        assertThat(b.path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(2);
        assertThat(rate(b, "CELLS_MEETING").path("percent").asDouble()).isEqualTo(100.0);
        assertThat(figures("h-P", "2026-Q1", "then").path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(9);
        // the default is each month's tree
        assertThat(json("/api/organisations/h-A/indicators?period=2026-Q1").path("counts").path("MEETINGS_HELD").asLong())
                .isEqualTo(7);
    }

    @Test
    void onTodaysTreeTheSameCellFiguresAreRegroupedUnderTodaysCommittees() {
        // h-A now holds h-a1, h-a2 (ended), h-a3, h-b1: 3 + 2 + 1 + 3 meetings
        JsonNode a = figures("h-A", "2026-Q1", "current");
        assertThat(a.path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(9);
        assertThat(a.path("counts").path("CELLS_MET").asLong()).isEqualTo(9);
        // cells of today's h-A standing in each month: January h-a1, h-a2, h-b1; February and March h-a1, h-a3, h-b1
        assertThat(figures("h-A", "2026-01", "current").path("cells").asLong()).isEqualTo(3);
        assertThat(figures("h-A", "2026-02", "current").path("cells").asLong()).isEqualTo(3);
        assertThat(rate(a, "CELLS_MEETING").path("percent").asDouble()).isEqualTo(100.0);
        JsonNode b = figures("h-B", "2026-Q1", "current");
        assertThat(b.path("counts").path("MEETINGS_HELD").asLong()).isZero();
        assertThat(b.path("cells").asLong()).isZero();
        assertThat(rate(b, "CELLS_MEETING").path("percent").isNull()).isTrue();
        // the district's own figures do not depend on how its units are grouped
        assertThat(figures("h-D", "2026-Q1", "current").path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(9);
        assertThat(figures("h-D", "2026-Q1", "current").path("months").asLong()).isEqualTo(3);
    }

    @Test
    void onEitherTreeEveryCountOfACommitteeIsTheSumOverTheUnitsBelowIt() {
        for (String tree : new String[] {"then", "current"}) {
            Figures.assertUnitsAddUp(http, new String[] {"h-P", "h-D", "h-A", "h-B", "h-B1"},
                    new String[] {"2026-01", "2026-02", "2026-03", "2026-Q1", "2026-H1", "2026"}, "&tree=" + tree);
        }
        // on each month's tree, h-b1 stands below h-A for March only, and h-a3 from February
        JsonNode belowA = json("/api/organisations/h-A/children/indicators?period=2026-Q1");
        assertThat(belowA.findValuesAsText("organisationId")).containsExactly("h-a1", "h-a2", "h-a3", "h-b1");
        assertThat(belowA.get(3).path("months").asLong()).isEqualTo(1);
        assertThat(belowA.get(3).path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(1);
        assertThat(belowA.get(2).path("months").asLong()).isEqualTo(2);
    }

    @Test
    void badDatesAndTreesAndOrganisationsNotInTheTreeThatDayAreClearProblems() {
        var absorbed = http.getForEntity("/api/organisations/h-a2?asOf=2026-03-01", String.class);
        assertThat(absorbed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(absorbed.getBody()).contains("tổ chức trong cơ cấu tại ngày đã hỏi", "organisation in the tree on the date asked");
        assertThat(http.getForEntity("/api/organisations/h-a3/children?asOf=2026-01-15", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/organisations/khong-co/path?asOf=2026-01-15", String.class).getBody())
                .contains("Không có tổ chức với mã 'khong-co'");

        var badDay = http.getForEntity("/api/organisations/h-A?asOf=2026-02-30", String.class);
        assertThat(badDay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDay.getBody()).contains("\"code\":\"invalid-parameter\"", "asOf", "2026-02-30");

        var badTree = http.getForEntity("/api/organisations/h-A/indicators?period=2026-Q1&tree=yesterday", String.class);
        assertThat(badTree.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTree.getBody()).contains("\"code\":\"invalid-parameter\"", "tree", "then, current");
    }

    @Test
    void theDashboardShowsTheTreeOfADayAndOffersTodaysTree() {
        String asOf = http.getForObject("/?org=h-A&asOf=2026-03-01", String.class);
        assertThat(asOf).contains("Cơ cấu và số liệu như đã ghi nhận đến hết ngày 01/03/2026", "Chi bộ h-a1", "Chi bộ h-a3", "Xem cơ cấu hiện nay")
                .doesNotContain("Chi bộ h-b1", "Chi bộ h-a2");
        String march = http.getForObject("/?org=h-A&month=2026-03", String.class);
        assertThat(march).contains("Số liệu tổng hợp theo", "3 trên 3 chi bộ", "Chi bộ h-b1");
        String today = http.getForObject("/?org=h-A&month=2026-01&tree=current", String.class);
        assertThat(today).contains("3 trên 3 chi bộ", "tree=current");
        String english = http.getForObject("/?org=h-A&asOf=2026-03-01&lang=en", String.class);
        assertThat(english).contains("The tree and the figures as recorded by the end of 01/03/2026");
    }

    private void assertSummary(String idAndQuery, long cells, long official, long probationary) {
        JsonNode organisation = json("/api/organisations/" + idAndQuery);
        assertThat(organisation.path("cells").asLong()).as(idAndQuery + " cells").isEqualTo(cells);
        assertThat(organisation.path("officialMembers").asLong()).as(idAndQuery + " official").isEqualTo(official);
        assertThat(organisation.path("probationaryMembers").asLong()).as(idAndQuery + " probationary").isEqualTo(probationary);
    }

    private void assertMonth(String id, String month, long held, long cellsMet, long cellsExpected) {
        JsonNode figures = figures(id, month, "then");
        assertThat(figures.path("counts").path("MEETINGS_HELD").asLong()).as(id + " " + month + " held").isEqualTo(held);
        assertThat(figures.path("counts").path("CELLS_MET").asLong()).as(id + " " + month + " met").isEqualTo(cellsMet);
        assertThat(figures.path("cells").asLong()).as(id + " " + month + " expected").isEqualTo(cellsExpected);
        JsonNode meetings = json("/api/organisations/" + id + "/meetings?month=" + month);
        assertThat(meetings.path("cells").asLong()).as(id + " " + month + " meetings' cells").isEqualTo(cellsExpected);
    }

    private JsonNode figures(String id, String period, String tree) {
        return json("/api/organisations/" + id + "/indicators?period=" + period + "&tree=" + tree);
    }

    private List<String> ids(String path) {
        return json(path).findValuesAsText("organisationId");
    }

    private static JsonNode rate(JsonNode figures, String name) {
        return Figures.rate(figures, name);
    }

    private JsonNode json(String path) {
        return Figures.json(http, path);
    }

    private static void committee(TopicWriter events, String id, String parent) {
        events.publish(id, new OrganisationCreated(id, "Đảng ủy " + id, OrganisationKind.COMMITTEE, "Cấp ủy", null, parent,
                FOUNDED));
    }

    private static void cell(TopicWriter events, String id, String parent, LocalDate created) {
        events.publish(id, new OrganisationCreated(id, "Chi bộ " + id, OrganisationKind.CELL, "Chi bộ", CellType.VILLAGE,
                parent, created));
    }

    private static void member(TopicWriter events, String id, String cell, MembershipStatus status) {
        events.publish(id, new MemberRegistered(id, cell, "Đảng viên " + id, status, FOUNDED));
    }

    private static void held(TopicWriter events, String meeting, String cell, LocalDateTime start) {
        events.publish(meeting, new MeetingScheduled(meeting, cell, REGULAR, start, "Nhà văn hóa"));
        events.publish(meeting, new MeetingHeld(meeting, cell, REGULAR, start, start.plusMinutes(100)));
    }
}
