package vn.chibo.report.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chibo.service.security.Actor;
import vn.chibo.service.security.Grant;
import vn.chibo.service.security.Role;
import vn.chibo.service.security.TokenIssuer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * reporting-service's own identity, for what it does on nobody's request: scheduled generation and
 * the tree lookups of access decisions. It reads (and audits) the whole tree and decides nothing.
 * Embedded default: a token from the shared issuer. With an identity provider: a client-credentials
 * token (see {@link ClientCredentials}).
 */
@Component
public class ServiceIdentity {

    static final Actor REPORTING_SERVICE = new Actor("reporting-service", "Dịch vụ báo cáo", null,
            List.of(Grant.of(Role.AUDITOR, Grant.WHOLE_TREE)));
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final ObjectProvider<TokenIssuer> issuer;
    private final ObjectProvider<ClientCredentials> clientCredentials;
    private volatile TokenIssuer.IssuedToken current;

    ServiceIdentity(ObjectProvider<TokenIssuer> issuer, ObjectProvider<ClientCredentials> clientCredentials) {
        this.issuer = issuer;
        this.clientCredentials = clientCredentials;
    }

    /** A bearer token valid for at least a few more minutes. */
    public String token() {
        TokenIssuer embedded = issuer.getIfAvailable();
        if (embedded == null) {
            return clientCredentials.getObject().token();
        }
        var token = current;
        if (token == null || token.expiresAt().isBefore(Instant.now().plus(Duration.ofMinutes(5)))) {
            token = embedded.issue(REPORTING_SERVICE, LIFETIME);
            current = token;
        }
        return token.token();
    }
}
