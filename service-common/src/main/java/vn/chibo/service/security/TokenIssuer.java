package vn.chibo.service.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The embedded default's token issuer: signs the same claims an identity provider would put in its
 * tokens (see {@link Actor}) with the platform's shared secret. Absent when an identity provider is
 * configured.
 */
public class TokenIssuer {

    public static final String ISSUER = "chibo";

    private final NimbusJwtEncoder encoder;
    private final Clock clock;

    public TokenIssuer(SecretKey secret, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(secret));
        this.clock = clock;
    }

    public IssuedToken issue(Actor actor, Duration lifetime) {
        Instant now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(actor.username())
                .claim("name", actor.displayName())
                .claim(Actor.GRANTS_CLAIM, actor.grants().stream().map(Grant::asClaim).toList())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime));
        if (actor.memberId() != null) {
            claims.claim(Actor.MEMBER_CLAIM, actor.memberId());
        }
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(token, now.plus(lifetime));
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
