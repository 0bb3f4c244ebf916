package vn.chibo.query.indicator;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which tree a period's figures are grouped by ({@code ?tree=}). {@code then} (the default): each month's
 * figures belong to the tree as it stood in that month, so a unit that moved counts for its old
 * committee until the move and for the new one after. {@code current}: the same cell-level figures
 * regrouped under today's tree, as if every cell had always stood where it stands now.
 */
public enum TreeChoice {
    THEN,
    CURRENT;

    /** Reads the parameter's value in any case; anything else is a 400 naming the two values. */
    public static TreeChoice parse(String value) {
        return Arrays.stream(values()).filter(choice -> choice.name().equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("tree: " + value));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
