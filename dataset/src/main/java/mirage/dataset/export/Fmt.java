package mirage.dataset.export;

import java.util.Locale;

/** Locale-independent number formatting for the text formats. */
final class Fmt {
    private Fmt() {
    }

    /**
     * {@code v} with exactly {@code decimals} digits after the point ({@link java.util.Formatter} {@code %.Nf},
     * {@link Locale#ROOT}); a result that rounds to zero is written without a minus sign.
     */
    static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return isNegativeZero(s) ? s.substring(1) : s;
    }

    /** {@code v} as {@code %.12e} (KITTI calibration style), e.g. {@code 7.215377000000e+02}. */
    static String scientific(double v) {
        String s = String.format(Locale.ROOT, "%.12e", v);
        return s.startsWith("-") && v == 0 ? s.substring(1) : s;
    }

    private static boolean isNegativeZero(String s) {
        if (!s.startsWith("-")) return false;
        for (int i = 1; i < s.length(); i++) if (s.charAt(i) != '0' && s.charAt(i) != '.') return false;
        return true;
    }
}
