package vn.chibo.command.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.command.command.Accepted;
import vn.chibo.command.command.CommandSubmitter;
import vn.chibo.events.policy.PolicyContract.AdoptPolicyVersion;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

@RestController
@RequestMapping("/api/policies")
@Tag(name = "Quy định / Policies")
class PolicyController {

    private final CommandSubmitter commands;

    PolicyController(CommandSubmitter commands) {
        this.commands = commands;
    }

    @PostMapping("/versions")
    @Operation(summary = "Ban hành phiên bản quy định / Adopt a policy version")
    ResponseEntity<Accepted> adopt(@RequestBody AdoptPolicyVersion command,
                                   @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var outcome = commands.submit(command, commandId);
        return Accepted.applied(command.policyId() + "/" + command.version(), commandId, outcome);
    }
}
