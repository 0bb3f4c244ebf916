package vn.chibo.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the query API's indicator answers in tests. */
final class Figures {

    private Figures() {
    }

    static JsonNode json(TestRestTemplate http, String path) {
        var response = http.getForEntity(path, JsonNode.class);
        return response.getStatusCode().is2xxSuccessful() ? response.getBody() : MissingNode.getInstance();
    }

    static JsonNode rate(JsonNode figures, String name) {
        for (JsonNode rate : figures.path("rates")) {
            if (rate.path("rate").asText().equals(name)) {
                return rate;
            }
        }
        throw new AssertionError("no rate " + name);
    }

    /** Every count of each committee equals the sum over the units listed below it, for every period. */
    static void assertUnitsAddUp(TestRestTemplate http, String[] committees, String[] periods, String options) {
        for (String period : periods) {
            for (String committee : committees) {
                JsonNode parent = json(http, "/api/organisations/" + committee + "/indicators?period=" + period + options)
                        .path("counts");
                JsonNode children = json(http, "/api/organisations/" + committee + "/children/indicators?period=" + period
                        + options);
                parent.fieldNames().forEachRemaining(indicator -> {
                    long sum = 0;
                    for (JsonNode child : children) {
                        sum += child.path("counts").path(indicator).asLong();
                    }
                    assertThat(parent.path(indicator).asLong()).as(committee + " " + period + options + " " + indicator)
                            .isEqualTo(sum);
                });
            }
        }
    }
}
