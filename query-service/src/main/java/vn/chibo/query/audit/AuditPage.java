package vn.chibo.query.audit;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.events.indicator.Period;
import vn.chibo.query.dashboard.DashboardPage;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.projection.Paging;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

/** The decision log of an organisation's subtree, and the timeline of one entity, as pages. */
@Controller
@DashboardPage
class AuditPage {

    private final AuditTrail trail;
    private final OrganisationView organisations;
    private final SubtreeDigests subtreeDigests;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));

    AuditPage(AuditTrail trail, OrganisationView organisations, SubtreeDigests subtreeDigests) {
        this.trail = trail;
        this.subtreeDigests = subtreeDigests;
        this.organisations = organisations;
    }

    @PreAuthorize("@access.may('AUDIT', #organisationId)")
    @GetMapping("/audit")
    String decisions(@RequestParam("org") String organisationId, @RequestParam(required = false) Period period,
                     @RequestParam(defaultValue = "false") boolean all,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Period shown = period == null ? Period.month(YearMonth.now(clock)) : period;
        model.addAttribute("organisation", organisations.summary(organisationId));
        model.addAttribute("path", organisations.path(organisationId));
        model.addAttribute("period", shown);
        model.addAttribute("all", all);
        model.addAttribute("asOf", asOf);
        model.addAttribute("entries", trail.entries(new AuditTrail.Filter(organisationId, shown, !all, asOf),
                new Paging(Math.max(page, 0), 100), locale));
        model.addAttribute("digests", trail.digests(1, locale));
        model.addAttribute("subtreeDigests", subtreeDigests.of(organisationId, asOf, 1));
        return "audit/decisions";
    }

    @PreAuthorize("@access.may('AUDIT', @owner.ofEntity(#entityId))")
    @GetMapping("/audit/timeline/{entityId}")
    String timeline(@PathVariable String entityId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    Model model, Locale locale) {
        model.addAttribute("entityId", entityId);
        model.addAttribute("entries", trail.timeline(entityId, asOf, locale));
        return "audit/timeline";
    }
}
