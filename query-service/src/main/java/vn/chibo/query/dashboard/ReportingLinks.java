package vn.chibo.query.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of reporting-service's reports page, as the reader's browser reaches it. */
@Component
public class ReportingLinks {

    private final String baseUrl;

    ReportingLinks(@Value("${chibo.reporting-service.public-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The organisation's reports. */
    public String reports(String organisationId) {
        return page().queryParam("organisationId", organisationId).encode().toUriString();
    }

    /** The reports of the organisation's units of one type and period, where the superior decides on them. */
    public String unitsReports(String organisationId, String type, String period) {
        return page().queryParam("organisationId", organisationId).queryParam("type", type)
                .queryParam("period", period).encode().toUriString();
    }

    private UriComponentsBuilder page() {
        return UriComponentsBuilder.fromUriString(baseUrl).path("/reports");
    }
}
