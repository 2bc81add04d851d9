package mirage.dataset.export;

import java.util.List;
import java.util.stream.Collectors;

/** Helpers for short warning lines. */
final class Warnings {
    /** How many ids a warning lists. */
    static final int LISTED = 20;

    private Warnings() {
    }

    /** The first 20 ids, comma-separated, then "and N more" when there are more. */
    static String firstIds(List<?> ids) {
        return firstIds(ids, ids.size());
    }

    /** The first 20 of {@code total} ids, whose first ones are {@code first}, as {@link #firstIds(List)} does. */
    static String firstIds(List<?> first, long total) {
        String listed = first.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        return total > LISTED ? listed + " and " + (total - LISTED) + " more" : listed;
    }
}
