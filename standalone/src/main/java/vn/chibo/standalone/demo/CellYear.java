package vn.chibo.standalone.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A cell's year through the full command API, as one chain of calls in date order: they must be sent
 * one after the other. {@code openTasks}: the tasks still open when the year ends, with their deadline —
 * those past it are what the overdue check marks.
 */
public record CellYear(String cellId, List<Call> calls, Map<String, LocalDate> openTasks) {
}
