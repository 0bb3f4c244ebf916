package vn.chibo.command.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.command.access.Deciders;
import vn.chibo.command.command.Accepted;
import vn.chibo.command.command.CommandSubmitter;
import vn.chibo.events.report.ReportContract.AcceptReport;
import vn.chibo.events.report.ReportContract.ReopenReport;
import vn.chibo.events.report.ReportContract.ReturnReport;
import vn.chibo.events.report.ReportContract.SubmitReport;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

@RestController
@RequestMapping(ReportController.PATH)
@Tag(name = "Nộp và duyệt báo cáo / Report submission and approval")
class ReportController {

    static final String PATH = "/api/reports";

    private final CommandSubmitter commands;
    private final Deciders deciders;

    ReportController(CommandSubmitter commands, Deciders deciders) {
        this.commands = commands;
        this.deciders = deciders;
    }

    @PostMapping
    @Operation(summary = "Nộp (hoặc nộp lại) báo cáo lên cấp trên trực tiếp / Submit (or resubmit) a report to the direct superior")
    ResponseEntity<Accepted> submit(@RequestBody SubmitReport body,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        // an organisation submits its own report: the body's submittedBy is not taken
        var command = new SubmitReport(body.reportId(), body.type(), body.organisationId(), body.period(),
                body.contentHash(), body.organisationId());
        var outcome = commands.submit(command, commandId);
        return Accepted.created(command.reportId(), commandId, outcome, PATH);
    }

    @PostMapping("/{reportId}/acceptance")
    @Operation(summary = "Duyệt báo cáo (khóa báo cáo) / Accept the report, which locks it")
    ResponseEntity<Accepted> accept(@PathVariable String reportId, @RequestBody Decision body,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new AcceptReport(reportId, deciders.superiorOf(reportId));
        return Accepted.applied(reportId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{reportId}/return")
    @Operation(summary = "Trả lại báo cáo kèm ý kiến / Return the report with a comment")
    ResponseEntity<Accepted> giveBack(@PathVariable String reportId, @RequestBody Decision body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new ReturnReport(reportId, deciders.superiorOf(reportId), body.comment());
        return Accepted.applied(reportId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{reportId}/reopening")
    @Operation(summary = "Mở lại báo cáo đã duyệt để sửa / Reopen an accepted report for amendment")
    ResponseEntity<Accepted> reopen(@PathVariable String reportId, @RequestBody Reopening body,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new ReopenReport(reportId, deciders.superiorOf(reportId), body.reason());
        return Accepted.applied(reportId, commandId, commands.submit(command, commandId));
    }

    /**
     * {@code comment} is required to return a report and ignored when accepting it. The deciding
     * organisation is the reporting one's superior, the person the one signed in: neither from the body.
     */
    record Decision(String comment) {
    }

    record Reopening(String reason) {
    }
}
