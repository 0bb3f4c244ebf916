package vn.chibo.query.access;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.service.security.Actor;

import java.util.Objects;

/**
 * The organisation a record belongs to, from the read model, so that an endpoint addressed by a
 * record's id checks the permission on that organisation:
 * {@code @PreAuthorize("@access.may('READ', @owner.ofMeeting(#meetingId))")}. An unknown id belongs
 * to {@link #UNKNOWN}, which only whole-tree grants cover: they get a 404, everyone else a 403, so an
 * id's existence outside one's subtree is not revealed.
 */
@Component("owner")
public class Owners {

    /** No organisation has this id: only a whole-tree grant covers it. */
    public static final String UNKNOWN = "?";

    private final JdbcTemplate jdbc;

    Owners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's cell today. */
    public String ofMember(String memberId) {
        return first("select cell_id from member where member_id = ?", memberId);
    }

    public String ofMeeting(String meetingId) {
        return first("select organisation_id from meeting where meeting_id = ?", meetingId);
    }

    public String ofResolution(String resolutionId) {
        return first("select organisation_id from resolution where resolution_id = ?", resolutionId);
    }

    /** The cell that raised the petition (its subtree's committees see it on its way up). */
    public String ofPetition(String petitionId) {
        return first("select cell_id from petition where petition_id = ?", petitionId);
    }

    /** Any entity of the audit trail: the organisation its events last named, or an organisation itself. */
    public String ofEntity(String entityId) {
        String owner = first("select organisation_id from audit_entity where entity_id = ?", entityId);
        return !UNKNOWN.equals(owner) ? owner : first("select organisation_id from organisation where organisation_id = ?",
                entityId);
    }

    /** Whether the signed-in person is this member: one always sees one's own record. */
    public boolean isSelf(String memberId) {
        return memberId != null && Actor.current().map(Actor::memberId).filter(Objects::nonNull)
                .filter(memberId::equals).isPresent();
    }

    private String first(String sql, String id) {
        return jdbc.queryForList(sql, String.class, id).stream().filter(Objects::nonNull).findFirst().orElse(UNKNOWN);
    }
}
