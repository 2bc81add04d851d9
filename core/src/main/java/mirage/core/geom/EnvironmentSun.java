package mirage.core.geom;

/**
 * The sun of an environment map: where its brightest patch above the horizon lies and what colour it is, so a
 * directional light can stand in for it and cast the sharp shadows that image-based lighting cannot. Found on the
 * CPU, once per map (see {@link #of}).
 *
 * @param x   the unit direction towards the sun, in the map's own axes (+Y up, u = 0.5 looking along -Z)
 * @param y   (see x)
 * @param z   (see x)
 * @param red the patch's mean colour, scaled so that its largest channel is 1 (white when the patch is black)
 * @param green (see red)
 * @param blue  (see red)
 */
public record EnvironmentSun(double x, double y, double z, double red, double green, double blue) {
    /** Texels within this angle of the brightest texel make up its patch, radians (the sun's disc is 0.27°). */
    static final double PATCH_RADIUS = Math.toRadians(4);
    /** ...when at least this fraction of the brightest texel's luminance: the disc and its bright halo, not the sky. */
    static final double PATCH_THRESHOLD = 0.5;

    /**
     * The brightest texel of the upper half (the rows whose centre lies above the horizon; ties: the first in row
     * order), then the solid-angle and luminance weighted mean direction and the mean colour of the texels of its
     * patch, of a {@code w x h} equirectangular map ({@link Equirect}) of linear RGB floats, top row first. Only the
     * upper half: a sun below the horizon would light the ground from underneath. Deterministic: a function of the
     * pixels alone.
     */
    public static EnvironmentSun of(int w, int h, float[] rgb) {
        if (w < 1 || h < 1 || rgb.length != 3L * w * h) throw new IllegalArgumentException(w + "x" + h + " map with " + rgb.length + " floats");
        int rows = Math.max(1, h / 2);
        int best = 0;
        double bestLum = -1;
        for (int i = 0; i < w * rows; i++) {
            double lum = luminance(rgb, i);
            if (lum > bestLum) {
                bestLum = lum;
                best = i;
            }
        }
        double[] centre = new double[3], d = new double[3];
        texelDirection(best % w, best / w, w, h, centre);
        double cosRadius = Math.cos(PATCH_RADIUS);
        double[] dir = new double[3], colour = new double[3];
        for (int j = 0; j < rows; j++) {
            double solidAngle = Equirect.texelSolidAngle(j, w, h);
            for (int i = 0; i < w; i++) {
                int k = j * w + i;
                double lum = luminance(rgb, k);
                if (lum < PATCH_THRESHOLD * bestLum) continue;
                texelDirection(i, j, w, h, d);
                if (d[0] * centre[0] + d[1] * centre[1] + d[2] * centre[2] < cosRadius) continue;
                double weight = solidAngle * Math.max(lum, 0);
                for (int c = 0; c < 3; c++) {
                    dir[c] += weight * d[c];
                    colour[c] += solidAngle * Math.max(rgb[3 * k + c], 0);
                }
            }
        }
        double len = Math.sqrt(dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2]);
        if (!(len > 0)) System.arraycopy(centre, 0, dir, 0, 3);   // a black (or negative) map: the first texel's centre
        else for (int c = 0; c < 3; c++) dir[c] /= len;
        double peak = Math.max(colour[0], Math.max(colour[1], colour[2]));
        if (!(peak > 0) || !Double.isFinite(peak)) return new EnvironmentSun(dir[0], dir[1], dir[2], 1, 1, 1);
        return new EnvironmentSun(dir[0], dir[1], dir[2], colour[0] / peak, colour[1] / peak, colour[2] / peak);
    }

    private static double luminance(float[] rgb, int texel) {
        double l = 0.2126 * rgb[3 * texel] + 0.7152 * rgb[3 * texel + 1] + 0.0722 * rgb[3 * texel + 2];
        return Double.isFinite(l) ? l : -1;
    }

    private static void texelDirection(int i, int j, int w, int h, double[] out) {
        Equirect.direction((i + 0.5) / w, (j + 0.5) / h, out);
    }
}
