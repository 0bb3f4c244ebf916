package vn.chibo.events.organisation;

/**
 * What an organisation is structurally. Committees (cấp ủy: tỉnh ủy, huyện ủy, đảng ủy) have
 * organisations below them; cells (chi bộ) hold the members and the meetings. How many committee
 * levels sit above a cell, and what each level is called, is data ({@code levelLabel}), not code.
 */
public enum OrganisationKind {
    COMMITTEE,
    CELL
}
