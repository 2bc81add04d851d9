package mirage.core.geom;

/**
 * The equirectangular layout of environment maps (see {@code common/environment.glsl}): +Y up at the top row,
 * u = 0.5 looking along -Z, u growing towards +X; texel (i, j) of a w x h map covers u in [i/w, (i+1)/w] and
 * polar angle theta in [j pi/h, (j+1) pi/h]. Pure maths, no GL.
 */
public final class Equirect {
    private Equirect() {}

    /** The unit direction at (u, v): {@code out = {x, y, z}}. */
    public static void direction(double u, double v, double[] out) {
        double phi = (u - 0.5) * 2 * Math.PI, theta = v * Math.PI;
        double s = Math.sin(theta);
        out[0] = s * Math.sin(phi);
        out[1] = Math.cos(theta);
        out[2] = -s * Math.cos(phi);
    }

    /** u of a unit direction, in [0, 1). */
    public static double u(double x, double z) {
        double u = Math.atan2(x, -z) / (2 * Math.PI) + 0.5;
        return u >= 1 ? u - 1 : u;
    }

    /** v of a unit direction's y, in [0, 1]. */
    public static double v(double y) {
        return Math.acos(Math.max(-1, Math.min(1, y))) / Math.PI;
    }

    /** Solid angle of any texel of row {@code j} of a {@code w x h} map, steradians. */
    public static double texelSolidAngle(int j, int w, int h) {
        return 2 * Math.PI / w * (Math.cos(j * Math.PI / h) - Math.cos((j + 1) * Math.PI / h));
    }

    /**
     * Bilinear lookup of an RGB float image at (u, v) (texel centres at (i + 0.5) / w), wrapping in u and clamping in
     * v, like the GL sampler; adds {@code weight} x the value into {@code acc}.
     */
    public static void bilinear(float[] rgb, int w, int h, double u, double v, double weight, double[] acc) {
        double x = u * w - 0.5, y = Math.max(0, Math.min(h - 1, v * h - 0.5));
        int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y);
        double fx = x - x0, fy = y - y0;
        int y1 = Math.min(h - 1, y0 + 1);
        int xa = Math.floorMod(x0, w), xb = Math.floorMod(x0 + 1, w);
        for (int c = 0; c < 3; c++) {
            double top = rgb[3 * (y0 * w + xa) + c] * (1 - fx) + rgb[3 * (y0 * w + xb) + c] * fx;
            double bottom = rgb[3 * (y1 * w + xa) + c] * (1 - fx) + rgb[3 * (y1 * w + xb) + c] * fx;
            acc[c] += weight * (top * (1 - fy) + bottom * fy);
        }
    }
}
