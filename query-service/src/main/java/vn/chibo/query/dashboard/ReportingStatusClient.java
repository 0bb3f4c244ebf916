package vn.chibo.query.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportContract.ReportingStatus;
import vn.chibo.events.report.ReportType;
import vn.chibo.service.security.Actor;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads the units' report statuses from reporting-service over HTTP, in the contract's types. The
 * dashboard does without them when reporting-service does not answer in time or refuses: nothing on
 * the page waits on it for longer than the timeout ({@code chibo.reporting-service.timeout}).
 */
@Component
class ReportingStatusClient {

    private static final Logger log = LoggerFactory.getLogger(ReportingStatusClient.class);

    private final RestClient http;

    ReportingStatusClient(RestClient.Builder builder, @Value("${chibo.reporting-service.url}") String baseUrl,
                          @Value("${chibo.reporting-service.timeout:2s}") Duration timeout) {
        var timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(timeout);
        timeouts.setReadTimeout(timeout);
        this.http = builder.baseUrl(baseUrl).requestFactory(timeouts).build();
    }

    /** The reports of the units directly below the organisation, or empty when reporting-service did not answer. */
    Optional<ReportingStatus> status(String organisationId, ReportType type, Period period) {
        try {
            // asked on the reader's behalf: reporting-service answers what the reader may see
            var request = http.get().uri("/api/reports/status?organisationId={id}&type={type}&period={period}",
                    organisationId, type, period.code());
            Actor.currentToken().ifPresent(token -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
            return Optional.ofNullable(request.retrieve().body(ReportingStatus.class));
        } catch (RestClientException e) {
            log.debug("No report statuses of {} {} {}: {}", organisationId, type, period.code(), e.toString());
            return Optional.empty();
        }
    }
}
