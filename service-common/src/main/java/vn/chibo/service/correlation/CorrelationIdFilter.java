package vn.chibo.service.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chibo.events.EventMetadata;

import java.io.IOException;
import java.util.UUID;

/**
 * Takes the caller's {@code X-Correlation-Id} (or makes one), puts it in the log context and echoes
 * it back, so one request can be followed through every service's logs and into its events.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getHeader(HEADER);
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,64}")) {
            id = UUID.randomUUID().toString();
        }
        MDC.put(EventMetadata.CORRELATION_ID, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(EventMetadata.CORRELATION_ID);
        }
    }

    /** The correlation id of the request being handled on this thread, if any. */
    public static String current() {
        return MDC.get(EventMetadata.CORRELATION_ID);
    }
}
