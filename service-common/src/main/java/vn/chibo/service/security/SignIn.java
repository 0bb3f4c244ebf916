package vn.chibo.service.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.service.web.Problem;
import vn.chibo.service.web.Texts;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The embedded default's sign-in with built-in accounts: a page for browsers (sets the token cookie)
 * and {@code POST /api/session} for API clients (returns the token). With an identity provider this is
 * not there: the provider signs people in.
 */
@RestController
@RequestMapping(produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_JSON_VALUE})
public class SignIn {

    private final SecurityProperties properties;
    private final TokenIssuer issuer;
    private final PasswordEncoder passwords;
    private final Texts texts;

    SignIn(SecurityProperties properties, TokenIssuer issuer, PasswordEncoder passwords, Texts texts) {
        this.properties = properties;
        this.issuer = issuer;
        this.passwords = passwords;
        this.texts = texts;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    public String page(@RequestParam(defaultValue = "/") String next, @RequestParam(defaultValue = "vi") String lang) {
        return SignInPage.render(language(lang), texts, safe(next), false, properties.accounts());
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> signIn(@RequestParam String username, @RequestParam String password,
                                         @RequestParam(defaultValue = "/") String next,
                                         @RequestParam(defaultValue = "vi") String lang) {
        Optional<Actor> actor = authenticate(username, password);
        if (actor.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_HTML)
                    .body(SignInPage.render(language(lang), texts, safe(next), true, properties.accounts()));
        }
        var token = issuer.issue(actor.get(), properties.tokenLifetime());
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(safe(next)))
                .header(HttpHeaders.SET_COOKIE, SessionCookie.of(token.token(), properties.tokenLifetime()).toString())
                .build();
    }

    @PostMapping(path = "/api/session", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> session(@RequestBody Credentials credentials) {
        return authenticate(credentials.username(), credentials.password())
                .<ResponseEntity<?>>map(actor -> {
                    var token = issuer.issue(actor, properties.tokenLifetime());
                    return ResponseEntity.ok(new Session(token.token(), token.expiresAt(), actor));
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(badCredentials()));
    }

    @RequestMapping(path = "/logout", method = {org.springframework.web.bind.annotation.RequestMethod.GET,
            org.springframework.web.bind.annotation.RequestMethod.POST})
    public ResponseEntity<Void> signOut() {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(properties.loginPage()))
                .header(HttpHeaders.SET_COOKIE, SessionCookie.cleared().toString()).build();
    }

    private Optional<Actor> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return properties.accounts().stream()
                .filter(account -> account.username().equals(username))
                .filter(account -> passwords.matches(password, account.password()))
                .map(SecurityProperties.Account::actor)
                .findFirst();
    }

    private ProblemDetail badCredentials() {
        return Problem.of(HttpStatus.UNAUTHORIZED, "bad-credentials", texts.of("problem.bad-credentials.title"),
                texts.of("problem.bad-credentials.detail"));
    }

    /** Only a path on this host: never an open redirect to somewhere else. */
    static String safe(String next) {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().noneMatch(c -> c < 0x20);
        return local ? next : "/";
    }

    private static Locale language(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Texts.VIETNAMESE;
    }

    public record Credentials(String username, String password) {
    }

    public record Session(String token, Instant expiresAt, Actor actor) {
    }
}
