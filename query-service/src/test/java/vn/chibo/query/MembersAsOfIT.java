package vn.chibo.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.events.member.LeavingReason;
import vn.chibo.events.member.MemberContract.MemberLeft;
import vn.chibo.events.member.MemberContract.MemberPromoted;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.member.TransferReason;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.testing.TopicWriter;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The membership views as of a past day, against a history computed by hand. Committee a-D with cells a-x
 * and a-y (2020). Member a-1 joins a-x on 10 Jan 2026 as probationary, is promoted on 10 Mar and
 * transferred to a-y on 10 May; member a-2, official in a-x since 2020, leaves on 15 Jun 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersAsOfIT {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    void publishTheFixture() {
        try (var events = TopicWriter.of(context)) {
            events.publish("a-D", new OrganisationCreated("a-D", "Đảng ủy a-D", OrganisationKind.COMMITTEE, "Cấp ủy",
                    null, null, FOUNDED));
            for (String cell : List.of("a-x", "a-y")) {
                events.publish(cell, new OrganisationCreated(cell, "Chi bộ " + cell, OrganisationKind.CELL, "Chi bộ",
                        CellType.VILLAGE, "a-D", FOUNDED));
            }
            events.publish("a-2", new MemberRegistered("a-2", "a-x", "Đảng viên a-2", MembershipStatus.OFFICIAL, FOUNDED));
            events.publish("a-1", new MemberRegistered("a-1", "a-x", "Đảng viên a-1", MembershipStatus.PROBATIONARY,
                    LocalDate.of(2026, 1, 10)));
            events.publish("a-1", new MemberPromoted("a-1", "a-x", LocalDate.of(2026, 3, 10)));
            events.publish("a-1", new MemberTransferred("a-1", "a-x", "a-y", TransferReason.ORDINARY,
                    LocalDate.of(2026, 5, 10)));
            events.publish("a-2", new MemberLeft("a-2", "a-x", LeavingReason.TRANSFER_OUT, LocalDate.of(2026, 6, 15)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(members("a-D", "&left=true")).containsExactly("a-2 a-x OFFICIAL"));
    }

    @Test
    void beforeTheSecondJoined() {
        assertThat(members("a-D", "&asOf=2026-01-09")).containsExactly("a-2 a-x OFFICIAL");
        assertThat(http.getForEntity("/api/members/a-1?asOf=2026-01-09", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void probationaryUntilPromoted() {
        assertThat(members("a-D", "&asOf=2026-03-09")).containsExactly("a-1 a-x PROBATIONARY", "a-2 a-x OFFICIAL");
        assertThat(members("a-D", "&asOf=2026-03-09&status=PROBATIONARY")).containsExactly("a-1 a-x PROBATIONARY");
        JsonNode a1 = json("/api/members/a-1?asOf=2026-03-09");
        assertThat(row(a1.path("member"))).isEqualTo("a-1 a-x PROBATIONARY");
        assertThat(a1.path("member").hasNonNull("promotedOn")).isFalse();
        assertThat(a1.path("transfers")).isEmpty();
        assertThat(row(json("/api/members/a-1?asOf=2026-03-10").path("member"))).isEqualTo("a-1 a-x OFFICIAL");
    }

    @Test
    void placedByTheTransferFromItsDay() {
        assertThat(members("a-x", "&asOf=2026-05-10")).containsExactly("a-2 a-x OFFICIAL");
        assertThat(members("a-y", "&asOf=2026-05-10")).containsExactly("a-1 a-y OFFICIAL");
        assertThat(members("a-y", "&asOf=2026-05-09")).isEmpty();
        JsonNode a1 = json("/api/members/a-1?asOf=2026-05-10");
        assertThat(row(a1.path("member"))).isEqualTo("a-1 a-y OFFICIAL");
        assertThat(a1.path("member").path("inCellSince").asText()).isEqualTo("2026-05-10");
        assertThat(a1.path("transfers")).hasSize(1);
    }

    @Test
    void goneFromTheDayTheyLeft() {
        assertThat(members("a-D", "&asOf=2026-06-14")).containsExactly("a-2 a-x OFFICIAL", "a-1 a-y OFFICIAL");
        assertThat(members("a-D", "&asOf=2026-06-15")).containsExactly("a-1 a-y OFFICIAL");
        assertThat(members("a-D", "&asOf=2026-06-15&left=true")).containsExactly("a-2 a-x OFFICIAL");
        assertThat(members("a-D", "&asOf=2026-06-14&left=true")).isEmpty();
        assertThat(json("/api/members/a-2?asOf=2026-06-14").path("member").hasNonNull("leftOn")).isFalse();
        assertThat(json("/api/members/a-2?asOf=2026-06-15").path("member").path("leftOn").asText()).isEqualTo("2026-06-15");
    }

    @Test
    void aBadDayOrADayBeforeTheOrganisation() {
        for (String path : List.of("/api/organisations/a-D/members?asOf=2026-02-30", "/api/members/a-1?asOf=2026-02-30")) {
            var answer = http.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).contains("\"code\":\"invalid-parameter\"", "asOf");
        }
        assertThat(http.getForEntity("/api/organisations/a-D/members?asOf=2019-12-31", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** "member cell status" of each listed member, in the order given. */
    private List<String> members(String organisationId, String query) {
        List<String> rows = new ArrayList<>();
        json("/api/organisations/" + organisationId + "/members?size=50" + query).path("items").forEach(m -> rows.add(row(m)));
        return rows;
    }

    private static String row(JsonNode member) {
        return member.path("memberId").asText() + " " + member.path("cellId").asText() + " " + member.path("status").asText();
    }

    private JsonNode json(String path) {
        return Figures.json(http, path);
    }
}
