package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mirage.core.frame.RenderedFrame;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.Primitive;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import mirage.shaders.ShaderDefines;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/**
 * Soft shadows against geometry. A thin square plate (an instance: a unit cube scaled to 1.2 x 0.02 x 1.2) is held
 * at height {@link #PLATE} over a ground slab (top y = 0), lit from straight above by a spot or a point light at
 * height {@link #LAMP}, or by a directional light. A camera straight above looks at the plate's shadow edge on the ground along +X.
 *
 * <p>The lit fraction of a ground pixel is measured from three renders: (soft - dark) / (unshadowed - dark), in linear
 * light (dark: the light off; unshadowed: shadows off). Expected: a spherical emitter of radius R seen past a straight
 * edge is a disc cut by a line, so the lit fraction across the edge is the disc's area fraction
 * F(s) = (acos(-s) + s sqrt(1 - s^2)) / pi, s the offset from the edge's geometric shadow over the penumbra's
 * half-width w. By similar triangles (lamp at H, plate edge at h, both over the point of the ground): the edge's shadow
 * is at x = 0.6 H / (H - h) and w = R h / (H - h); for a directional light of angular diameter a, the edge's shadow is
 * at x = 0.6 and w = h tan(a / 2). The 10 %-90 % width is then 2 w s90 with F(s90) = 0.9, solved here by bisection.
 */
class SoftShadowRenderTest extends SharedRenderer {
    static final int W = 192, H = 192;
    static final CameraIntrinsics K = CameraIntrinsics.fromVerticalFov(W, H, 20);
    static final Matrix4d WORLD_TO_CAMERA = new Matrix4d().scaling(1, -1, -1).lookAt(1.0, 4.0, 0, 1.0, 0, 0, 0, 0, -1);
    static final double PLATE = 1.0, LAMP = 3.0, HALF_PLATE = 0.6, AMBIENT = 0.1, LAMP_POWER = 14, SUN = 0.7;
    static final Matrix4d PLATE_POSE = new Matrix4d().translation(0, PLATE, 0).scale(2 * HALF_PLATE, 0.02, 2 * HALF_PLATE);
    static final Matrix4d GROUND = new Matrix4d().translation(0, -0.05, 0).scale(4, 0.1, 4);
    static final Rgb GROUND_COLOUR = new Rgb(0.6f, 0.6f, 0.6f);
    /** Bins of ground x over which lit fractions are averaged, metres; rows used: |z| below this. */
    static final double BIN = 0.004, ROWS = 0.15;
    /** Allowed relative error of a measured 10-90 % width against the geometric one. */
    static final double WIDTH_TOLERANCE = 0.10;

    static Light spot(float radius, boolean shadows, float power) {
        return Light.spot(new Vector3f(0, (float) LAMP, 0), new Vector3f(0, -1, 0), new Rgb(power, power, power), 35, 0, shadows)
                .withSize(radius);
    }

    static Light sun(float diameterDeg, boolean shadows, float power) {
        return Light.directional(new Vector3f(0, -1, 0), new Rgb(power, power, power), shadows).withSize(diameterDeg);
    }

    static Scene scene(Light light) {
        Instance plate = new Instance(1, 1, "plate", UnitCube.PATH, new Matrix4f(PLATE_POSE), Material.ASSET);
        Prop ground = new Prop(Prop.Role.DISTRACTOR, null, Primitive.CUBE, new Matrix4f(GROUND),
                new Material(new Material.Surface.BaseColor(GROUND_COLOUR), Material.UvTransform.IDENTITY, 1, 0));   // matte: no highlight
        float a = (float) AMBIENT;
        return new Scene(0, K, new Matrix4f(WORLD_TO_CAMERA), 0.1f, 50f, List.of(plate), List.of(ground), List.of(light),
                new Rgb(a, a, a), new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null);
    }

