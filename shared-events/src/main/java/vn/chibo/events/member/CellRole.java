package vn.chibo.events.member;

/**
 * A member's role in their cell. The secretary and deputy are elected in every cell large enough to
 * elect them; the cell committee (chi ủy) exists only in cells large enough for one (policy thresholds).
 */
public enum CellRole {
    /** Bí thư chi bộ. */
    SECRETARY,
    /** Phó bí thư chi bộ. */
    DEPUTY_SECRETARY,
    /** Chi ủy viên. */
    COMMITTEE_MEMBER,
    /** Đảng viên. */
    MEMBER;

    /** Whether the role belongs to the cell's leadership (secretary, deputy, cell committee). */
    public boolean leads() {
        return this != MEMBER;
    }
}
