package vn.chibo.command.command;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chibo.service.web.Bilingual;
import vn.chibo.service.web.Problem;
import vn.chibo.service.web.Texts;

/** Rule violations and aggregate conflicts as problem details that name the rule. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemHandler {

    private final Texts texts;

    CommandProblemHandler(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        HttpStatus status = e.rule().startsWith("command.") ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = Problem.of(status, "rule-violated",
                texts.of("problem.rule-violated.title"), texts.of("rule." + e.rule(), e.args()));
        problem.setProperty("rule", e.rule());
        if (e.policyVersion() != null) {
            problem.setProperty("policyVersion", e.policyVersion());
        }
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownAggregate(AggregateNotFoundException e) {
        return Problem.of(HttpStatus.NOT_FOUND, "not-found", texts.of("problem.not-found.title"),
                texts.of("problem.unknown-aggregate.detail", e.getAggregateIdentifier()));
    }

    /** Also an id taken by another kind of record (a command naming a meeting's id as an organisation). */
    @ExceptionHandler({AggregateStreamCreationException.class, IncompatibleAggregateException.class})
    ProblemDetail alreadyExists(RuntimeException e) {
        return conflict(texts.of("problem.already-exists.detail"));
    }

    @ExceptionHandler({ConcurrencyException.class, EventStoreException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return conflict(texts.of("problem.concurrent-change.detail"));
    }

    private ProblemDetail conflict(Bilingual detail) {
        return Problem.of(HttpStatus.CONFLICT, "conflict", texts.of("problem.conflict.title"), detail);
    }
}
