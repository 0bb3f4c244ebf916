package vn.chibo.events.meeting;

/** Nội dung sinh hoạt — the items of a meeting (domain brief §3.4; theme and lead report for thematic meetings). */
public enum AgendaItemKind {
    /** Thông tin thời sự. */
    NEWS,
    /** Kiểm điểm việc thực hiện nghị quyết tháng trước, task by task. */
    PREVIOUS_RESOLUTION_REVIEW,
    /** Đánh giá tình hình tư tưởng của đảng viên và nhân dân. */
    IDEOLOGY,
    /** Công tác xây dựng Đảng. */
    PARTY_BUILDING,
    /** Tự phê bình và phê bình. */
    CRITICISM_AND_SELF_CRITICISM,
    /** Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. */
    HO_CHI_MINH_STUDY,
    /** Chuyên đề: the theme from the cell's registered annual plan. */
    THEME,
    /** Báo cáo đề dẫn: the lead report on the theme, written by a member the cell committee assigned. */
    LEAD_REPORT,
    /** Any other item (an extraordinary meeting's business, for instance). */
    OTHER
}
