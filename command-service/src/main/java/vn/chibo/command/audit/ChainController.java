package vn.chibo.command.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.command.audit.ChainVerifier.Verification;
import vn.chibo.events.audit.AuditContract.ChainDigestRecorded;
import vn.chibo.service.web.Bilingual;
import vn.chibo.service.web.Texts;

import javax.sql.DataSource;
import java.time.LocalDate;

/** The event chain over HTTP: its state, a verification, and the daily digests; for auditors of a whole tree. */
@RestController
@PreAuthorize("@chainAuditors.mayAuditWholeChain()")
@RequestMapping("/api/audit/chain")
@Tag(name = "Kiểm toán / Audit")
class ChainController {

    private final ChainSealer sealer;
    private final ChainVerifier verifier;
    private final DailyDigest digests;
    private final JdbcTemplate jdbc;
    private final Texts texts;

    ChainController(ChainSealer sealer, DataSource dataSource, DailyDigest digests, JdbcTemplate jdbc, Texts texts) {
        this.sealer = sealer;
        this.verifier = new ChainVerifier(dataSource);
        this.digests = digests;
        this.jdbc = jdbc;
        this.texts = texts;
    }

    record ChainState(long headIndex, String headHash, long sealedEvents, long awaitingSeal) {
    }

    record VerificationResult(boolean intact, long verifiedEvents, long headIndex, String headHash,
                              ChainVerifier.Finding firstProblem, Bilingual message) {
    }

    @GetMapping
    @Operation(summary = "Trạng thái chuỗi niêm phong sự kiện / State of the event chain")
    ChainState state() {
        ChainSealer.Seal head = sealer.head();
        return new ChainState(head.globalIndex(), ChainVerifier.hex(head.hash()),
                jdbc.queryForObject("select count(*) from event_chain", Long.class),
                jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ?", Long.class, head.globalIndex()));
    }

    @PostMapping("/verification")
    @Operation(summary = "Kiểm tra toàn vẹn chuỗi sự kiện / Recompute the chain and name the first event that does not match")
    VerificationResult verify() {
        Verification v = verifier.verify();
        Bilingual message = v.intact()
                // event numbers are identifiers: no thousands separators
                ? texts.of("audit.chain.intact", v.verifiedEvents(), String.valueOf(v.headIndex()))
                : texts.of("audit.chain." + v.firstProblem().problem(), String.valueOf(v.firstProblem().globalIndex()),
                v.firstProblem().eventIdentifier());
        return new VerificationResult(v.intact(), v.verifiedEvents(), v.headIndex(), v.headHash(), v.firstProblem(), message);
    }

    @GetMapping("/digests/{day}")
    @Operation(summary = "Dấu xác thực cuối ngày / The digest recorded for a day")
    ResponseEntity<ChainDigestRecorded> digest(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return ResponseEntity.of(digests.recorded(day));
    }
}
