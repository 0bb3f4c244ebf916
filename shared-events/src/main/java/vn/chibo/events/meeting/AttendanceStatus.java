package vn.chibo.events.meeting;

/**
 * Điểm danh — how the minutes list a member of the cell at a meeting. The last two are what the minutes
 * count apart from the absentees; like absence with a reason and exemption, they leave the member out
 * of the members counted in a vote.
 */
public enum AttendanceStatus {
    /** Có mặt. */
    PRESENT,
    /** Vắng có lý do (the reason is recorded). */
    ABSENT_WITH_REASON,
    /** Vắng không có lý do: counted by the absence watch. */
    ABSENT_WITHOUT_REASON,
    /** Miễn sinh hoạt, and absent: an exempt member who attends is {@link #PRESENT}. */
    EXEMPT,
    /** Sinh hoạt tạm thời nơi khác: meeting with another cell for a while. */
    TEMPORARILY_ATTACHED_ELSEWHERE,
    /** Bị đình chỉ sinh hoạt hoặc bị tạm giam. */
    SUSPENDED_OR_DETAINED
}
