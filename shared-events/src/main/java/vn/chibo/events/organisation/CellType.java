package vn.chibo.events.organisation;

/** Loại hình chi bộ — the type of a cell (domain brief §1). */
public enum CellType {
    /** Thôn, tổ dân phố. */
    VILLAGE,
    /** Trường học. */
    SCHOOL,
    /** Trạm y tế. */
    HEALTH_STATION,
    /** Công an xã. */
    COMMUNE_POLICE,
    /** Cơ quan. */
    AGENCY,
    /** Doanh nghiệp ngoài khu vực Nhà nước. */
    ENTERPRISE,
    /** Khác. */
    OTHER
}
