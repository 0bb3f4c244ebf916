package vn.chibo.command.resolution;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a command handler may know about a resolution other than its own aggregate: its cell, its
 * adoption and whether it was superseded or supersedes another.
 */
public interface ResolutionDirectory {

    Optional<Entry> find(String resolutionId);

    /** {@code supersededBy} and {@code supersedes} are null unless a supersession names this resolution. */
    record Entry(String resolutionId, String meetingId, String organisationId, LocalDate adoptedOn,
                 String supersededBy, String supersedes) {
    }
}
