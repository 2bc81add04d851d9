package mirage.report;

/**
 * A fixed colour per category id, for drawing labels: ten well-separated colours for ids 1..10 (the Tableau 10
 * palette), then hues spaced by the golden angle at full saturation, so neighbouring ids always differ.
 */
public final class CategoryPalette {
    private static final int[] FIRST = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1,
            0xFF9DA7, 0x9C755F, 0xBAB0AC};
    private static final double GOLDEN_ANGLE_DEG = 137.50776405003785;

    private CategoryPalette() {
    }

    /** The colour of category {@code id} (>= 1) as 0xRRGGBB. */
    public static int rgb(int id) {
        if (id < 1) throw new IllegalArgumentException("category id must be >= 1: " + id);
        if (id <= FIRST.length) return FIRST[id - 1];
        return hsvToRgb((id - FIRST.length) * GOLDEN_ANGLE_DEG % 360, 0.85, 0.95);
    }

    /** HSV (hue degrees 0..360, saturation and value 0..1) to 0xRRGGBB. */
    static int hsvToRgb(double hueDeg, double s, double v) {
        double h = hueDeg / 60;
        int sector = (int) Math.floor(h) % 6;
        double f = h - Math.floor(h);
        double p = v * (1 - s);
        double q = v * (1 - s * f);
        double t = v * (1 - s * (1 - f));
        double[] rgb = switch (sector) {
            case 0 -> new double[] {v, t, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, t};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {t, p, v};
            default -> new double[] {v, p, q};
        };
        return (int) Math.round(rgb[0] * 255) << 16 | (int) Math.round(rgb[1] * 255) << 8 | (int) Math.round(rgb[2] * 255);
    }
}
