package vn.chibo.report.meeting;

import java.time.YearMonth;
import java.util.List;

/**
 * Meetings held in a month by the cells of an organisation's subtree. The headline figures are read
 * from query-service's read model; the list is this service's own record of each cell's meetings.
 */
public record MeetingsHeldReport(
        String organisationId,
        String organisationName,
        YearMonth month,
        long cells,
        long cellsMet,
        long meetingsHeld,
        List<CellLine> lines) {

    public record CellLine(String organisationId, String name, String parentName, long meetingsHeld) {
    }
}
