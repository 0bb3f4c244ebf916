package vn.chibo.command.petition;

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
import vn.chibo.events.petition.PetitionContract.AnswerPetition;
import vn.chibo.events.petition.PetitionContract.EscalatePetition;
import vn.chibo.events.petition.PetitionContract.ForwardPetition;
import vn.chibo.events.petition.PetitionContract.RaisePetition;

import java.time.LocalDate;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

@RestController
@RequestMapping(PetitionController.PATH)
@Tag(name = "Ý kiến, kiến nghị / Petitions")
class PetitionController {

    static final String PATH = "/api/petitions";

    private final CommandSubmitter commands;
    private final Deciders deciders;

    PetitionController(CommandSubmitter commands, Deciders deciders) {
        this.commands = commands;
        this.deciders = deciders;
    }

    @PostMapping
    @Operation(summary = "Ghi nhận kiến nghị nêu tại cuộc họp / Record a petition raised at a meeting")
    ResponseEntity<Accepted> raise(@RequestBody RaisePetition command,
                                   @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var outcome = commands.submit(command, commandId);
        return Accepted.created(command.petitionId(), commandId, outcome, PATH);
    }

    @PostMapping("/{petitionId}/forwarding")
    @Operation(summary = "Gửi kiến nghị lên cấp ủy cấp trên / Forward to the superior committee")
    ResponseEntity<Accepted> forward(@PathVariable String petitionId, @RequestBody Forwarding body,
                                     @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new ForwardPetition(petitionId, body.forwardedOn());
        return Accepted.applied(petitionId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{petitionId}/answer")
    @Operation(summary = "Trả lời kiến nghị / Answer the petition")
    ResponseEntity<Accepted> answer(@PathVariable String petitionId, @RequestBody Answer body,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new AnswerPetition(petitionId, deciders.holderOf(petitionId), body.answer(), body.answeredOn());
        return Accepted.applied(petitionId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{petitionId}/escalation")
    @Operation(summary = "Chuyển kiến nghị lên cấp trên nữa / Escalate one level up")
    ResponseEntity<Accepted> escalate(@PathVariable String petitionId, @RequestBody Escalation body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new EscalatePetition(petitionId, body.reason(), body.escalatedOn());
        return Accepted.applied(petitionId, commandId, commands.submit(command, commandId));
    }

    record Forwarding(LocalDate forwardedOn) {
    }

    /** The committee holding the petition answers it (the person: the one signed in), not the body. */
    record Answer(String answer, LocalDate answeredOn) {
    }

    record Escalation(String reason, LocalDate escalatedOn) {
    }
}
