package vn.chibo.events.meeting;

/** Loại sinh hoạt — the kinds of meeting a cell holds (domain brief §3). */
public enum MeetingKind {
    /** Sinh hoạt thường kỳ, every month. */
    REGULAR,
    /** Sinh hoạt chuyên đề, at least once a quarter. */
    THEMATIC,
    /** Sinh hoạt chi ủy, prepares the cell meeting. */
    CELL_COMMITTEE,
    /** Sinh hoạt bất thường. */
    EXTRAORDINARY
}
