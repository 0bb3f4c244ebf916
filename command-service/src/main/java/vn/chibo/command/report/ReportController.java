package vn.chibo.command.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
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

    ReportController(CommandSubmitter commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Nộp (hoặc nộp lại) báo cáo lên cấp trên trực tiếp / Submit (or resubmit) a report to the direct superior")
    ResponseEntity<Accepted> submit(@RequestBody SubmitReport command,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId, HttpServletRequest request) {
        var outcome = commands.submit(command, commandId, request);
        return Accepted.created(command.reportId(), commandId, outcome, PATH);
    }

    @PostMapping("/{reportId}/acceptance")
    @Operation(summary = "Duyệt báo cáo (khóa báo cáo) / Accept the report, which locks it")
    ResponseEntity<Accepted> accept(@PathVariable String reportId, @RequestBody Decision body,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId, HttpServletRequest request) {
        var command = new AcceptReport(reportId, body.decidedBy());
        return Accepted.applied(reportId, commandId, commands.submit(command, commandId, request));
    }

    @PostMapping("/{reportId}/return")
    @Operation(summary = "Trả lại báo cáo kèm ý kiến / Return the report with a comment")
    ResponseEntity<Accepted> giveBack(@PathVariable String reportId, @RequestBody Decision body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId, HttpServletRequest request) {
        var command = new ReturnReport(reportId, body.decidedBy(), body.comment());
        return Accepted.applied(reportId, commandId, commands.submit(command, commandId, request));
    }

    @PostMapping("/{reportId}/reopening")
    @Operation(summary = "Mở lại báo cáo đã duyệt để sửa / Reopen an accepted report for amendment")
    ResponseEntity<Accepted> reopen(@PathVariable String reportId, @RequestBody Reopening body,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId, HttpServletRequest request) {
        var command = new ReopenReport(reportId, body.decidedBy(), body.reason());
        return Accepted.applied(reportId, commandId, commands.submit(command, commandId, request));
    }

    /** {@code comment} is required to return a report and ignored when accepting it. */
    record Decision(String decidedBy, String comment) {
    }

    record Reopening(String decidedBy, String reason) {
    }
}
