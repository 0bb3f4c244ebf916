package vn.chibo.report.queryservice;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chibo.service.web.Problem;
import vn.chibo.service.web.Texts;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryServiceProblems {

    private final Texts texts;

    QueryServiceProblems(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(QueryServiceClient.QueryServiceUnavailable.class)
    ProblemDetail unavailable() {
        return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "query-service-unavailable",
                texts.of("problem.query-service-unavailable.title"), texts.of("problem.query-service-unavailable.detail"));
    }
}
