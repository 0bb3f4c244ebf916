package vn.chibo.query.meeting;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;
import vn.chibo.events.meeting.MeetingContract.CalendarEntry;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.MeetingStage;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.projection.PageQuery;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.projection.AsOf;

import java.time.YearMonth;

import static vn.chibo.query.projection.Columns.bool;
import static vn.chibo.query.projection.Columns.dateTime;
import static vn.chibo.query.projection.Columns.enumOf;

/**
 * The meetings of an organisation's subtree in a month. A meeting belongs to the month it started
 * in, or, until it is held, the month it is scheduled for.
 */
@Component
public class MeetingCalendar {

    private static String inMonth(AsOf.Day asOf) {
        return """
                 from %s m join organisation o on o.organisation_id = m.organisation_id
                 where m.organisation_id in %s
                   and coalesce(m.started_at, m.opened_at, m.scheduled_start) >= :from
                   and coalesce(m.started_at, m.opened_at, m.scheduled_start) < :to
                """.formatted(asOf.table("meeting"), asOf.subtree());
    }

    private static final RowMapper<CalendarEntry> ENTRY = (rs, i) -> new CalendarEntry(
            rs.getString("meeting_id"), rs.getString("organisation_id"), rs.getString("name"),
            MeetingKind.valueOf(rs.getString("kind")), dateTime(rs, "scheduled_start"), rs.getString("place"),
            MeetingStage.valueOf(rs.getString("stage")), dateTime(rs, "started_at"), dateTime(rs, "ended_at"),
            bool(rs, "notice_late"), bool(rs, "meeting_too_short"),
            enumOf(rs, "quality_voted_level", QualityLevel.class));

    private final PageQuery pages;
    private final OrganisationView organisations;

    MeetingCalendar(PageQuery pages, OrganisationView organisations) {
        this.pages = pages;
        this.organisations = organisations;
    }

    /** The subtree's meetings of the month (the day's tree and records with {@code asOf}). */
    public Page<CalendarEntry> month(String organisationId, YearMonth month, AsOf.Day asOf, Paging paging) {
        organisations.summary(organisationId);
        var params = new MapSqlParameterSource("organisationId", organisationId)
                .addValue("from", month.atDay(1).atStartOfDay())
                .addValue("to", month.plusMonths(1).atDay(1).atStartOfDay());
        return pages.page("""
                        select m.meeting_id, m.organisation_id, o.name, m.kind, m.scheduled_start, m.place, m.stage,
                               m.started_at, m.ended_at, m.notice_late, m.meeting_too_short, m.quality_voted_level
                        """, inMonth(asOf), "coalesce(m.started_at, m.opened_at, m.scheduled_start), o.name, m.meeting_id",
                params, paging, ENTRY);
    }
}
