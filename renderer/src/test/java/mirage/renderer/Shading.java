package mirage.renderer;

/**
 * The shading model documented in shaded/brdf.glsl and shaded/lights.glsl, written again in double precision from
 * its definition (GGX, Smith-Schlick with k = alpha / 2, Schlick Fresnel, Lambert; spot smoothstep over the angle),
 * for expected pixel values. Vectors are double[3]; colours linear RGB.
 */
final class Shading {
    private Shading() {}

    static double toLinear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double toSrgb(double c) {
        c = Math.max(0, Math.min(1, c));
        return c < 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }

    /** The byte a linear value ends up as in the colour image. */
    static int byteOf(double linear) {
        return (int) Math.round(255 * toSrgb(linear));
    }

    /** Expected 0xRRGGBB of a linear colour. */
    static int rgbOf(double[] linear) {
        return byteOf(linear[0]) << 16 | byteOf(linear[1]) << 8 | byteOf(linear[2]);
    }

    static double[] linear(double r, double g, double b) {
        return new double[] {toLinear(r), toLinear(g), toLinear(b)};
    }

    /** pi times the BRDF: reflected = radiance * NoL * this. */
    static double[] brdfTimesPi(double[] n, double[] toEye, double[] toLight, double[] base, double roughness, double metallic) {
        double[] h = normalize(add(toLight, toEye));
        double nol = Math.max(dot(n, toLight), 0), nov = Math.max(dot(n, toEye), 1e-4);
        double noh = Math.max(dot(n, h), 0), voh = Math.max(dot(toEye, h), 0);
        double r = Math.max(roughness, 0.045), alpha = r * r, a2 = alpha * alpha;
        double d = noh * noh * (a2 - 1) + 1;
        double dist = a2 / (Math.PI * d * d);
        double k = alpha / 2;
        double g = nov / (nov * (1 - k) + k) * (nol / (nol * (1 - k) + k));
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            double f0 = 0.04 + (base[c] - 0.04) * metallic;
            double f = f0 + (1 - f0) * Math.pow(1 - voh, 5);
            double specular = dist * g * f / (4 * Math.max(nol, 1e-4) * nov);
            out[c] = (1 - metallic) * base[c] + Math.PI * specular;
        }
        return out;
    }

    /** A spot's strength at angle theta from its axis: 1 inside cone - softness, smoothstep to 0 at the cone. */
    static double spot(double thetaDeg, double coneDeg, double softnessDeg) {
        if (thetaDeg >= coneDeg) return 0;
        if (softnessDeg <= 0) return 1;
        double t = Math.min(1, Math.max(0, (coneDeg - thetaDeg) / softnessDeg));
        return t * t * (3 - 2 * t);
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    static double[] normalize(double[] a) {
        double len = Math.sqrt(dot(a, a));
        return new double[] {a[0] / len, a[1] / len, a[2] / len};
    }

    /** Asserts each channel of an 0xRRGGBB pixel within tolerance of the expected one. */
    static void assertRgb(int expected, int actual, int tolerance, String where) {
        for (int shift = 16; shift >= 0; shift -= 8) {
            int e = expected >> shift & 0xff, a = actual >> shift & 0xff;
            if (Math.abs(e - a) > tolerance)
                throw new AssertionError(where + ": expected " + String.format("%06x", expected) + " but was "
                        + String.format("%06x", actual));
        }
    }
}
