package vn.chibo.report.queryservice;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chibo.service.web.Problem;
import vn.chibo.service.web.Texts;

/** query-service unreachable, failing, or the breaker open: a 503 that says no report was made. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryServiceProblems {

    private final Texts texts;

    QueryServiceProblems(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler({QueryServiceClient.QueryServiceUnavailable.class, CallNotPermittedException.class})
    ResponseEntity<ProblemDetail> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .body(Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "query-service-unavailable",
                        texts.of("problem.query-service-unavailable.title"),
                        texts.of("problem.query-service-unavailable.detail")));
    }
}
