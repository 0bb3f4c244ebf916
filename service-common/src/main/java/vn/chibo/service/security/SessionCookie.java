package vn.chibo.service.security;

import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.WebUtils;

import java.time.Duration;

/**
 * Browsers carry the token in a cookie: HttpOnly (scripts cannot read it) and SameSite=Strict (no
 * other site can make a browser send it, which is what keeps form posts safe without a CSRF token).
 * Cookies are per host, not per port, so one sign-in covers the three services of one host.
 */
public final class SessionCookie {

    public static final String NAME = "chibo_token";

    private SessionCookie() {
    }

    public static ResponseCookie of(String token, Duration lifetime) {
        return ResponseCookie.from(NAME, token).httpOnly(true).sameSite("Strict").path("/").maxAge(lifetime).build();
    }

    public static ResponseCookie cleared() {
        return of("", Duration.ZERO);
    }

    /**
     * The Authorization header first, else the cookie — but never the cookie on a public path: a stale
     * cookie must not stand between a browser and the sign-in page.
     */
    static BearerTokenResolver resolver(RequestMatcher publicPaths) {
        var header = new DefaultBearerTokenResolver();
        return request -> {
            String token = header.resolve(request);
            if (token != null || publicPaths.matches(request)) {
                return token;
            }
            var cookie = WebUtils.getCookie(request, NAME);
            return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
        };
    }
}
