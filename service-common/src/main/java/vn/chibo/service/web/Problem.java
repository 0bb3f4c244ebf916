package vn.chibo.service.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/**
 * Builds RFC 9457 problem details the chibo way: {@code title} and {@code detail} in Vietnamese,
 * {@code titleEn} and {@code detailEn} in English, a stable {@code code}, and field errors if any.
 */
public final class Problem {

    private Problem() {
    }

    public static ProblemDetail of(HttpStatus status, String code, Bilingual title, Bilingual detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.vi());
        problem.setType(URI.create("urn:chibo:problem:" + code));
        problem.setTitle(title.vi());
        problem.setProperty("code", code);
        problem.setProperty("titleEn", title.en());
        problem.setProperty("detailEn", detail.en());
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
