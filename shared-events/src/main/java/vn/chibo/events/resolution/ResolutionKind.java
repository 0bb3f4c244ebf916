package vn.chibo.events.resolution;

/** What a meeting adopted: a resolution (nghị quyết) or a conclusion (kết luận). */
public enum ResolutionKind {
    /** Nghị quyết. */
    RESOLUTION,
    /** Kết luận — what a thematic meeting or a short regular meeting usually adopts. */
    CONCLUSION
}
