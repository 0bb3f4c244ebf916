package vn.chibo.report.approval;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chibo.service.web.Problem;
import vn.chibo.service.web.Texts;

@RestControllerAdvice(assignableTypes = ReportingStatusController.class)
class ApprovalProblems {

    private final Texts texts;

    ApprovalProblems(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(PeriodNotOfType.class)
    ProblemDetail periodNotOfType(PeriodNotOfType e) {
        return Problem.of(HttpStatus.BAD_REQUEST, "period-not-of-type", texts.of("problem.invalid-parameter.title"),
                texts.of("problem.period-not-of-type.detail", e.period.code(), e.type, e.type.examplePeriod()));
    }
}
