package vn.chibo.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.service.security.Actor;
import vn.chibo.service.web.NotFoundException;

import java.util.Locale;
import java.util.Map;

/**
 * What every dashboard page shares: the link to the same page in the other language, the reports page's
 * address, and a page (not a
 * JSON problem) in the reader's language when an id is unknown or an address is malformed.
 */
@ControllerAdvice(annotations = DashboardPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private final MessageSource messages;
    private final ReportingLinks reportingLinks;

    PageAdvice(MessageSource messages, ReportingLinks reportingLinks) {
        this.messages = messages;
        this.reportingLinks = reportingLinks;
    }

    /** Where the reports page is, for the links to it. */
    @ModelAttribute("reportingLinks")
    ReportingLinks reportingLinks() {
        return reportingLinks;
    }

    /** The current address with only {@code lang} changed, so the month, year and organisation stay. */
    @ModelAttribute("otherLanguage")
    String otherLanguage(HttpServletRequest request, Locale locale) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", messages.getMessage("nav.other-language.code", null, locale))
                .build().toUriString();
    }

    /** Who is signed in, shown at the top of every page with the way out. */
    @ModelAttribute("signedIn")
    Actor signedIn() {
        return Actor.current().orElse(null);
    }

    /** A record outside the reader's subtree (or unknown to someone who could not see it anyway). */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(HttpServletRequest request, Locale locale) {
        return page(HttpStatus.FORBIDDEN, "page.denied.title", messages.getMessage("page.denied.detail", null, locale),
                request, locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
        String kind = messages.getMessage(e.kindCode(), null, e.kindCode(), locale);
        return page(HttpStatus.NOT_FOUND, "problem.not-found.title",
                messages.getMessage("problem.not-found.detail", new Object[] {kind, e.id()}, locale), request, locale);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, HandlerMethodValidationException.class})
    ModelAndView badAddress(Exception e, HttpServletRequest request, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, "page.bad-address.title",
                messages.getMessage("page.bad-address.detail", null, locale), request, locale);
    }

    private ModelAndView page(HttpStatus status, String title, String detail, HttpServletRequest request,
                              Locale locale) {
        return new ModelAndView("dashboard/problem", Map.of(
                "problemTitle", messages.getMessage(title, null, locale), "problemDetail", detail,
                "otherLanguage", otherLanguage(request, locale)), status)
                .addObject("signedIn", signedIn());
    }
}
