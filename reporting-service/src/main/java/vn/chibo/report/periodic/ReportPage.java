package vn.chibo.report.periodic;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportType;
import vn.chibo.report.approval.Approvals;
import vn.chibo.report.queryservice.QueryServiceClient.QueryServiceUnavailable;
import vn.chibo.service.security.AccessPolicy;
import vn.chibo.service.security.Grant;
import vn.chibo.service.security.Permission;
import vn.chibo.service.web.NotFoundException;
import vn.chibo.service.web.Texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The officer's page: an organisation's reports with their downloads, and a form to generate one. */
@Controller
class ReportPage {

    private final ReportGenerator generator;
    private final ReportStore store;
    private final ReportProblems problems;
    private final Approvals approvals;
    private final Texts texts;
    private final ReportAccess reports;
    private final AccessPolicy access;
    private final String dashboardUrl;

    ReportPage(ReportGenerator generator, ReportStore store, ReportProblems problems, Approvals approvals, Texts texts,
               ReportAccess reports, AccessPolicy access, @Value("${chibo.query-service.public-url}") String dashboardUrl) {
        this.reports = reports;
        this.access = access;
        this.generator = generator;
        this.store = store;
        this.problems = problems;
        this.approvals = approvals;
        this.texts = texts;
        this.dashboardUrl = dashboardUrl.replaceAll("/+$", "");
    }

    /**
     * What the form posts; the narrative comes as two free texts and the recipients one per line. The
     * sections' titles are the document's, so Vietnamese whatever the page's language.
     */
    record Form(ReportType type, String organisationId, String period, String place, String signerName,
                String assessment, String directions, String recipients) {

        ReportRequest request(Texts texts) {
            List<ReportRequest.Section> sections = new ArrayList<>();
            if (assessment != null && !assessment.isBlank()) {
                sections.add(new ReportRequest.Section(texts.resolve("document.section.assessment", Texts.VIETNAMESE),
                        assessment.strip()));
            }
            if (directions != null && !directions.isBlank()) {
                sections.add(new ReportRequest.Section(texts.resolve("document.section.directions", Texts.VIETNAMESE),
                        directions.strip()));
            }
            List<String> lines = recipients == null ? List.of()
                    : recipients.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            return new ReportRequest(type, organisationId, period, place,
                    signerName == null || signerName.isBlank() ? null : signerName.strip(), sections, lines);
        }
    }

    @GetMapping("/reports")
    String list(@RequestParam(required = false) String organisationId, @RequestParam(required = false) ReportType type,
                @RequestParam(required = false) String period, Model model, Locale locale) {
        if (organisationId == null || organisationId.isBlank()) {
            organisationId = ownOrganisation();
        } else if (!access.may(Permission.READ, organisationId)) {
            throw new AccessDeniedException("READ on " + organisationId);
        }
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("dashboardUrl", dashboardUrl);
        model.addAttribute("types", Arrays.asList(ReportType.values()));
        Map<String, String> typeNames = new LinkedHashMap<>();
        Arrays.stream(ReportType.values()).forEach(t ->
                typeNames.put(t.name(), texts.resolve("report-type." + t.name(), locale)));
        model.addAttribute("typeNames", typeNames);
        boolean chosen = organisationId != null && !organisationId.isBlank();
        model.addAttribute("reports", chosen ? store.ofOrganisation(organisationId) : List.of());
        model.addAttribute("statuses", chosen ? approvals.statusOfOwnReports(organisationId, locale) : Map.of());
        model.addAttribute("type", type);
        model.addAttribute("period", period);
        if (chosen && type != null && period != null && !period.isBlank()) {
            unitsBelow(organisationId, type, period, model, locale);
        }
        return "reports/list";
    }

    /** Where a signed-in officer starts: the organisation of their first grant (none for a whole-tree grant). */
    private String ownOrganisation() {
        return access.scopeOf(Permission.READ).stream().filter(id -> !Grant.WHOLE_TREE.equals(id)).findFirst().orElse(null);
    }

