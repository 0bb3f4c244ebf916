package vn.chibo.command.plan;

import java.util.List;
import java.util.Optional;

/**
 * What command handlers may know about thematic plans other than their own aggregate. The meeting
 * side looks up the theme a thematic meeting names with {@link #approvedTheme}.
 */
public interface PlanDirectory {

    /** The plan of a cell for a year, if one was submitted. */
    Optional<String> planFor(String cellId, int year);

    /** The plans a cell holds (of any year), leaving out those superseded by a merge. */
    List<String> plansOf(String cellId);

    /** The plan whose submissions use this theme id, if any. */
    Optional<String> planUsingTheme(String themeId);

    /** The theme as its plan's latest approved submission states it; empty if no approved submission holds it. */
    Optional<ApprovedTheme> approvedTheme(String themeId);

    record ApprovedTheme(String themeId, String planId, String cellId, int year, int quarter, String title,
                         String leadReporterId) {
    }
}
