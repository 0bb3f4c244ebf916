package vn.chibo.query.petition;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;
import vn.chibo.events.petition.PetitionContract.PetitionStep;
import vn.chibo.events.petition.PetitionContract.PetitionView;
import vn.chibo.events.petition.PetitionStatus;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.projection.JsonColumns;
import vn.chibo.query.projection.PageQuery;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.projection.AsOf;
import vn.chibo.service.web.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;

import static vn.chibo.query.projection.Columns.date;

/** Reads of petitions: those raised in an organisation's subtree, or those it holds now. */
@Component
public class PetitionQueries {

    /** The petition {@code p} with its names and its path as a JSON list of {@link PetitionStep}. */
    private static String columns(AsOf.Day asOf) {
        return """
                select p.*, c.name as cell_name, h.name as holder_name,
                       (select json_agg(json_build_object('kind', s.kind, 'fromOrganisationId', s.from_id,
                                                          'toOrganisationId', s.to_id, 'toOrganisationName', o.name,
                                                          'note', s.note, 'on', s.step_on) order by s.position)
                        from %s s left join organisation o on o.organisation_id = s.to_id
                        where s.petition_id = p.petition_id) as path
                """.formatted(asOf.table("petition_step"));
    }

    private static String from(AsOf.Day asOf) {
        return """
                from %s p
                join organisation c on c.organisation_id = p.cell_id
                left join organisation h on h.organisation_id = p.holder_id
                """.formatted(asOf.table("petition"));
    }
    private static final String HELD = "p.holder_id = :organisationId";
    private static final String OF_STATUS = " and (cast(:status as varchar) is null or p.status = :status)";

    private final NamedParameterJdbcTemplate jdbc;
    private final PageQuery pages;
    private final OrganisationView organisations;
    private final JsonColumns json;

    PetitionQueries(NamedParameterJdbcTemplate jdbc, PageQuery pages, OrganisationView organisations,
                    JsonColumns json) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.organisations = organisations;
        this.json = json;
    }

    /**
     * The petitions raised in the subtree's cells or, if {@code held}, those the organisation holds now
     * (sent to it and not passed on), newest first; of one status if given; as recorded by a day.
     */
    public Page<PetitionView> petitions(String organisationId, boolean held, PetitionStatus status, AsOf.Day asOf,
                                        Paging paging) {
        organisations.summary(organisationId);
        String condition = (held ? HELD : "p.cell_id in " + asOf.subtree()) + OF_STATUS;
        var params = new MapSqlParameterSource("organisationId", organisationId)
                .addValue("status", status == null ? null : status.name());
        return pages.page(columns(asOf), from(asOf) + " where " + condition, "p.raised_on desc, p.petition_id", params, paging,
                (rs, i) -> petition(rs));
    }

    public PetitionView petition(String petitionId, AsOf.Day asOf) {
        return jdbc.query(columns(asOf) + from(asOf) + " where p.petition_id = :petitionId",
                        new MapSqlParameterSource("petitionId", petitionId), (rs, i) -> petition(rs))
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("kind.petition", petitionId));
    }

    private PetitionView petition(ResultSet rs) throws SQLException {
        return new PetitionView(rs.getString("petition_id"), rs.getString("meeting_id"), rs.getString("cell_id"),
                rs.getString("cell_name"), rs.getString("content"), rs.getString("raised_by"), date(rs, "raised_on"),
                PetitionStatus.valueOf(rs.getString("status")), rs.getString("holder_id"), rs.getString("holder_name"),
                rs.getString("answered_by"), rs.getString("answer"), date(rs, "answered_on"),
                json.list(rs.getString("path"), PetitionStep.class));
    }
}
