package vn.chibo.standalone.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.chibo.events.ContractJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client of command-service's REST API: the only way the demo data gets in. */
public class CommandApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = ContractJson.newObjectMapper();
    private final String baseUrl;
    private final String bearerToken;

    /** Commands are sent as the token's bearer, who must be allowed to send them (see Platform#operatorToken). */
    public CommandApi(String baseUrl, String bearerToken) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    /** Posts a command; a replay of an already applied command id is fine, any other answer is not. */
    public void post(String path, String commandId, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", commandId)
                    .header("Authorization", "Bearer " + bearerToken)
                    .header("X-Correlation-Id", "demo-seed")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " " + commandId + " → " + response.statusCode() + " " + response.body());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new IllegalStateException("command-service did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
