package vn.chibo.command.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.command.audit.SubtreeVerifier.Verification;
import vn.chibo.service.web.Bilingual;
import vn.chibo.service.web.Texts;

import java.time.Clock;
import java.time.LocalDate;

/** The verification of one organisation subtree's daily digests, for those who audit that subtree. */
@RestController
@Tag(name = "Kiểm toán / Audit")
class SubtreeController {

    private final SubtreeVerifier verifier;
    private final Texts texts;
    private final Clock clock;

    SubtreeController(SubtreeVerifier verifier, Texts texts, Clock clock) {
        this.verifier = verifier;
        this.texts = texts;
        this.clock = clock;
    }

    record Result(String organisationId, LocalDate day, boolean intact, long verifiedEvents, long recordedEvents,
                  String recordedHash, String recomputedHash, ChainVerifier.Finding firstProblem, Bilingual message) {
    }

    @PreAuthorize("@access.may('AUDIT', #organisationId)")
    @PostMapping("/api/audit/chain/subtrees/{organisationId}/verification")
    @Operation(summary = "Kiểm tra dấu xác thực của một nhánh tổ chức / Recompute an organisation subtree's digest "
            + "from the stored events and compare it with the one recorded on the day (or the last before it)")
    ResponseEntity<Result> verify(@PathVariable String organisationId,
                                  @Parameter(description = "Mặc định: hôm nay / Default: today")
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        LocalDate asOf = day == null ? LocalDate.now(clock.withZone(CommandServiceApplication.ZONE)) : day;
        return ResponseEntity.of(verifier.verify(organisationId, asOf).map(this::result));
    }

    private Result result(Verification v) {
        Bilingual message = v.intact()
                ? texts.of("audit.subtree.intact", v.organisationId(), v.day().toString(), v.verifiedEvents())
                : texts.of("audit.chain." + v.firstProblem().problem(), String.valueOf(v.firstProblem().globalIndex()),
                v.firstProblem().eventIdentifier());
        return new Result(v.organisationId(), v.day(), v.intact(), v.verifiedEvents(), v.recordedEvents(),
                v.recordedHash(), v.recomputedHash(), v.firstProblem(), message);
    }
}
