package vn.chibo.events.meeting;

/** Xếp loại chất lượng buổi sinh hoạt: tốt, khá, trung bình, kém. */
public enum QualityLevel {
    GOOD,
    FAIR,
    AVERAGE,
    POOR
}
