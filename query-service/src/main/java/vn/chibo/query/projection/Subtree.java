package vn.chibo.query.projection;

/** SQL naming an organisation's whole subtree (itself included) through the closure table. */
public final class Subtree {

    /** The ids of the organisations in the subtree of the organisation bound to {@code :organisationId}. */
    public static final String OF_ORGANISATION =
            "(select organisation_id from organisation_ancestor where ancestor_id = :organisationId)";

    private Subtree() {
    }
}
