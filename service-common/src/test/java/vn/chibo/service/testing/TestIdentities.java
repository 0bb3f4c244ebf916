package vn.chibo.service.testing;

import org.springframework.context.ApplicationContext;
import vn.chibo.service.security.Actor;
import vn.chibo.service.security.Grant;
import vn.chibo.service.security.Role;
import vn.chibo.service.security.TokenIssuer;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Tokens for tests, signed by the service under test's own issuer. {@link #PLATFORM} holds every role
 * over the whole tree: it is what TestRestTemplate sends when a test names nobody (see
 * {@link TestAuthenticationAutoConfiguration}), so tests about other things need not sign in.
 */
public final class TestIdentities {

    public static final Actor PLATFORM = new Actor("kiem-thu", "Kiểm thử tự động", null,
            Arrays.stream(Role.values()).map(role -> Grant.of(role, Grant.WHOLE_TREE)).toList());

    /** For tests that run two services which must accept each other's tokens (chibo.security.secret). */
    public static final String SHARED_SECRET = "chibo-test-secret-shared-by-services-under-test";

    private TestIdentities() {
    }

    public static Actor actor(String username, Role role, String organisationId) {
        return new Actor(username, username, null, List.of(Grant.of(role, organisationId)));
    }

    public static Actor member(String username, String memberId, String cellId) {
        return new Actor(username, username, memberId, List.of(Grant.of(Role.MEMBER, cellId)));
    }

    /** The value of an Authorization header for the actor. */
    public static String bearer(ApplicationContext context, Actor actor) {
        return "Bearer " + context.getBean(TokenIssuer.class).issue(actor, Duration.ofHours(1)).token();
    }
}
