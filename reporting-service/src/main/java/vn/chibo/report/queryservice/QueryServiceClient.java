package vn.chibo.report.queryservice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.chibo.events.meeting.MeetingContract.MonthlyMeetings;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.service.web.NotFoundException;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/** Reads figures from query-service's read models over HTTP, in the contract's own types. */
@Component
public class QueryServiceClient {

    private final RestClient http;

    public QueryServiceClient(RestClient.Builder builder, @Value("${chibo.query-service.url}") String baseUrl) {
        var timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(5));
        this.http = builder.baseUrl(baseUrl).requestFactory(timeouts).build();
    }

    public OrganisationSummary organisation(String organisationId) {
        return get("/api/organisations/{id}", OrganisationSummary.class, organisationId);
    }

    /** The organisations directly below, as the tree stands now. */
    public List<OrganisationSummary> children(String organisationId) {
        return List.of(get("/api/organisations/{id}/children", OrganisationSummary[].class, organisationId));
    }

    public MonthlyMeetings monthlyMeetings(String organisationId, YearMonth month) {
        return get("/api/organisations/{id}/meetings?month={month}", MonthlyMeetings.class, organisationId, month);
    }

    private <T> T get(String path, Class<T> type, Object... variables) {
        try {
            return http.get().uri(path, variables).retrieve().body(type);
        } catch (HttpClientErrorException.NotFound e) {
            throw new NotFoundException("kind.organisation", String.valueOf(variables[0]));
        } catch (RestClientException e) {
            throw new QueryServiceUnavailable(e);
        }
    }

    /** query-service did not answer, or answered with an error: no report can be made now. */
    public static class QueryServiceUnavailable extends RuntimeException {
        QueryServiceUnavailable(Throwable cause) {
            super("query-service unavailable", cause);
        }
    }
}
