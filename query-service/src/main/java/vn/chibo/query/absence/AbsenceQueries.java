package vn.chibo.query.absence;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;
import vn.chibo.events.absence.AbsenceContract.AbsenceRisk;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.projection.PageQuery;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.projection.AsOf;

import java.util.Optional;

import static vn.chibo.query.projection.Columns.date;

/** Reads of the absence watch: the members of a subtree warned, or at the threshold, in a year. */
@Component
public class AbsenceQueries {

    private static String from(AsOf.Day asOf) {
        return """
                 from %s a
                 join organisation c on c.organisation_id = a.cell_id
                 left join member m on m.member_id = a.member_id
                """.formatted(asOf.table("absence_record"));
    }

    private static String atRisk(AsOf.Day asOf) {
        return from(asOf) + """
                 where a.cell_id in %s and a.year = :year and (a.warning_issued or a.threshold_reached)
                """.formatted(asOf.subtree());
    }

    private static final String COLUMNS = "select a.*, m.full_name, c.name as cell_name";

    /** {@code threshold} is 0 until a warning or the threshold names the policy's threshold. */
    private static final RowMapper<AbsenceRisk> RISK = (rs, i) -> new AbsenceRisk(rs.getString("member_id"),
            rs.getString("full_name"), rs.getString("cell_id"), rs.getString("cell_name"), rs.getInt("year"),
            rs.getInt("months_with_absence"), rs.getInt("threshold"), rs.getBoolean("warning_issued"),
            rs.getBoolean("threshold_reached"), rs.getString("policy_version"), date(rs, "last_absence_on"));

    private final PageQuery pages;
    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationView organisations;

    AbsenceQueries(PageQuery pages, NamedParameterJdbcTemplate jdbc, OrganisationView organisations) {
        this.pages = pages;
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** Those at the threshold first, then by months of absence, most first. */
    public Page<AbsenceRisk> risks(String organisationId, int year, AsOf.Day asOf, Paging paging) {
        organisations.summary(organisationId);
        var params = new MapSqlParameterSource("organisationId", organisationId)
                .addValue("year", year);
        return pages.page(COLUMNS, atRisk(asOf),
                "a.threshold_reached desc, a.months_with_absence desc, m.full_name, a.member_id", params, paging, RISK);
    }

    /** The member's unexcused absences counted in the year, warned or not; empty when none was counted. */
    public Optional<AbsenceRisk> ofMember(String memberId, int year, AsOf.Day asOf) {
        return jdbc.query(COLUMNS + from(asOf) + " where a.member_id = :memberId and a.year = :year",
                        new MapSqlParameterSource("memberId", memberId).addValue("year", year), RISK)
                .stream().findFirst();
    }
}
