package mirage.annotators.depth;

/**
 * A surface depth that does not fit the 16-bit depth PNG at the chosen {@code depth_scale}: beyond
 * {@code 65535 * depthScale} mm, or nearer than half a unit (it would read as 0, "no surface").
 */
public final class DepthRangeException extends IllegalArgumentException {
    private final double depthMetres;
    private final double limitMetres;

    DepthRangeException(double depthMetres, int x, int y, double depthScale) {
        super(message(depthMetres, x, y, depthScale));
        this.depthMetres = depthMetres;
        this.limitMetres = DepthPng.MAX_UNITS * depthScale / 1000.0;
    }

    private static String message(double depth, int x, int y, double depthScale) {
        double limit = DepthPng.MAX_UNITS * depthScale / 1000.0;
        String where = " at (x=" + x + ", y=" + y + ")";
        if (depth > limit) {
            return "depth " + depth + " m" + where + " exceeds the 16-bit depth PNG limit of " + limit
                    + " m (65535 units of depth_scale " + depthScale + " mm); raise depth_scale or clamp";
        }
        return "depth " + depth + " m" + where + " is below half a unit of depth_scale " + depthScale
                + " mm and would read as 0 (no surface); lower depth_scale or clamp";
    }

    /** The offending depth, metres. */
    public double depthMetres() {
        return depthMetres;
    }

    /** The largest depth that fits, metres. */
    public double limitMetres() {
        return limitMetres;
    }
}
