package mirage.scenes.spec;

/** Folder-safe names for sweep variants: letters, digits, {@code .}, {@code _} and {@code -} only. */
final class SweepNames {
    /** Longest cleaned axis name or label. */
    static final int MAX_PART = 64;

    private SweepNames() {}

    /**
     * {@code text} with list brackets dropped ({@code lights[0]} reads {@code lights-0}), every run of other
     * characters replaced by one {@code -}, leading dots removed (no hidden folders), cut at {@link #MAX_PART}.
     *
     * @param leadingLetter also remove leading dashes (for the axis name, which starts a folder name)
     */
    static String clean(String text, boolean leadingLetter) {
        String s = text.replace("]", "").replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        s = s.replaceFirst(leadingLetter ? "^[.-]+" : "^\\.+", "");
        return s.length() > MAX_PART ? s.substring(0, MAX_PART) : s;
    }
}
