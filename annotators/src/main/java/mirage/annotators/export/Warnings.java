package mirage.annotators.export;

import java.util.List;
import java.util.stream.Collectors;

/** Helpers for short warning lines. */
final class Warnings {
    private static final int LISTED = 20;

    private Warnings() {
    }

    /** The first 20 ids, comma-separated, then "and N more" when there are more. */
    static String firstIds(List<?> ids) {
        String listed = ids.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        return ids.size() > LISTED ? listed + " and " + (ids.size() - LISTED) + " more" : listed;
    }
}
