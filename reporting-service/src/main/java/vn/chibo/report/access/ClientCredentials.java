package vn.chibo.report.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * With an identity provider, reporting-service signs in as its own client (OAuth2 client-credentials
 * grant: {@code CHIBO_OIDC_CLIENT_ID} / {@code CHIBO_OIDC_CLIENT_SECRET}); the provider puts the
 * service's grants in the token like anyone's. Spring's client manager caches and renews the token.
 * Set up on first use, so the embedded default never touches it.
 */
@Component
class ClientCredentials {

    private static final String REGISTRATION = "chibo-reporting-service";

    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;
    private volatile AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

    ClientCredentials(@Value("${chibo.security.issuer-uri:}") String issuerUri,
                      @Value("${chibo.security.client-id:}") String clientId,
                      @Value("${chibo.security.client-secret:}") String clientSecret) {
        this.issuerUri = issuerUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    String token() {
        var client = manager().authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                .principal("reporting-service").build());
        if (client == null) {
            throw new IllegalStateException("the identity provider gave reporting-service no token");
        }
        return client.getAccessToken().getTokenValue();
    }

    private AuthorizedClientServiceOAuth2AuthorizedClientManager manager() {
        if (manager == null) {
            synchronized (this) {
                if (manager == null) {
                    var registration = ClientRegistrations.fromIssuerLocation(issuerUri).registrationId(REGISTRATION)
                            .clientId(clientId).clientSecret(clientSecret)
                            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build();
                    var registrations = new InMemoryClientRegistrationRepository(registration);
                    var created = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                            new InMemoryOAuth2AuthorizedClientService(registrations));
                    created.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
                    manager = created;
                }
            }
        }
        return manager;
    }
}
