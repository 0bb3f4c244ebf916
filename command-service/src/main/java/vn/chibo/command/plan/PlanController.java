package vn.chibo.command.plan;

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
    private final Deciders deciders;

    PlanController(CommandSubmitter commands, Deciders deciders) {
        this.commands = commands;
        this.deciders = deciders;
    }

    @PostMapping
    @Operation(summary = "Đăng ký kế hoạch chuyên đề năm / Submit a cell's annual thematic plan")
    ResponseEntity<Accepted> submit(@RequestBody SubmitPlan command,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var outcome = commands.submit(command, commandId);
        return Accepted.created(command.planId(), commandId, outcome, PATH);
    }

    @PostMapping("/{planId}/submissions")
    @Operation(summary = "Trình lại hoặc điều chỉnh kế hoạch / Resubmit or amend the plan")
    ResponseEntity<Accepted> resubmit(@PathVariable String planId, @RequestBody Submission body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new ResubmitPlan(planId, body.themes(), body.submittedOn());
        return Accepted.applied(planId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{planId}/approval")
    @Operation(summary = "Phê duyệt kế hoạch / Approve the plan")
    ResponseEntity<Accepted> approve(@PathVariable String planId, @RequestBody Decision body,
                                     @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new ApprovePlan(planId, deciders.superiorOf(planId), body.comment(), body.decidedOn());
        return Accepted.applied(planId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{planId}/return")
    @Operation(summary = "Trả lại kế hoạch kèm ý kiến / Return the plan with a comment")
    ResponseEntity<Accepted> giveBack(@PathVariable String planId, @RequestBody Decision body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new ReturnPlan(planId, deciders.superiorOf(planId), body.comment(), body.decidedOn());
        return Accepted.applied(planId, commandId, commands.submit(command, commandId));
    }

    record Submission(List<PlannedTheme> themes, LocalDate submittedOn) {
    }

    /** The deciding committee is the one above the cell, the person deciding the one signed in: neither comes from the body. */
    record Decision(String comment, LocalDate decidedOn) {
    }
}
