package vn.chibo.events.member;

/** Why a member moved from one cell to another (chuyển sinh hoạt đảng trong nội bộ). */
public enum TransferReason {
    /** An ordinary transfer: new workplace, new residence. */
    ORDINARY,
    /** The member's cell was merged into another (sáp nhập). */
    MERGE,
    /** The member's cell was split into new cells (chia tách). */
    SPLIT
}
