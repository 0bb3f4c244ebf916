package vn.chibo.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.audit.AuditContract.SubtreeDigest;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily digest of each organisation subtree, recorded with the chain's digest and in its
 * transaction. An event belongs to the subtree of its aggregate's organisation (an organisation's own
 * events to itself) and of every ancestor, as the tree stands when the digest is recorded; that
 * placement is stored, so a later move does not change what a past digest covered. Events of no
 * organisation (the policy book, the digests themselves) are in the chain only.
 */
@Component
class SubtreeDigests {

    /** Places the events sealed in (after, head] in their organisations' subtrees. */
    private static final String PLACE = """
            with recursive owned (global_index, organisation_id) as (
                select c.global_index, coalesce(o.organisation_id, d.organisation_id)
                from event_chain c
                join domain_event_entry e on e.global_index = c.global_index
                left join aggregate_owner o on o.aggregate_id = e.aggregate_identifier
                left join organisation_directory d on d.organisation_id = e.aggregate_identifier
                where c.global_index > ? and c.global_index <= ?),
            up (global_index, organisation_id) as (
                select global_index, organisation_id from owned where organisation_id is not null
                union
                select up.global_index, d.parent_id from up join organisation_directory d on d.organisation_id = up.organisation_id
                where d.parent_id is not null)
            insert into event_chain_subtree (organisation_id, global_index)
            select organisation_id, global_index from up
            on conflict do nothing""";

    private final JdbcTemplate jdbc;

    SubtreeDigests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the digest of every subtree with events sealed in (after, head]; the caller's transaction. */
    List<SubtreeDigest> record(LocalDate day, long after, long head) {
        jdbc.update(PLACE, after, head);
        Map<String, List<byte[]>> seals = new LinkedHashMap<>();
        jdbc.query("select s.organisation_id, c.hash from event_chain_subtree s join event_chain c on c.global_index = s.global_index"
                        + " where s.global_index > ? and s.global_index <= ? order by s.organisation_id, s.global_index",
                rs -> {
                    seals.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getBytes(2));
                }, after, head);
        List<SubtreeDigest> digests = new ArrayList<>();
        seals.forEach((organisationId, hashes) -> {
            Previous previous = previous(organisationId, head);
            byte[] hash = fold(previous.hash(), hashes);
            long events = previous.events() + hashes.size();
            jdbc.update("insert into event_chain_subtree_digest (organisation_id, day, global_index, hash, events) values (?, ?, ?, ?, ?)",
                    organisationId, day, head, hash, events);
            digests.add(new SubtreeDigest(organisationId, ChainVerifier.hex(hash), events));
        });
        return digests;
    }

    /** The subtree digests recorded with a day's chain digest. */
    List<SubtreeDigest> recorded(LocalDate day) {
        return jdbc.query("select organisation_id, hash, events from event_chain_subtree_digest where day = ? order by organisation_id",
                (rs, row) -> new SubtreeDigest(rs.getString(1), ChainVerifier.hex(rs.getBytes(2)), rs.getLong(3)), day);
    }

    /** SHA-256 over the subtree's previous digest and the seals of its new events, in chain order. */
    static byte[] fold(byte[] previous, List<byte[]> seals) {
        MessageDigest sha = StoredEvent.sha256();
        sha.update(previous);
        seals.forEach(sha::update);
        return sha.digest();
    }

    private Previous previous(String organisationId, long head) {
        return jdbc.query("select hash, events from event_chain_subtree_digest where organisation_id = ? and global_index < ?"
                                + " order by global_index desc limit 1",
                        (rs, row) -> new Previous(rs.getBytes(1), rs.getLong(2)), organisationId, head)
                .stream().findFirst().orElse(new Previous(StoredEvent.NO_SEAL, 0));
    }

    private record Previous(byte[] hash, long events) {
    }
}
