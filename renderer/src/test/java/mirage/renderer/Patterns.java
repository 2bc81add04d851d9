package mirage.renderer;

import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;

/**
 * Procedural patterns and UV transforms as mirage.scenes.model.Material defines them, written again from that
 * definition for expected values (the noise hash is lowbias32, as documented in common/surface.glsl).
 */
final class Patterns {
    private Patterns() {}

    /** uv' = R(rotation) (scale uv) + offset. */
    static double[] transform(Material.UvTransform t, double u, double v) {
        double a = Math.toRadians(t.rotationDeg()), c = Math.cos(a), s = Math.sin(a);
        return new double[] {t.scale() * (c * u - s * v) + t.offsetU(), t.scale() * (s * u + c * v) + t.offsetV()};
    }

    /** Checker and stripes: the colour (sRGB display values) at a transformed uv. */
    static Rgb twoColour(Material.Surface.Procedural p, double u, double v) {
        long index = (long) Math.floor(u * p.cells());
        if (p.pattern() == Material.Pattern.CHECKER) index += (long) Math.floor(v * p.cells());
        return Math.floorMod(index, 2) == 0 ? p.a() : p.b();
    }

    /** Noise: the linear colour at a transformed uv. */
    static double[] noise(Material.Surface.Procedural p, double u, double v) {
        double x = u * p.cells(), y = v * p.cells();
        int cx = (int) Math.floor(x), cy = (int) Math.floor(y);
        double fx = x - cx, fy = y - cy;
        double wx = fx * fx * (3 - 2 * fx), wy = fy * fy * (3 - 2 * fy);
        double bottom = lerp(lattice(cx, cy, p.seed()), lattice(cx + 1, cy, p.seed()), wx);
        double top = lerp(lattice(cx, cy + 1, p.seed()), lattice(cx + 1, cy + 1, p.seed()), wx);
        double n = lerp(bottom, top, wy);
        double[] a = Shading.linear(p.a().r(), p.a().g(), p.a().b()), b = Shading.linear(p.b().r(), p.b().g(), p.b().b());
        return new double[] {lerp(a[0], b[0], n), lerp(a[1], b[1], n), lerp(a[2], b[2], n)};
    }

    static double lattice(int cx, int cy, int seed) {
        int h = hash32(cx + hash32(cy + hash32(seed)));
        return (h >>> 8) / 16777215.0;
    }

    static int hash32(int x) {
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return x;
    }

    static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** The byte triple 0xRRGGBB of sRGB display values. */
    static int rgbOf(Rgb c) {
        return (int) Math.round(255 * c.r()) << 16 | (int) Math.round(255 * c.g()) << 8 | (int) Math.round(255 * c.b());
    }
}
