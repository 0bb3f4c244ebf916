package vn.chibo.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.service.web.Problem;
import vn.chibo.service.web.Texts;

import java.io.IOException;

/**
 * What a caller without a valid token (401) or without the right (403) gets: a browser asking for a
 * page is sent to the sign-in page and back; everyone else gets a bilingual problem.
 */
class SecurityProblems {

    private final Texts texts;
    private final ObjectMapper json;
    private final String loginPage;

    SecurityProblems(Texts texts, ObjectMapper json, String loginPage) {
        this.texts = texts;
        this.json = json;
        this.loginPage = loginPage;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            if (wantsPage(request)) {
                response.sendRedirect(UriComponentsBuilder.fromUriString(loginPage)
                        .queryParam("next", pathOf(request)).encode().build().toUriString());
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "authentication-required");
        };
    }

    AccessDeniedHandler deniedHandler() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "access-denied");
    }

    /** A request the firewall refuses (encoded percent or NUL, path traversal…): a problem like any other bad input. */
    RequestRejectedHandler rejectedHandler() {
        return (request, response, e) -> write(response, HttpStatus.BAD_REQUEST, "rejected-request");
    }

    private void write(HttpServletResponse response, HttpStatus status, String code) throws IOException {
        var problem = Problem.of(status, code, texts.of("problem." + code + ".title"),
                texts.of("problem." + code + ".detail"));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod()) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !request.getRequestURI().startsWith("/api/");
    }

    private static String pathOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
