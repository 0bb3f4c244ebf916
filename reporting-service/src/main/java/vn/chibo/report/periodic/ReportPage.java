package vn.chibo.report.periodic;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.events.report.ReportType;
import vn.chibo.report.queryservice.QueryServiceClient.QueryServiceUnavailable;
import vn.chibo.service.web.NotFoundException;
import vn.chibo.service.web.Texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The officer's page: an organisation's reports with their downloads, and a form to generate one. */
@Controller
class ReportPage {

    private final ReportGenerator generator;
    private final ReportStore store;
    private final ReportProblems problems;
    private final Texts texts;

    ReportPage(ReportGenerator generator, ReportStore store, ReportProblems problems, Texts texts) {
        this.generator = generator;
        this.store = store;
        this.problems = problems;
        this.texts = texts;
    }

    /** What the form posts; the narrative comes as two free texts and the recipients one per line. */
    record Form(ReportType type, String organisationId, String period, String place, String signerName,
                String assessment, String directions, String recipients) {

        ReportRequest request() {
            List<ReportRequest.Section> sections = new ArrayList<>();
            if (assessment != null && !assessment.isBlank()) {
                sections.add(new ReportRequest.Section("Đánh giá chung", assessment.strip()));
            }
            if (directions != null && !directions.isBlank()) {
                sections.add(new ReportRequest.Section("Phương hướng, nhiệm vụ thời gian tới", directions.strip()));
            }
            List<String> lines = recipients == null ? List.of()
                    : recipients.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            return new ReportRequest(type, organisationId, period, place,
                    signerName == null || signerName.isBlank() ? null : signerName.strip(), sections, lines);
        }
    }

    @GetMapping("/reports")
    String list(@RequestParam(required = false) String organisationId, Model model) {
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("types", Arrays.asList(ReportType.values()));
        Map<String, String> typeNames = new LinkedHashMap<>();
        Arrays.stream(ReportType.values()).forEach(type ->
                typeNames.put(type.name(), texts.resolve("report-type." + type.name(), Texts.VIETNAMESE)));
        model.addAttribute("typeNames", typeNames);
        model.addAttribute("reports", organisationId == null || organisationId.isBlank() ? List.of()
                : store.ofOrganisation(organisationId));
        return "reports/list";
    }

    @PostMapping("/reports")
    String generate(@ModelAttribute Form form, RedirectAttributes redirect) {
        redirect.addAttribute("organisationId", form.organisationId());
        String missing = missing(form);
        if (missing != null) {
            redirect.addFlashAttribute("error", missing);
            return "redirect:/reports";
        }
        try {
            var stored = generator.generate(form.request(), "ON_DEMAND");
            redirect.addFlashAttribute("generated", stored.documentId());
        } catch (ReportProblems.BadPeriod e) {
            redirect.addFlashAttribute("error", problems.detail(e).vi());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", texts.of("problem.not-found.detail", texts.of(e.kindCode()), e.id()).vi());
        } catch (QueryServiceUnavailable | CallNotPermittedException e) {
            redirect.addFlashAttribute("error", texts.of("problem.query-service-unavailable.detail").vi());
        }
        return "redirect:/reports";
    }

    private static String missing(Form form) {
        if (form.type() == null || isBlank(form.organisationId()) || isBlank(form.period()) || isBlank(form.place())) {
            return "Hãy chọn loại báo cáo và nhập mã tổ chức, kỳ báo cáo và địa danh.";
        }
        return null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
