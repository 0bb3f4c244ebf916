package vn.chibo.command.plan;

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
import vn.chibo.events.plan.PlanContract.ApprovePlan;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.events.plan.PlanContract.ResubmitPlan;
import vn.chibo.events.plan.PlanContract.ReturnPlan;
import vn.chibo.events.plan.PlanContract.SubmitPlan;

import java.time.LocalDate;
import java.util.List;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

@RestController
@RequestMapping(PlanController.PATH)
@Tag(name = "Kế hoạch sinh hoạt chuyên đề / Thematic plans")
class PlanController {

    static final String PATH = "/api/plans";

    private final CommandSubmitter commands;

    PlanController(CommandSubmitter commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Đăng ký kế hoạch chuyên đề năm / Submit a cell's annual thematic plan")
    ResponseEntity<Accepted> submit(@RequestBody SubmitPlan command,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId, HttpServletRequest request) {
        var outcome = commands.submit(command, commandId, request);
        return Accepted.created(command.planId(), commandId, outcome, PATH);
    }

    @PostMapping("/{planId}/submissions")
    @Operation(summary = "Trình lại hoặc điều chỉnh kế hoạch / Resubmit or amend the plan")
    ResponseEntity<Accepted> resubmit(@PathVariable String planId, @RequestBody Submission body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId, HttpServletRequest request) {
        var command = new ResubmitPlan(planId, body.themes(), body.submittedOn());
        return Accepted.applied(planId, commandId, commands.submit(command, commandId, request));
    }

    @PostMapping("/{planId}/approval")
    @Operation(summary = "Phê duyệt kế hoạch / Approve the plan")
    ResponseEntity<Accepted> approve(@PathVariable String planId, @RequestBody Decision body,
                                     @RequestHeader(COMMAND_ID_HEADER) String commandId, HttpServletRequest request) {
        var command = new ApprovePlan(planId, body.decidedBy(), body.comment(), body.decidedOn());
        return Accepted.applied(planId, commandId, commands.submit(command, commandId, request));
    }

    @PostMapping("/{planId}/return")
    @Operation(summary = "Trả lại kế hoạch kèm ý kiến / Return the plan with a comment")
    ResponseEntity<Accepted> giveBack(@PathVariable String planId, @RequestBody Decision body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId, HttpServletRequest request) {
        var command = new ReturnPlan(planId, body.decidedBy(), body.comment(), body.decidedOn());
        return Accepted.applied(planId, commandId, commands.submit(command, commandId, request));
    }

    record Submission(List<PlannedTheme> themes, LocalDate submittedOn) {
    }

    record Decision(String decidedBy, String comment, LocalDate decidedOn) {
    }
}
