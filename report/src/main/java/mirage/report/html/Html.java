package mirage.report.html;

import java.math.BigDecimal;
import java.util.Locale;

/** Text for HTML and SVG: escaping and locale-independent numbers. */
final class Html {
    private Html() {
    }

    /** {@code s} safe inside an element or a double-quoted attribute. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A number for people: integers as they are, others with 4 significant digits, no trailing zeros. */
    static String num(double v) {
        if (Double.isNaN(v)) return "–";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, Math.abs(v) >= 1e-3 && Math.abs(v) < 1e6 ? "%.4g" : "%.3e", v);
        if (s.contains("e")) return s;
        return new BigDecimal(s).stripTrailingZeros().toPlainString();
    }

    /** A coordinate in an SVG: at most 2 decimals. */
    static String px(double v) {
        return num(Math.round(v * 100) / 100.0);
    }

    /** {@code 0xRRGGBB} as {@code #rrggbb}. */
    static String color(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