    static RenderedFrame render(Light light) {
        return renderer.render(scene(light), new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(0.8f, 0.3f, 0.2f))));
    }

    /** The ground point (y = 0) a pixel shows, or null where the plate hides it. */
    static Vector3d groundPoint(int u, int v) {
        Rays.Ray ray = Rays.pixel(K, WORLD_TO_CAMERA, u, v);
        double t = -ray.origin().y / ray.dir().y;
        return Rays.box(PLATE_POSE, ray) < t ? null : ray.at(t);
    }

    /** Green channel as linear light. */
    static double linear(RenderedFrame f, int u, int v) {
        return Shading.toLinear(((f.color().rgb(u, v) >> 8) & 0xFF) / 255.0);
    }

    /** Lit fraction of a ground pixel: (soft - dark) / (unshadowed - dark) in linear light. */
    interface Fraction {
        double at(int u, int v, Vector3d p);
    }

    static Fraction fraction(RenderedFrame soft, RenderedFrame unshadowed, RenderedFrame dark) {
        return (u, v, p) -> {
            double lo = linear(dark, u, v), hi = linear(unshadowed, u, v);
            assertTrue(hi - lo > 0.15 && hi < 0.95, "the light adds enough at " + p + " to measure a fraction: " + lo + " .. " + hi);
            return (linear(soft, u, v) - lo) / (hi - lo);
        };
    }

    /** Mean lit fraction per bin of ground x (bin i covers [i, i + 1) * BIN) near z = 0; NaN where no pixel fell. */
    static double[] profile(Fraction fraction) {
        int bins = (int) Math.ceil(2.5 / BIN);
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                Vector3d p = groundPoint(u, v);
                if (p == null || Math.abs(p.z) > ROWS || p.x < 0) continue;
                int b = (int) (p.x / BIN);
                if (b >= bins) continue;
                sum[b] += fraction.at(u, v, p);
                count[b]++;
            }
        double[] mean = new double[bins];
        for (int b = 0; b < bins; b++) mean[b] = count[b] == 0 ? Double.NaN : sum[b] / count[b];
        return mean;
    }

    /** The ground x where the profile first reaches {@code level} going +X from {@code from}, linearly interpolated. */
    static double crossing(double[] profile, double level, double from) {
        double prevX = Double.NaN, prevF = Double.NaN;
        for (int b = (int) (from / BIN); b < profile.length; b++) {
            if (Double.isNaN(profile[b])) continue;
            double x = (b + 0.5) * BIN;
            if (profile[b] >= level) return Double.isNaN(prevF) ? x : prevX + (x - prevX) * (level - prevF) / (profile[b] - prevF);
            prevX = x;
            prevF = profile[b];
        }
        throw new AssertionError("the profile never reaches " + level);
    }

    /** Lit fraction of a disc cut by a line at offset s (in radii) from its centre. */
    static double discFraction(double s) {
        return (Math.acos(-s) + s * Math.sqrt(1 - s * s)) / Math.PI;
    }

    /** The s in (0, 1) where the disc is 90 % lit, by bisection. */
    static double s90() {
        double lo = 0, hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (discFraction(mid) < 0.9) lo = mid;
            else hi = mid;
        }
        return lo;
    }

    record Measured(double low, double high, double[] profile) {
        double width() {
            return high - low;
        }
    }

    static Measured measure(RenderedFrame soft, RenderedFrame unshadowed, RenderedFrame dark, double searchFrom) {
        return measure(fraction(soft, unshadowed, dark), searchFrom);
    }

    static Measured measure(Fraction fraction, double searchFrom) {
        double[] p = profile(fraction);
        return new Measured(crossing(p, 0.1, searchFrom), crossing(p, 0.9, searchFrom), p);
    }

    /** The spot's shadow-map texel at the ground, metres (LightView.spot: cone plus its margin over 1024 texels). */
    static double spotTexelAtGround() {
        return 2 * Math.tan(Math.toRadians(35 + 1)) / 1024 * LAMP;
    }

    @Test
    void aSpotsPenumbraHasTheWidthOfSimilarTriangles() {
        assertPenumbraOfSimilarTriangles((radius, shadows, power) -> spot(radius, shadows, power), spotTexelAtGround());
    }

    /** A point light: its cube's -Y face holds the edge (LightView.pointProjection: 2.1 units over 1024 texels). */
    @Test
    void aPointLightsPenumbraHasTheWidthOfSimilarTriangles() {
        assertPenumbraOfSimilarTriangles((radius, shadows, power) -> Light.point(new Vector3f(0, (float) LAMP, 0),
                new Rgb(power, power, power), shadows).withSize(radius), 2 * 1.05 / 1024 * LAMP);
    }

    interface Lamp {
        Light of(float radius, boolean shadows, float power);
    }

    /** Lamps of radius 0, 5, 10 and 15 cm at LAMP over the plate: the measured widths against the geometric ones. */
    static void assertPenumbraOfSimilarTriangles(Lamp lamp, double texelAtGround) {
        float p = (float) LAMP_POWER;
        RenderedFrame unshadowed = render(lamp.of(0, false, p)), dark = render(lamp.of(0, false, 0));
        double edge = HALF_PLATE * LAMP / (LAMP - PLATE);
        double previous = 0;
        List<RenderedFrame> frames = new ArrayList<>();
        for (float radius : new float[] {0, 0.05f, 0.1f, 0.15f}) {
            RenderedFrame soft = render(lamp.of(radius, true, p));
            frames.add(soft);
            Measured m = measure(soft, unshadowed, dark, 0.55);
            double half = radius * PLATE / (LAMP - PLATE);
            assertTrue(half / texelAtGround < ShaderDefines.PCSS_MAX_RADIUS_TEXELS, "the scene stays under the cap");
            double expected = 2 * half * s90();
            String what = "radius " + radius + ": 10 % at " + m.low() + ", 90 % at " + m.high() + ", edge at " + edge;
            if (radius == 0) {
                assertTrue(m.width() < 5 * texelAtGround, what + ": a hard edge, a few texels wide (3x3 taps of 2x2 PCF, and pixels)");
            } else {
                assertEquals(expected, m.width(), WIDTH_TOLERANCE * expected, what + ": width");
                assertTrue(m.width() > previous, what + ": wider than the smaller light's " + previous);
            }
            assertEquals(edge, (m.low() + m.high()) / 2, 0.25 * half + 2 * texelAtGround, what + ": centred on the edge");
            assertDarkAndLit(m.profile(), edge, half, what);
            previous = m.width();
        }
        assertSameLabels(frames);
    }

    @Test
    void aDirectionalLightsPenumbraWidensWithItsAngularDiameter() {
        float s = (float) SUN;
        RenderedFrame unshadowed = render(sun(0, false, s)), dark = render(sun(0, false, 0));
        double previous = 0;
        List<RenderedFrame> frames = new ArrayList<>();
        for (float diameter : new float[] {0, 3, 6}) {
            RenderedFrame soft = render(sun(diameter, true, s));
            frames.add(soft);
            Measured m = measure(soft, unshadowed, dark, 0.47);
            double half = PLATE * Math.tan(Math.toRadians(diameter) / 2);
            double expected = 2 * half * s90();
            String what = "diameter " + diameter + " deg: 10 % at " + m.low() + ", 90 % at " + m.high();
            if (diameter == 0) {
                assertTrue(m.width() < 0.02, what + ": a hard edge");
            } else {
                assertEquals(expected, m.width(), WIDTH_TOLERANCE * expected, what + ": width");
                assertTrue(m.width() > previous, what + ": wider than the smaller light's " + previous);
            }
            assertEquals(HALF_PLATE, (m.low() + m.high()) / 2, 0.25 * half + 0.01, what + ": centred on the edge");
            assertDarkAndLit(m.profile(), HALF_PLATE, half, what);
            previous = m.width();
        }
        assertSameLabels(frames);
    }

    @Test
    void aSizeOfZeroDrawsTheHardShadowsBytes() {
        float p = (float) LAMP_POWER;
        RenderedFrame hard = render(spot(0, true, p)), sized = render(spot(0.1f, true, p)), zero = render(spot(0.1f, true, p).withSize(0));
        assertArrayEquals(hard.color().rgba(), zero.color().rgba(), "size 0 is the hard-shadow path");
        assertTrue(!java.util.Arrays.equals(hard.color().rgba(), sized.color().rgba()), "a size changes the RGB");
        RenderedFrame again = render(spot(0.1f, true, p));
        assertArrayEquals(sized.color().rgba(), again.color().rgba(), "soft shadows are the same bytes every time");
    }

    /**
     * A shadow catcher in place of the ground slab, over a grey background: the catcher multiplies the background by
     * (A + E s) / (A + E), E = radiance cos / d^2 the spot's light on a white Lambertian ground and s the lit
     * fraction, so s = (ratio - r0) / (1 - r0) with r0 = A / (A + E). The ground is not in the map's fit and lies
     * beyond its far plane (compared at the far plane), and its penumbra has the width of similar triangles too.
     */
    @Test
    void aShadowCatcherReceivesTheSamePenumbra() {
        float radius = 0.1f;
        Light lamp = spot(radius, true, (float) LAMP_POWER);
        Scene slab = scene(lamp);
        float grey = 0.8f;
        Scene catcher = new Scene(0, K, slab.worldToCamera(), slab.near(), slab.far(), slab.instances(), List.of(), slab.lights(),
                slab.ambient(), new Background.Solid(new Rgb(grey, grey, grey)), SensorEffects.NONE, null)
                .withGround(new mirage.scenes.model.Ground(0f, null));
        RenderedFrame f = renderer.render(catcher, new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(0.8f, 0.3f, 0.2f))));
        double background = Math.round(grey * 255);
        Measured m = measure((u, v, p) -> {
            double d2 = LAMP * LAMP + p.x * p.x + p.z * p.z;
            double e = LAMP_POWER / d2 * (LAMP / Math.sqrt(d2));
            double r0 = AMBIENT / (AMBIENT + e);
            return (((f.color().rgb(u, v) >> 8) & 0xFF) / background - r0) / (1 - r0);
        }, 0.55);
        double half = radius * PLATE / (LAMP - PLATE), expected = 2 * half * s90();
        String what = "catcher: 10 % at " + m.low() + ", 90 % at " + m.high();
        assertEquals(expected, m.width(), WIDTH_TOLERANCE * expected, what + ": width");
        assertEquals(HALF_PLATE * LAMP / (LAMP - PLATE), (m.low() + m.high()) / 2, 0.25 * half + 2 * spotTexelAtGround(), what);
        assertDarkAndLit(m.profile(), HALF_PLATE * LAMP / (LAMP - PLATE), half, what);
    }

    /** The umbra (more than a half-width plus a margin inside) is dark, the far side fully lit. */
    static void assertDarkAndLit(double[] profile, double edge, double half, String what) {
        double margin = half + 0.03;
        for (int b = 0; b < profile.length; b++) {
            double x = (b + 0.5) * BIN;
            if (Double.isNaN(profile[b])) continue;
            if (x < edge - margin && x > 0.5) assertEquals(0, profile[b], 0.03, what + ": umbra at x " + x);
            if (x > edge + margin) assertEquals(1, profile[b], 0.03, what + ": lit at x " + x);
        }
    }

    static void assertSameLabels(List<RenderedFrame> frames) {
        RenderedFrame first = frames.get(0);
        for (RenderedFrame f : frames) {
            assertArrayEquals(first.instances().ids(), f.instances().ids());
            assertArrayEquals(first.depth().metres(), f.depth().metres());
            assertArrayEquals(first.normals().rgba(), f.normals().rgba());
            assertArrayEquals(first.amodal().layer(0), f.amodal().layer(0));
        }
        assertTrue(java.util.Arrays.stream(first.instances().ids()).filter(i -> i == 1).count() > 500, "plate in view");
    }
}
