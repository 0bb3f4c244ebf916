package vn.chibo.report.periodic;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chibo.events.report.ReportType;
import vn.chibo.service.web.Bilingual;
import vn.chibo.service.web.Problem;
import vn.chibo.service.web.Texts;

/** Bad report requests as bilingual problems; texts are {@code problem.<code>.*} in the reporting texts. */
@RestControllerAdvice(assignableTypes = ReportController.class)
class ReportProblems {

    private final Texts texts;

    ReportProblems(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(BadPeriod.class)
    ProblemDetail badPeriod(BadPeriod e) {
        return Problem.of(HttpStatus.BAD_REQUEST, e.code, texts.of("problem." + e.code + ".title"), detail(e));
    }

    Bilingual detail(BadPeriod e) {
        return texts.of("problem." + e.code + ".detail", e.period, e.type, e.type.examplePeriod());
    }

    /** A period that cannot be read, is not of the report type's length, or has not begun. */
    static class BadPeriod extends RuntimeException {

        final String code;
        final String period;
        final ReportType type;

        BadPeriod(String code, String period, ReportType type) {
            super(code + ": " + period + " for " + type);
            this.code = code;
            this.period = period;
            this.type = type;
        }
    }
}
