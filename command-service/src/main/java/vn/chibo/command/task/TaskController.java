package vn.chibo.command.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.command.command.Accepted;
import vn.chibo.command.command.CommandSubmitter;
import vn.chibo.events.task.TaskContract.AssignTask;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.CancelTask;
import vn.chibo.events.task.TaskContract.CompleteTask;
import vn.chibo.events.task.TaskContract.EvaluateTask;
import vn.chibo.events.task.TaskContract.ReportTaskProgress;
import vn.chibo.events.task.TaskOutcome;

import java.time.LocalDate;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

/** Overdue marks are not offered here: only the overdue check records them. */
@RestController
@RequestMapping(TaskController.PATH)
@Tag(name = "Nhiệm vụ / Tasks")
class TaskController {

    static final String PATH = "/api/tasks";

    private final CommandSubmitter commands;

    TaskController(CommandSubmitter commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Giao nhiệm vụ theo nghị quyết / Assign a task of a resolution")
    ResponseEntity<Accepted> assign(@RequestBody AssignTask command,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var outcome = commands.submit(command, commandId);
        return Accepted.created(command.taskId(), commandId, outcome, PATH);
    }

    @PostMapping("/{taskId}/progress")
    @Operation(summary = "Báo cáo tiến độ / Report progress")
    ResponseEntity<Accepted> progress(@PathVariable String taskId, @RequestBody Progress body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new ReportTaskProgress(taskId, body.reportedBy(), body.text(), body.percent(), body.reportedOn());
        return Accepted.applied(taskId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{taskId}/completion")
    @Operation(summary = "Báo cáo hoàn thành / Report completion")
    ResponseEntity<Accepted> complete(@PathVariable String taskId, @RequestBody Completion body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new CompleteTask(taskId, body.completedBy(), body.note(), body.completedOn());
        return Accepted.applied(taskId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{taskId}/evaluation")
    @Operation(summary = "Đánh giá tại cuộc họp / Evaluate at a meeting")
    ResponseEntity<Accepted> evaluate(@PathVariable String taskId, @RequestBody Evaluation body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new EvaluateTask(taskId, body.meetingId(), body.outcome(), body.reason(), body.newDeadline(),
                body.evaluatedOn());
        return Accepted.applied(taskId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{taskId}/cancellation")
    @Operation(summary = "Hủy nhiệm vụ / Cancel a task")
    ResponseEntity<Accepted> cancel(@PathVariable String taskId, @RequestBody Cancellation body,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new CancelTask(taskId, body.reason(), body.cancelledOn());
        return Accepted.applied(taskId, commandId, commands.submit(command, commandId));
    }

    record Progress(Assignee reportedBy, String text, Integer percent, LocalDate reportedOn) {
    }

    record Completion(Assignee completedBy, String note, LocalDate completedOn) {
    }

    record Evaluation(String meetingId, TaskOutcome outcome, String reason, LocalDate newDeadline,
                      LocalDate evaluatedOn) {
    }

    record Cancellation(String reason, LocalDate cancelledOn) {
    }
}
