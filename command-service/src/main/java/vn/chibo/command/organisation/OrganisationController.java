package vn.chibo.command.organisation;

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
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationContract.DissolveOrganisation;
import vn.chibo.events.organisation.OrganisationContract.MergeOrganisations;
import vn.chibo.events.organisation.OrganisationContract.MoveOrganisation;
import vn.chibo.events.organisation.OrganisationContract.RenameOrganisation;
import vn.chibo.events.organisation.OrganisationContract.SplitOrganisation;

import java.time.LocalDate;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

@RestController
@RequestMapping(OrganisationController.PATH)
@Tag(name = "Tổ chức đảng / Organisations")
class OrganisationController {

    static final String PATH = "/api/organisations";

    private final CommandSubmitter commands;

    OrganisationController(CommandSubmitter commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Thành lập tổ chức / Create an organisation")
    ResponseEntity<Accepted> create(@RequestBody CreateOrganisation command,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var outcome = commands.submit(command, commandId);
        return Accepted.created(command.organisationId(), commandId, outcome, PATH);
    }

    @PostMapping("/{organisationId}/rename")
    @Operation(summary = "Đổi tên tổ chức / Rename an organisation")
    ResponseEntity<Accepted> rename(@PathVariable String organisationId, @RequestBody NewName body,
                                    @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new RenameOrganisation(organisationId, body.name(), body.effectiveDate());
        return Accepted.applied(organisationId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{organisationId}/move")
    @Operation(summary = "Chuyển tổ chức sang cấp trên khác / Move under another parent")
    ResponseEntity<Accepted> move(@PathVariable String organisationId, @RequestBody NewParent body,
                                  @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new MoveOrganisation(organisationId, body.parentId(), body.effectiveDate());
        return Accepted.applied(organisationId, commandId, commands.submit(command, commandId));
    }

    @PostMapping("/merge")
    @Operation(summary = "Sáp nhập tổ chức / Merge organisations into a survivor")
    ResponseEntity<Accepted> merge(@RequestBody MergeOrganisations command,
                                   @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return Accepted.applied(command.survivorId(), commandId, commands.submit(command, commandId));
    }

    @PostMapping("/split")
    @Operation(summary = "Chia tách tổ chức / Split an organisation into new ones")
    ResponseEntity<Accepted> split(@RequestBody SplitOrganisation command,
                                   @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return Accepted.applied(command.organisationId(), commandId, commands.submit(command, commandId));
    }

    @PostMapping("/{organisationId}/dissolve")
    @Operation(summary = "Giải thể tổ chức / Dissolve an organisation")
    ResponseEntity<Accepted> dissolve(@PathVariable String organisationId, @RequestBody EffectiveDate body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new DissolveOrganisation(organisationId, body.effectiveDate());
        return Accepted.applied(organisationId, commandId, commands.submit(command, commandId));
    }

    record NewName(String name, LocalDate effectiveDate) {
    }

    record NewParent(String parentId, LocalDate effectiveDate) {
    }

    record EffectiveDate(LocalDate effectiveDate) {
    }
}
