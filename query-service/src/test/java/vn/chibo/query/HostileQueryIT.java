package vn.chibo.query;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chibo.infrastructure.spring.FreshInfrastructure;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile addresses at every read endpoint and page of the service (found from its request mappings):
 * hostile ids in the path, hostile values in each query parameter. The answer is never a server error,
 * and no page (HTML) shows what it was sent without escaping it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + QueryServiceApplication.CONFIG_NAME,
                // no reporting-service: the dashboard's part on units' reports answers without it, at once
                "chibo.reporting-service.url=http://127.0.0.1:9"})
@ContextConfiguration(initializers = FreshInfrastructure.class)
class HostileQueryIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final List<String> HOSTILE = List.of(SCRIPT, "'; drop table organisation; --", "x".repeat(5000),
            "%00", "%C0%AE%C0%AE", "..%2F..%2Fetc%2Fpasswd", "-1", "99999999999999999999", "2026-13", "2026-Q9",
            "%F0%28%8C%28", "%E2%80%AE");

    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyReadEndpointAnswersHostileAddressesWithoutAServerErrorOrUnescapedEcho() {
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> reads = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .filter(e -> e.getKey().getPatternValues().stream().noneMatch(p -> p.endsWith("/changes")))
                .toList();
        assertThat(reads).as("read endpoints found").hasSizeGreaterThan(20);
        int requests = 0;
        for (var read : reads) {
            for (String pattern : read.getKey().getPatternValues()) {
                List<String> parameters = parameters(read.getValue());
                for (String hostile : HOSTILE) {
                    String path = pattern.replaceAll("\\{[^}]+}", encoded(hostile));
                    check(path);
                    for (String parameter : parameters) {
                        check(pattern.replaceAll("\\{[^}]+}", "r-unknown") + "?" + parameter + "=" + encoded(hostile));
                        requests++;
                    }
                    requests++;
                }
            }
        }
        assertThat(requests).isGreaterThan(200);
    }

    /** Static files are not served from arbitrary paths: an address with nothing behind it is a 404 problem. */
    @Test
    void anAddressWithNothingBehindItIsNotFound() {
        for (String path : List.of("/favicon.ico", "/khong-co-gi-o-day", "/api/khong-co")) {
            var response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(404);
        }
    }

    private void check(String pathAndQuery) {
        ResponseEntity<String> response = http.exchange(URI.create(http.getRootUri() + pathAndQuery), HttpMethod.GET, null,
                String.class);
        String what = abbreviated(pathAndQuery) + " → " + response.getStatusCode();
        assertThat(response.getStatusCode().is5xxServerError()).as(what + " " + abbreviated(response.getBody())).isFalse();
        // JSON may quote what it was sent (its content type keeps browsers from running it); a page never
        var type = response.getHeaders().getContentType();
        if (response.getBody() != null && (type == null || type.includes(org.springframework.http.MediaType.TEXT_HTML))) {
            assertThat(response.getBody()).as(what).doesNotContain(SCRIPT);
        }
    }

    /** Percent-encodes what is not already an escape sequence, so each reaches the server as meant. */
    private static String encoded(String value) {
        return value.contains("%") ? value : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> parameters(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                names.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName());
            }
        }
        names.addAll(List.of("page", "size"));
        return names;
    }

    private static String abbreviated(String text) {
        return text == null ? "null" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
