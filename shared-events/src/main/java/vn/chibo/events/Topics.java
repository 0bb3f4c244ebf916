package vn.chibo.events;

/** Kafka topics of the contract. The version suffix changes only with an incompatible contract. */
public final class Topics {

    /** Every domain event, keyed by aggregate id so each aggregate's events stay in order. */
    public static final String EVENTS = "chibo.events.v1";

    private Topics() {
    }
}
