package vn.chibo.report.queryservice;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.chibo.events.Page;
import vn.chibo.events.audit.AuditContract.AuditEntryView;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.YearQuality;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.indicator.ReadModelPosition;
import vn.chibo.events.meeting.MeetingContract.MeetingRecord;
import vn.chibo.events.meeting.MeetingContract.MonthlyMeetings;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.events.resolution.ResolutionContract.ResolutionRecord;
import vn.chibo.report.access.ServiceIdentity;
import vn.chibo.service.web.NotFoundException;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * Reads figures from query-service's read models over HTTP, in the contract's own types. Every call
 * has connect and read timeouts, is retried a few times and passes a circuit breaker (settings under
 * {@code resilience4j.*.instances.query-service}); a call that still fails is {@link QueryServiceUnavailable}.
 * A 404 is an answer, not a failure: it is neither retried nor counted by the breaker.
 */
@Component
public class QueryServiceClient {

    static final String RESILIENCE = "query-service";

    private final RestClient http;
    private final ServiceIdentity service;

    public QueryServiceClient(RestClient.Builder builder, ServiceIdentity service,
                              @Value("${chibo.query-service.url}") String baseUrl,
                              @Value("${chibo.query-service.connect-timeout:2s}") Duration connectTimeout,
                              @Value("${chibo.query-service.read-timeout:5s}") Duration readTimeout) {
        var timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(connectTimeout);
        timeouts.setReadTimeout(readTimeout);
        this.http = builder.baseUrl(baseUrl).requestFactory(timeouts).build();
        this.service = service;
    }

    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public OrganisationSummary organisation(String organisationId) {
        return get("kind.organisation", "/api/organisations/{id}", new ParameterizedTypeReference<>() { }, organisationId);
    }

    /** The organisations directly below, as the tree stands now. */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public List<OrganisationSummary> children(String organisationId) {
        return get("kind.organisation", "/api/organisations/{id}/children", new ParameterizedTypeReference<>() { },
                organisationId);
    }

    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public MonthlyMeetings monthlyMeetings(String organisationId, YearMonth month) {
        return get("kind.organisation", "/api/organisations/{id}/meetings?month={month}", new ParameterizedTypeReference<>() { },
                organisationId, month);
    }

    /** The indicators of the organisation's whole subtree over the period. */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public IndicatorFigures indicators(String organisationId, Period period) {
        return get("kind.organisation", "/api/organisations/{id}/indicators?period={period}", new ParameterizedTypeReference<>() { },
                organisationId, period.code());
    }

    /** The indicators of each organisation directly below, each over its own subtree. */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public List<IndicatorFigures> childIndicators(String organisationId, Period period) {
        return get("kind.organisation", "/api/organisations/{id}/children/indicators?period={period}", new ParameterizedTypeReference<>() { },
                organisationId, period.code());
    }

    /** Each cell's meeting quality classified for the year, and the cells at each level. */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public YearQuality yearQuality(String organisationId, int year) {
        return get("kind.organisation", "/api/organisations/{id}/quality-classification?year={year}",
                new ParameterizedTypeReference<>() { }, organisationId, year);
    }

    /** How far the read model has read the event topic. */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public ReadModelPosition readModelPosition() {
        return get("kind.read-model", "/api/read-model/position", new ParameterizedTypeReference<>() { }, "read-model");
    }

    /** A meeting's record as its minutes hold it (biên bản). */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public MeetingRecord meetingRecord(String meetingId) {
        return get("kind.meeting", "/api/meetings/{id}", new ParameterizedTypeReference<>() { }, meetingId);
    }

    /** A resolution with its text, amendments, vote and tasks (nghị quyết). */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public ResolutionRecord resolutionRecord(String resolutionId) {
        return get("kind.resolution", "/api/resolutions/{id}", new ParameterizedTypeReference<>() { }, resolutionId);
    }

    /** One page (of at most 500) of the subtree's decision log for the period, oldest first. */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public Page<AuditEntryView> decisions(String organisationId, Period period, boolean all, int page) {
        return get("kind.organisation",
                "/api/audit/organisations/{id}/decisions?period={period}&all={all}&page={page}&size=500",
                new ParameterizedTypeReference<>() { }, organisationId, period.code(), all, page);
    }

    /**
     * The organisation directly above, named in a document's header; read as the service, since a
     * cell's secretary may not read the committee above the cell. Null for a root.
     */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public OrganisationSummary superiorOf(OrganisationSummary organisation) {
        if (organisation.parentId() == null) {
            return null;
        }
        return fetch("kind.organisation", "/api/organisations/{id}", new ParameterizedTypeReference<>() { },
                service.token(), organisation.parentId());
    }

    /** The way down from the root to the organisation, read with the given token (the service's own). */
    @Retry(name = RESILIENCE)
    @CircuitBreaker(name = RESILIENCE)
    public List<OrganisationSummary> pathAs(String organisationId, String bearerToken) {
        return fetch("kind.organisation", "/api/organisations/{id}/path", new ParameterizedTypeReference<>() { },
                bearerToken, organisationId);
    }

    private <T> T get(String kindCode, String path, ParameterizedTypeReference<T> type, Object... variables) {
        return fetch(kindCode, path, type, null, variables);
    }

    /**
     * {@code kindCode} names what a 404 did not find, for the problem shown to the user. Without a
     * token the call carries the caller's (see ForwardedToken); query-service's refusal is the caller's.
     */
    private <T> T fetch(String kindCode, String path, ParameterizedTypeReference<T> type, String bearerToken,
                      Object... variables) {
        try {
            var request = http.get().uri(path, variables);
            if (bearerToken != null) {
                request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken);
            }
            T body = request.retrieve().body(type);
            if (body == null) {
                throw new QueryServiceUnavailable(new IllegalStateException("empty answer to " + path));
            }
            return body;
        } catch (HttpClientErrorException.NotFound e) {
            throw new NotFoundException(kindCode, String.valueOf(variables[0]));
        } catch (HttpClientErrorException.Forbidden | HttpClientErrorException.Unauthorized e) {
            throw new AccessDeniedException("query-service refused " + path);
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
