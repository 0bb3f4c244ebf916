package vn.chibo.events.member;

/** Đảng viên chính thức / dự bị. Only official members vote. */
public enum MembershipStatus {
    OFFICIAL,
    PROBATIONARY
}
