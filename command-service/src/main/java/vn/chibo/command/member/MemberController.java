package vn.chibo.command.member;

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
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.LeavingReason;
import vn.chibo.events.member.MemberContract.AssignCellRole;
import vn.chibo.events.member.MemberContract.EndExemption;
import vn.chibo.events.member.MemberContract.GrantExemption;
import vn.chibo.events.member.MemberContract.PromoteMember;
import vn.chibo.events.member.MemberContract.RecordLeaving;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MemberContract.TransferMember;
import vn.chibo.events.member.TransferReason;

import java.time.LocalDate;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

@RestController
@RequestMapping(MemberController.PATH)
@Tag(name = "Đảng viên / Members")
class MemberController {

    static final String PATH = "/api/members";

    private final CommandSubmitter commands;
    private final Deciders deciders;

    MemberController(CommandSubmitter commands, Deciders deciders) {
        this.commands = commands;
        this.deciders = deciders;
    }

    @PostMapping
    @Operation(summary = "Ghi nhận đảng viên vào chi bộ / Register a member in a cell")
    ResponseEntity<Accepted> register(@RequestBody RegisterMember command,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var outcome = commands.submit(command, commandId);
        return Accepted.created(command.memberId(), commandId, outcome, PATH);
    }

    @PostMapping("/{memberId}/promote")
    @Operation(summary = "Công nhận đảng viên chính thức / Promote a probationary member to official")
    ResponseEntity<Accepted> promote(@PathVariable String memberId, @RequestBody Promotion body,
                                     @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return send(memberId, new PromoteMember(memberId, body.promotedOn()), commandId);
    }

    @PostMapping("/{memberId}/roles")
    @Operation(summary = "Phân công chức vụ trong chi bộ / Assign a role in the cell")
    ResponseEntity<Accepted> assignRole(@PathVariable String memberId, @RequestBody Role body,
                                        @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return send(memberId, new AssignCellRole(memberId, body.role(), body.effectiveDate()), commandId);
    }

    @PostMapping("/{memberId}/exemptions")
    @Operation(summary = "Miễn sinh hoạt / Exempt from meetings for a period")
    ResponseEntity<Accepted> grantExemption(@PathVariable String memberId, @RequestBody ExemptionGrant body,
                                            @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new GrantExemption(memberId, body.reason(), body.exemptFrom(), body.exemptUntil(),
                deciders.superiorOf(memberId));
        return send(memberId, command, commandId);
    }

    @PostMapping("/{memberId}/exemptions/end")
    @Operation(summary = "Chấm dứt miễn sinh hoạt / End the exemption")
    ResponseEntity<Accepted> endExemption(@PathVariable String memberId, @RequestBody ExemptionEnd body,
                                          @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return send(memberId, new EndExemption(memberId, body.endedOn()), commandId);
    }

    /** People transfer members for ordinary reasons; merges and splits transfer them themselves. */
    @PostMapping("/{memberId}/transfer")
    @Operation(summary = "Chuyển sinh hoạt sang chi bộ khác / Transfer to another cell")
    ResponseEntity<Accepted> transfer(@PathVariable String memberId, @RequestBody Transfer body,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new TransferMember(memberId, body.toCellId(), TransferReason.ORDINARY, body.effectiveDate());
        return send(memberId, command, commandId);
    }

    @PostMapping("/{memberId}/leave")
    @Operation(summary = "Ghi nhận đảng viên ra khỏi Đảng bộ / Record that a member left")
    ResponseEntity<Accepted> leave(@PathVariable String memberId, @RequestBody Leaving body,
                                   @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return send(memberId, new RecordLeaving(memberId, body.reason(), body.effectiveDate()), commandId);
    }

    private ResponseEntity<Accepted> send(String memberId, Object command, String commandId) {
        return Accepted.applied(memberId, commandId, commands.submit(command, commandId));
    }

    record Promotion(LocalDate promotedOn) {
    }

    record Role(CellRole role, LocalDate effectiveDate) {
    }

    /** Decided by the committee above the member's cell (the person: the one signed in), not by the body. */
    record ExemptionGrant(String reason, LocalDate exemptFrom, LocalDate exemptUntil) {
    }

    record ExemptionEnd(LocalDate endedOn) {
    }

    record Transfer(String toCellId, LocalDate effectiveDate) {
    }

    record Leaving(LeavingReason reason, LocalDate effectiveDate) {
    }
}
