package vn.chibo.report.periodic;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chibo.service.security.Actor;
import vn.chibo.service.testing.TestAuthenticationAutoConfiguration;
import vn.chibo.service.testing.TestIdentities;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every endpoint of a service, called without a token, by someone entitled inside the subtree it
 * concerns, and by the same role on a sibling subtree. An endpoint with no case fails the test, so a new
 * endpoint cannot go unguarded.
 */
final class AccessMatrix {

    /** Open to anyone, or to anyone signed in (sign-in, API docs, who-am-I). */
    static final Set<String> PUBLIC = Set.of("GET /login", "POST /login", "POST /api/session", "GET /logout",
            "POST /logout", "GET /api/me", "GET /api-docs", "GET /api-docs.yaml", "GET /api-docs/swagger-config",
            "GET /swagger-ui.html");

    /** One endpoint: its URL and body as someone inside and as someone outside would send them. */
    record Case(HttpMethod method, String url, Object body, MediaType type, Actor inside, Actor outside) {
    }

    private AccessMatrix() {
    }

    /** "METHOD /pattern" of every handler the service maps. */
    static Set<String> endpoints(ApplicationContext context) {
        Set<String> endpoints = new TreeSet<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods().keySet()
                .forEach(info -> info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method + " " + pattern))));
        return endpoints;
    }

    static void check(ApplicationContext context, TestRestTemplate http, Map<String, Case> cases) {
        Set<String> guarded = new TreeSet<>(endpoints(context));
        guarded.removeAll(PUBLIC);
        assertThat(cases.keySet()).as("endpoints with a case in the access matrix").containsExactlyInAnyOrderElementsOf(guarded);
        assertSoftly(softly -> cases.forEach((endpoint, c) -> {
            softly.assertThat(call(http, c, TestAuthenticationAutoConfiguration.ANONYMOUS))
                    .as("%s without a token", endpoint).isEqualTo(401);
            softly.assertThat(call(http, c, TestIdentities.bearer(context, c.outside())))
                    .as("%s by %s", endpoint, c.outside().grants()).isEqualTo(403);
            softly.assertThat(call(http, c, TestIdentities.bearer(context, c.inside())))
                    .as("%s by %s", endpoint, c.inside().grants()).isBetween(200, 399);
        }));
    }

    private static int call(TestRestTemplate http, Case c, String authorization) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        if (c.type() != null) {
            headers.setContentType(c.type());
        }
        return http.exchange(c.url(), c.method(), new HttpEntity<>(c.body(), headers), byte[].class).getStatusCode().value();
    }
}
