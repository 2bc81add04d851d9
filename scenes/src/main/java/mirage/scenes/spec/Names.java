package mirage.scenes.spec;

/**
 * Names a spec gives that end up inside label and export files (category and keypoint names, sweep axis names and
 * labels): printable text. Refused: control characters (a line break, a tab, NUL: they break VOC's XML, KITTI's and
 * YOLO's lines and CSV rows), invisible format characters (zero-width and bidirectional marks: two names that look
 * the same would be different categories), line and paragraph separators, unpaired surrogates (not encodable as
 * UTF-8), and white space at either end (KITTI would write it as {@code _}). Split names, which also name files,
 * are stricter still (see {@link SplitSpec}).
 */
final class Names {
    private Names() {}

    /** @throws SpecViolation at {@code field} when {@code name} is blank or holds a refused character */
    static void check(String field, String name) {
        if (name.isBlank()) throw SpecViolation.invalid(field, "must be a non-empty name");
        for (int i = 0, k = 1; i < name.length(); i += Character.charCount(name.codePointAt(i)), k++) {
            int c = name.codePointAt(i);
            if (refused(c))
                throw SpecViolation.invalid(field, String.format("must not contain control or invisible characters, got U+%04X "
                        + "at character %d of %s", c, k, visible(name)));
        }
        if (isSpace(name.codePointAt(0)) || isSpace(name.codePointBefore(name.length())))
            throw SpecViolation.invalid(field, "must not start or end with white space, got " + visible(name));
    }

    /** {@code name} quoted on one line, every refused character written as an escape like {@code \u000A}. */
    static String visible(String name) {
        StringBuilder s = new StringBuilder();
        name.codePoints().limit(40).forEach(c -> {
            if (refused(c)) s.append(String.format("\\u%04X", c));
            else s.appendCodePoint(c);
        });
        return "\"" + s + (name.codePointCount(0, name.length()) > 40 ? "..." : "") + "\"";
    }

    /** White space, no-break spaces included. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean refused(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }
}
