package vn.chibo.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationContract.MergeOrganisations;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.standalone.demo.CommandApi;
import vn.chibo.standalone.demo.DemoDistrict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reorganisation a generated plan goes through once seeded: in each district the last two
 * committees directly below it merge (the second absorbed by the first, its cells and their members
 * following) and the committee before them moves directly under the province, as the 2025 reform moved
 * communes (domain brief §1). Timed from the first command to the moment query-service shows every
 * survivor holding both subtrees' cells and members and every moved committee under the province —
 * which is also the check that the rollups lost and double-counted nothing.
 */
final class Reorganisation {

    /** One district's change: {@code absorbed} merges into {@code survivor}; {@code moved} goes under the province. */
    record Change(String survivor, String absorbed, String moved) {
    }

    record Result(int changes, int commands, double seconds) {
    }

    private record Totals(long cells, long official, long probationary) {
        Totals plus(Totals other) {
            return new Totals(cells + other.cells, official + other.official, probationary + other.probationary);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Reorganisation() {
    }

    /** One change per district that has at least three committees directly below it (Biên Sơn is never one). */
    static List<Change> of(DemoDistrict plan) {
        List<Change> changes = new ArrayList<>();
        for (CreateOrganisation district : plan.organisations()) {
            if (!DemoDistrict.PROVINCE.equals(district.parentId())) {
                continue;
            }
            List<String> committees = plan.organisations().stream()
                    .filter(o -> district.organisationId().equals(o.parentId()) && o.kind() == OrganisationKind.COMMITTEE)
                    .map(CreateOrganisation::organisationId).filter(id -> !id.endsWith("xa-bien-son")).toList();
            int n = committees.size();
            if (n >= 3) {
                changes.add(new Change(committees.get(n - 2), committees.get(n - 1), committees.get(n - 3)));
            }
        }
        return changes;
    }

    static Result run(CommandApi commands, Http http, String queryUrl, List<Change> changes, LocalDate effective) {
        Map<String, Totals> expected = new java.util.HashMap<>();
        for (Change c : changes) {
            expected.put(c.survivor(), totals(http, queryUrl, c.survivor()).plus(totals(http, queryUrl, c.absorbed())));
        }
        long start = System.nanoTime();
        for (Change c : changes) {
            commands.post("/api/organisations/merge", "reorg-merge-" + c.survivor(),
                    new MergeOrganisations(c.survivor(), List.of(c.absorbed()), effective));
            commands.post("/api/organisations/" + c.moved() + "/move", "reorg-move-" + c.moved(),
                    Map.of("parentId", DemoDistrict.PROVINCE, "effectiveDate", effective.toString()));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (!applied(http, queryUrl, changes, expected)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The reorganisation was not visible in query-service within 30 minutes: "
                        + changes);
            }
            Http.sleep(100);
        }
        return new Result(changes.size(), 2 * changes.size(), (System.nanoTime() - start) / 1e9);
    }

    private static boolean applied(Http http, String queryUrl, List<Change> changes, Map<String, Totals> expected) {
        for (Change c : changes) {
            if (!totals(http, queryUrl, c.survivor()).equals(expected.get(c.survivor()))
                    || !DemoDistrict.PROVINCE.equals(summary(http, queryUrl, c.moved()).path("parentId").asText())) {
                return false;
            }
        }
        return true;
    }

    private static Totals totals(Http http, String queryUrl, String organisationId) {
        JsonNode s = summary(http, queryUrl, organisationId);
        return new Totals(s.path("cells").asLong(), s.path("officialMembers").asLong(), s.path("probationaryMembers").asLong());
    }

    private static JsonNode summary(Http http, String queryUrl, String organisationId) {
        try {
            return JSON.readTree(http.getText(queryUrl + "/api/organisations/" + organisationId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
