package vn.chibo.report.access;

import org.springframework.boot.web.client.RestClientCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import vn.chibo.service.security.Actor;

/**
 * Calls to query-service and command-service carry the token of the person whose request caused
 * them, so those services decide with that person's rights (and record them as the actor); calls on
 * nobody's request carry the {@link ServiceIdentity}'s. A call that set its own header keeps it.
 */
@Component
class ForwardedToken implements RestClientCustomizer {

    private final ServiceIdentity service;

    ForwardedToken(ServiceIdentity service) {
        this.service = service;
    }

    @Override
    public void customize(org.springframework.web.client.RestClient.Builder builder) {
        builder.requestInterceptor((request, body, execution) -> {
            HttpHeaders headers = request.getHeaders();
            if (!headers.containsKey(HttpHeaders.AUTHORIZATION)) {
                headers.setBearerAuth(personsToken());
            }
            return execution.execute(request, body);
        });
    }

    private String personsToken() {
        return Actor.currentToken().orElseGet(service::token);
    }
}
