package vn.chibo.command.resolution;

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
import vn.chibo.events.resolution.ResolutionContract.AdoptResolution;
import vn.chibo.events.resolution.ResolutionContract.AmendResolution;
import vn.chibo.events.resolution.ResolutionContract.SupersedeResolution;

import java.time.LocalDate;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

@RestController
@RequestMapping(ResolutionController.PATH)
@Tag(name = "Nghị quyết, kết luận / Resolutions")
class ResolutionController {

    static final String PATH = "/api/resolutions";

    private final CommandSubmitter commands;

    ResolutionController(CommandSubmitter commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Ghi nhận nghị quyết, kết luận được thông qua / Record an adopted resolution")
    ResponseEntity<Accepted> adopt(@RequestBody AdoptResolution command,
                                   @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var outcome = commands.submit(command, commandId);
        return Accepted.created(command.resolutionId(), commandId, outcome, PATH);
    }

    @PostMapping("/{resolutionId}/amendments")
    @Operation(summary = "Bổ sung, sửa đổi nghị quyết / Amend a resolution")
    ResponseEntity<Accepted> amend(@PathVariable String resolutionId, @RequestBody Amendment body,
                                   @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new AmendResolution(resolutionId, body.change(), body.amendedBy(), body.reason(), body.amendedOn());
        return Accepted.applied(resolutionId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{resolutionId}/supersession")
    @Operation(summary = "Thay thế nghị quyết bằng nghị quyết mới / Supersede a resolution")
    ResponseEntity<Accepted> supersede(@PathVariable String resolutionId, @RequestBody Supersession body,
                                       @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new SupersedeResolution(resolutionId, body.supersededBy(), body.reason());
        return Accepted.applied(resolutionId, commandId, commands.submit(command, commandId));
    }

    record Amendment(String change, String amendedBy, String reason, LocalDate amendedOn) {
    }

    record Supersession(String supersededBy, String reason) {
    }
}