    /** The units' reports of the type and period, for the superior to decide on; a problem shows as the error. */
    private void unitsBelow(String organisationId, ReportType type, String period, Model model, Locale locale) {
        try {
            model.addAttribute("units", approvals.unitsBelow(organisationId, type, Period.parse(period)));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", texts.resolve("problem.unknown-period.detail", locale, period));
        } catch (NotFoundException e) {
            model.addAttribute("error", notFound(e, locale));
        } catch (QueryServiceUnavailable | CallNotPermittedException e) {
            model.addAttribute("error", texts.resolve("problem.query-service-unavailable.detail", locale));
        }
    }

    private String notFound(NotFoundException e, Locale locale) {
        return texts.resolve("problem.not-found.detail", locale, texts.resolve(e.kindCode(), locale), e.id());
    }

    /** Submits one of the organisation's generated reports to its superior (a command, with its own id). */
    @PostMapping("/reports/{documentId}/submission")
    String submit(@PathVariable long documentId, @RequestParam String commandId, RedirectAttributes redirect,
                  Locale locale) {
        StoredReport stored = reports.get(documentId, Permission.SUBMIT_REPORTS);
        PeriodicReport report = stored.report();
        redirect.addAttribute("organisationId", report.issuer().organisationId());
        send(redirect, locale, "page.submitted", () -> approvals.submit(report.reportId(), report.type(),
                report.issuer().organisationId(), report.period(), stored.contentSha256(), commandId));
        return "redirect:/reports";
    }

    /** The superior's decision on a unit's report: accept, return with a comment, or reopen with a reason. */
    @PostMapping("/reports/decisions")
    @PreAuthorize("@access.may('READ', #organisationId)")
    String decide(@RequestParam String organisationId, @RequestParam String reportId,
                  @RequestParam Approvals.Decision decision, @RequestParam(required = false) String note,
                  @RequestParam ReportType type, @RequestParam String period, @RequestParam String commandId,
                  RedirectAttributes redirect, Locale locale) {
        redirect.addAttribute("organisationId", organisationId).addAttribute("type", type).addAttribute("period", period);
        send(redirect, locale, "page.decided", () -> approvals.decide(reportId, decision, organisationId,
                note == null ? null : note.strip(), commandId));
        return "redirect:/reports";
    }

    private void send(RedirectAttributes redirect, Locale locale, String doneCode, Runnable command) {
        try {
            command.run();
            redirect.addFlashAttribute("done", texts.resolve(doneCode, locale));
        } catch (Approvals.Refused e) {
            redirect.addFlashAttribute("error", e.reason().in(locale));
        } catch (Approvals.Unavailable e) {
            redirect.addFlashAttribute("error", texts.resolve("page.command-service-unavailable", locale));
        }
    }

    @PostMapping("/reports")
    @PreAuthorize("@access.may('SUBMIT_REPORTS', #form.organisationId())")
    String generate(@ModelAttribute Form form, RedirectAttributes redirect, Locale locale) {
        redirect.addAttribute("organisationId", form.organisationId());
        if (incomplete(form)) {
            redirect.addFlashAttribute("error", texts.resolve("page.missing-fields", locale));
            return "redirect:/reports";
        }
        try {
            var stored = generator.generate(form.request(texts), "ON_DEMAND");
            redirect.addFlashAttribute("generated", stored.documentId());
        } catch (ReportProblems.BadPeriod e) {
            redirect.addFlashAttribute("error", problems.detail(e).in(locale));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", notFound(e, locale));
        } catch (QueryServiceUnavailable | CallNotPermittedException e) {
            redirect.addFlashAttribute("error", texts.resolve("problem.query-service-unavailable.detail", locale));
        }
        return "redirect:/reports";
    }

    private static boolean incomplete(Form form) {
        return form.type() == null || isBlank(form.organisationId()) || isBlank(form.period()) || isBlank(form.place());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
