package vn.chibo.service.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Optional;

/**
 * The authenticated person, read from their token: {@code sub} (user name), {@code name},
 * {@code member_id} (the party member they are, if any) and {@code chibo_grants} (see {@link Grant}).
 */
public record Actor(String username, String displayName, String memberId, List<Grant> grants) {

    public static final String GRANTS_CLAIM = "chibo_grants";
    public static final String MEMBER_CLAIM = "member_id";

    public static Actor of(Jwt token) {
        List<String> claims = token.hasClaim(GRANTS_CLAIM) ? token.getClaimAsStringList(GRANTS_CLAIM) : List.of();
        String name = token.hasClaim("name") ? token.getClaimAsString("name") : token.getSubject();
        return new Actor(token.getSubject(), name, token.getClaimAsString(MEMBER_CLAIM),
                claims.stream().map(Grant::parse).toList());
    }

    /** The token of the current request, to pass on when this service asks another on the person's behalf. */
    public static Optional<String> currentToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            return Optional.of(jwt.getToken().getTokenValue());
        }
        return Optional.empty();
    }

    /** The actor of the current request, if it carries a valid token. */
    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.of(of(jwt.getToken()));
        }
        return Optional.empty();
    }
}
