package mirage.annotators.depth;

import java.util.Objects;

/**
 * Camera z-depth (distance to the image plane, not along the ray) to 16-bit PNG units, BOP style: a PNG value
 * times {@code depthScale} gives millimetres, so {@code value = round(z_mm / depthScale)} (half up). 0 means no
 * surface: input 0, +infinity or NaN. Values that do not fit 1..65535 follow the {@link OverflowPolicy}; nothing
 * ever wraps.
 */
public final class DepthPng {
    /** The largest 16-bit value. */
    public static final int MAX_UNITS = 0xffff;

    /** What to do with a surface whose depth does not fit 1..65535 units. */
    public enum OverflowPolicy {
        /** Throw a {@link DepthRangeException} naming the depth, the pixel and the limit. */
        ERROR,
        /** Clamp to 65535 (or to 1 for a surface nearer than half a unit) and count the pixel. */
        CLAMP
    }

    /**
     * Encoded depth.
     *
     * @param width image width
     * @param height image height
     * @param units row-major 16-bit values 0..65535 (owned by this record, not copied)
     * @param clampedPixels pixels clamped under {@link OverflowPolicy#CLAMP}; 0 under ERROR
     * @param maxDepthMetres the largest finite positive input depth, metres (0 when there is no surface)
     */
    public record Encoded(int width, int height, int[] units, long clampedPixels, double maxDepthMetres) {
    }

    private DepthPng() {
    }

    /**
     * @param metres row-major camera z per pixel, metres, {@code width * height} values; 0, +inf or NaN = none
     * @param depthScale millimetres per unit, {@code > 0}
     * @throws DepthRangeException under ERROR when a surface does not fit
     * @throws IllegalArgumentException for a negative or -inf depth, or a size mismatch
     */
    public static Encoded encode(float[] metres, int width, int height, double depthScale, OverflowPolicy policy) {
        int[] units = new int[metres.length];
        return encode(metres, width, height, depthScale, policy, units);
    }

    /**
     * The pixels {@link #encode} would clamp, without encoding (no allocation).
     *
     * @throws DepthRangeException under ERROR when a surface does not fit, as {@code encode} does
     */
    public static long clampedPixels(float[] metres, int width, int height, double depthScale, OverflowPolicy policy) {
        return encode(metres, width, height, depthScale, policy, null).clampedPixels();
    }

    /** Encodes into {@code units}, or only counts when it is null. */
    private static Encoded encode(float[] metres, int width, int height, double depthScale, OverflowPolicy policy,
                                  int[] units) {
        Objects.requireNonNull(policy, "policy");
        check(metres, width, height, depthScale);
        long clamped = 0;
        double max = 0;
        for (int i = 0; i < metres.length; i++) {
            float z = metres[i];
            if (z == 0 || Float.isNaN(z) || z == Float.POSITIVE_INFINITY) continue;
            if (z < 0) throw new IllegalArgumentException("negative depth " + z + " m at " + pixel(i, width));
            max = Math.max(max, z);
            long u = Math.round(z * 1000.0 / depthScale);
            if (u >= 1 && u <= MAX_UNITS) {
                if (units != null) units[i] = (int) u;
            } else if (policy == OverflowPolicy.CLAMP) {
                if (units != null) units[i] = u < 1 ? 1 : MAX_UNITS;
                clamped++;
            } else {
                throw new DepthRangeException(z, i % width, i / width, depthScale);
            }
        }
        return new Encoded(width, height, units, clamped, max);
    }

    private static void check(float[] metres, int width, int height, double depthScale) {
        Objects.requireNonNull(metres, "metres");
        if (width < 1 || height < 1 || metres.length != (long) width * height) {
            throw new IllegalArgumentException("depth length " + metres.length + " != " + width + "*" + height);
        }
        if (!(depthScale > 0) || Double.isInfinite(depthScale)) {
            throw new IllegalArgumentException("depth_scale must be positive and finite: " + depthScale);
        }
    }

    private static String pixel(int i, int width) {
        return "(x=" + i % width + ", y=" + i / width + ")";
    }
}
