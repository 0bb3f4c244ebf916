package vn.chibo.report.approval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import vn.chibo.service.web.Bilingual;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.io.IOException;
import java.time.Duration;

/**
 * Sends the officer's decisions on reports (submit, accept, return, reopen) to command-service, where
 * they become events with who and when. Not retried: a command carries its id, and the officer sees
 * the outcome and may send again, which command-service applies once.
 */
@Component
class CommandServiceClient {

    private final RestClient http;
    private final ObjectMapper json;

    CommandServiceClient(RestClient.Builder builder, ObjectMapper json,
                         @Value("${chibo.command-service.url}") String baseUrl,
                         @Value("${chibo.command-service.read-timeout:10s}") Duration readTimeout) {
        var timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(readTimeout);
        this.http = builder.baseUrl(baseUrl).requestFactory(timeouts).build();
        this.json = json;
    }

    /** Sends the command; a refusal is {@link Approvals.Refused} with command-service's own bilingual detail. */
    void send(String path, String commandId, Object command) {
        try {
            http.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", commandId)
                    .body(command).retrieve().toBodilessEntity();
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().is4xxClientError()) {
                throw new Approvals.Refused(reason(e.getResponseBodyAsString()));
            }
            throw new Approvals.Unavailable(e);
        } catch (RestClientException e) {
            throw new Approvals.Unavailable(e);
        }
    }

    private Bilingual reason(String problem) {
        try {
            JsonNode body = json.readTree(problem);
            return new Bilingual(body.path("detail").asText(body.path("title").asText("")),
                    body.path("detailEn").asText(body.path("titleEn").asText("")));
        } catch (IOException e) {
            return new Bilingual("", "");
        }
    }
}
