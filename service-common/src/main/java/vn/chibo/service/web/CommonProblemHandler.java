package vn.chibo.service.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.chibo.events.indicator.Period;
import vn.chibo.service.correlation.CorrelationIdFilter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static vn.chibo.service.web.Texts.VIETNAMESE;

/**
 * Turns the errors any chibo HTTP API can meet into bilingual problem details. Services add their own
 * advice (domain rules) with a higher precedence; this one catches the rest, and never lets a caller's
 * mistake surface as a 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommonProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(CommonProblemHandler.class);

    private final Texts texts;

    public CommonProblemHandler(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof PlainText.UnreadableText text) {
            return problem(HttpStatus.BAD_REQUEST, "malformed-request",
                    texts.of("problem.unreadable-text.detail", path(text.getPath())));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch.getPath());
            Bilingual expected = expectedType(mismatch.getTargetType());
            return problem(HttpStatus.BAD_REQUEST, "malformed-request",
                    texts.of("problem.malformed-field.detail", field, expected));
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", texts.of("problem.malformed-request.detail"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(this::fieldProblem)
                .toList();
        return invalid(errors);
    }

    /** Constraints on query parameters, and on parameter objects such as paging, checked by Spring MVC. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors object
                        ? object.getFieldErrors().stream().map(this::fieldProblem)
                        : result.getResolvableErrors().stream().map(error -> parameterProblem(result, error)))
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidCommand(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(this::fieldProblem)
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return problem(HttpStatus.BAD_REQUEST, "missing-header", texts.of("problem.missing-header.detail", e.getHeaderName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "missing-parameter",
                texts.of("problem.missing-parameter.detail", e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        String value = String.valueOf(e.getValue());
        value = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                texts.of("problem.invalid-parameter.detail", e.getName(), value, expectedType(e.getRequiredType())));
    }

    @ExceptionHandler(PlainTextParameters.UnreadableParameter.class)
    ProblemDetail unreadableParameter(PlainTextParameters.UnreadableParameter e) {
        String name = PlainText.acceptable(e.name()) ? e.name() : "?";
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", texts.of("problem.unreadable-text.detail", name));
    }

    /** Thrown by endpoints' access checks; the filter chain's own refusals are written by the security problems. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "access-denied", texts.of("problem.access-denied.detail"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "authentication-required", texts.of("problem.authentication-required.detail"));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found",
                texts.of("problem.not-found.detail", texts.of(e.kindCode()), e.id()));
    }

    /** Nothing at this address: no static file, or no handler where static files are not served. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ProblemDetail noSuchPath(Exception e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", texts.of("problem.no-such-path.detail"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                texts.of("problem.method-not-allowed.detail", e.getMethod()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                texts.of("problem.unsupported-media-type.detail"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                texts.of("problem.internal.detail", String.valueOf(CorrelationIdFilter.current())));
    }

    /** A problem whose title comes from {@code problem.<code>.title}. */
    public ProblemDetail problem(HttpStatus status, String code, Bilingual detail) {
        return Problem.of(status, code, texts.of("problem." + code + ".title"), detail);
    }

    private ProblemDetail invalid(List<FieldProblem> errors) {
        String vi = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        String en = errors.stream().map(f -> f.field() + " " + f.messageEn()).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-fields",
                new Bilingual(texts.resolve("problem.invalid-fields.detail", VIETNAMESE, vi),
                        texts.resolve("problem.invalid-fields.detail", java.util.Locale.ENGLISH, en)));
        return Problem.withErrors(problem, errors);
    }

    private FieldProblem fieldProblem(FieldError error) {
        if (error.contains(ConstraintViolation.class)) {
            ConstraintViolation<?> v = error.unwrap(ConstraintViolation.class);
            return fieldProblem(error.getField(), constraintName(v), v.getConstraintDescriptor().getAttributes());
        }
        return fieldProblem(error.getField(), error.getCode(), Map.of());
    }

    private FieldProblem parameterProblem(ParameterValidationResult result, MessageSourceResolvable error) {
        String name = parameterName(result.getMethodParameter());
        try {
            ConstraintViolation<?> v = result.unwrap(error, ConstraintViolation.class);
            return fieldProblem(name, constraintName(v), v.getConstraintDescriptor().getAttributes());
        } catch (IllegalArgumentException | IllegalStateException notAViolation) {
            return fieldProblem(name, "default", Map.of());
        }
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return param != null && !param.value().isEmpty() ? param.value() : parameter.getParameterName();
    }

    private static String constraintName(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private FieldProblem fieldProblem(ConstraintViolation<?> v) {
        return fieldProblem(v.getPropertyPath().toString(), constraintName(v), v.getConstraintDescriptor().getAttributes());
    }

    private FieldProblem fieldProblem(String field, String constraint, Map<String, Object> attributes) {
        // @Size names its bounds min and max, @Min and @Max their one bound value; given as text so
        // that a year reads 1930, not 1,930
        Object value = attributes.get("value");
        Object[] args = {field, String.valueOf(attributes.getOrDefault("min", value == null ? 0 : value)),
                String.valueOf(attributes.getOrDefault("max", value == null ? "" : value))};
        String code = "constraint." + constraint;
        Bilingual text = texts.of(code, args);
        if (text.vi().equals(code)) {
            text = texts.of("constraint.default", args);
        }
        return new FieldProblem(field, text.vi(), text.en());
    }

    private Bilingual expectedType(Class<?> type) {
        if (type == null) return texts.of("type.other");
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return texts.of("type.enum", values);
        }
        if (type == String.class) return texts.of("type.string");
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) return texts.of("type.number");
        if (type == boolean.class || type == Boolean.class) return texts.of("type.boolean");
        if (type == LocalDate.class) return texts.of("type.date");
        if (type == LocalDateTime.class) return texts.of("type.datetime");
        if (type == YearMonth.class) return texts.of("type.month");
        if (type == Period.class) return texts.of("type.period");
        if (type.isRecord()) return texts.of("type.object");
        return texts.of("type.other");
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
