package vn.chibo.service.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code chibo.security}: either an identity provider ({@code issuer-uri}, production) or the embedded
 * default — a shared {@code secret} that signs and checks tokens, and built-in {@code accounts}.
 */
@ConfigurationProperties("chibo.security")
public record SecurityProperties(String issuerUri, String secret, Duration tokenLifetime, String loginPage,
                                 List<Account> accounts) {

    public SecurityProperties {
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(8) : tokenLifetime;
        loginPage = loginPage == null || loginPage.isBlank() ? "/login" : loginPage;
        accounts = accounts == null ? List.of() : accounts;
    }

    public boolean usesIdentityProvider() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** A built-in account: password in Spring's {@code {id}encoded} form, e.g. {@code {noop}…} or {@code {bcrypt}…}. */
    public record Account(String username, String password, String name, String memberId, List<String> grants) {

        public Actor actor() {
            return new Actor(username, name == null ? username : name, memberId,
                    grants == null ? List.of() : grants.stream().map(Grant::parse).toList());
        }
    }
}
