package vn.chibo.query.projection;

/** The read model's event processor: one token for all projections, so they advance together. */
public final class ReadModel {

    public static final String PROCESSING_GROUP = "read-model";

    private ReadModel() {
    }
}
