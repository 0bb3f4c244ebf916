package vn.chibo.events.member;

/** Why a member no longer belongs to any cell of the tree. */
public enum LeavingReason {
    /** Xóa tên. */
    REMOVAL,
    /** Khai trừ. */
    EXPULSION,
    /** Chuyển sinh hoạt đảng ra ngoài (to an organisation outside this tree). */
    TRANSFER_OUT,
    /** Từ trần. */
    DEATH
}
