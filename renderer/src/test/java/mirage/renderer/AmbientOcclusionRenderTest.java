package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import mirage.core.frame.RenderedFrame;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.Primitive;
import mirage.scenes.model.AmbientOcclusion;
import mirage.scenes.model.Background;
import mirage.scenes.model.Ground;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.spec.RenderSpec.Antialias;
import mirage.scenes.spec.RenderSpec.Tonemap;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/**
 * Screen-space ambient occlusion (render.ambient_occlusion) against what it should do: nothing on open surfaces (a
 * plane, a sphere), a contact darkening on a floor next to a box that matches the horizon model of ao.frag within a
 * stated tolerance and is gone beyond the radius, a contact shadow on a shadow catcher, and labels that never change.
 */
class AmbientOcclusionRenderTest extends SharedRenderer {
    static final int W = 256, H = 192;
    static final CameraIntrinsics K = CameraIntrinsics.fromVerticalFov(W, H, 50);
    static final float RADIUS = 0.5f;
    static final AmbientOcclusion FULL = new AmbientOcclusion(RADIUS, 1);
    /** ao.frag's bias on the sine of the horizon. */
    static final double BIAS = 0.1;

    static RenderedFrame render(Scene scene) {
        return renderer.render(scene, new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(0.5f, 0.5f, 0.5f))));
    }

    static Scene scene(Matrix4d worldToCamera, List<Instance> instances, List<Prop> props, List<Light> lights, float ambient, Ground ground) {
        return new Scene(0, K, new Matrix4f(worldToCamera), 0.1f, 50f, instances, props, lights, new Rgb(ambient, ambient, ambient),
                new Background.Solid(new Rgb(0.6f, 0.7f, 0.8f)), SensorEffects.NONE, null).withGround(ground);
    }

    static final Material GREY = Material.of(new Material.Surface.BaseColor(new Rgb(0.5f, 0.5f, 0.5f)));

    // (a) ---------------------------------------------------------------------------------------------------------

    /** A camera-facing wall, a tilted one and a sphere, lit by the ambient and a light: AO changes no byte by more than 1. */
    @Test
    void openSurfacesAreNotDarkened() {
        Light sun = Light.directional(new Vector3f(0.3f, 0.4f, 1).normalize(), new Rgb(1.5f, 1.5f, 1.5f), true);
        Prop wall = new Prop(Prop.Role.DISTRACTOR, null, Primitive.CUBE, new Matrix4f().translation(0, 0, 4).scale(6, 6, 0.1f), GREY);
        Prop tilted = new Prop(Prop.Role.DISTRACTOR, null, Primitive.CUBE,
                new Matrix4f().translation(0, 0, 4).rotateY(1.0f).scale(6, 6, 0.1f), GREY);
        Prop sphere = new Prop(Prop.Role.OCCLUDER, null, Primitive.SPHERE, new Matrix4f().translation(0.2f, 0.1f, 3).scale(1.2f), GREY);
        for (Prop p : List.of(wall, tilted, sphere))
            for (HdrLook hdr : new HdrLook[] {null, new HdrLook(Tonemap.LINEAR, 0, null)}) {
                Scene off = scene(new Matrix4d(), List.of(), List.of(p), List.of(sun), 0.4f, null).withHdr(hdr);
                RenderedFrame a = render(off), b = render(off.withAmbientOcclusion(FULL));
                int worst = 0, seen = 0;
                for (int v = 0; v < H; v++)
                    for (int u = 0; u < W; u++) {
                        if (a.depth().get(u, v) > 0) seen++;
                        worst = Math.max(worst, maxChannelDifference(a.color().rgb(u, v), b.color().rgb(u, v)));
                    }
                assertTrue(seen > 1000, "the surface is seen");
                assertTrue(worst <= 1, p.primitive() + (hdr == null ? "" : ", HDR") + ": a byte changed by " + worst);
            }
    }

    // (b) ---------------------------------------------------------------------------------------------------------

    /** Top-down camera C metres above a floor (y = 0); a box BOX_H tall, its long edges at z = +-HALF_DEPTH. */
    static final double C = 3, BOX_H = 0.25, HALF_DEPTH = 0.2, HALF_LENGTH = 1.2;
    static final Matrix4d TOP_DOWN = new Matrix4d().scaling(1, -1, -1).lookAt(0, C, 0, 0, 0, 0, 0, 0, -1);

    static Scene boxOnFloor() {
        Instance box = new Instance(1, 1, "box", UnitCube.PATH,
                new Matrix4f().translation(0, (float) BOX_H / 2, 0).scale((float) (2 * HALF_LENGTH), (float) BOX_H, (float) (2 * HALF_DEPTH)),
                GREY);
        return scene(TOP_DOWN, List.of(box), List.of(), List.of(), 0.6f, new Ground(0, GREY));
    }

    /**
     * The occlusion ao.frag gives one direction whose nearest occluder is a point BOX_H above the floor at
     * horizontal distance l: the sine of its elevation, less the bias, times the falloff 1 - (distance / R)^2.
     */
    static double occluder(double l) {
        double dist2 = l * l + BOX_H * BOX_H;
        if (dist2 >= RADIUS * RADIUS) return 0;
        double sine = BOX_H / Math.sqrt(dist2);
        return Math.max(0, Math.min(1, (sine - BIAS) / (1 - BIAS))) * (1 - dist2 / (RADIUS * RADIUS));
    }

    /**
     * Expected visibility of a floor point at distance d from a long straight edge of the box's top: directions
     * spread evenly around the point; one at angle phi to the edge's normal (|phi| < 90 degrees) first meets the top
     * at horizontal distance d / cos(phi), the others see open floor. Visibility = 1 - mean occlusion over phi.
     */
    static double expectedVisibility(double d) {
        int n = 3600;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double phi = (i + 0.5) / n * 2 * Math.PI - Math.PI;
            double c = Math.cos(phi);
            if (c > 1e-9) sum += occluder(d / c);
        }
        return 1 - sum / n;
    }

    /**
     * The floor next to the box's long edge: the measured visibility (linear ambient-only radiance with AO over
     * without) averaged over 4 cm bands of distance matches {@link #expectedVisibility} within 0.05 (the model is
     * continuous; the shader takes 8 steps of about R/8 per direction, so its first hit lies up to a step beyond the
     * edge, and the view's perspective shifts the samples on the box's top towards the axis by up to x H / C),
     * darkens towards the box, and is 1 (within a byte's rounding) beyond the radius. Half the intensity gives half
     * the occlusion.
     */
    @Test
    void floorNextToABoxDarkensAsTheHorizonModelSays() {
        Scene off = boxOnFloor();
        RenderedFrame a = render(off), full = render(off.withAmbientOcclusion(FULL)),
                half = render(off.withAmbientOcclusion(new AmbientOcclusion(RADIUS, 0.5)));
        int bands = 20;
        double width = 0.04;
        double[] measured = new double[bands], expected = new double[bands], halfMeasured = new double[bands];
        int[] count = new int[bands];
        double worstFar = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                Vector3d p = floorPoint(u, v, a);
                if (p == null || Math.abs(p.x) > 0.6) continue;
                double d = Math.abs(p.z) - HALF_DEPTH;
                double off0 = linear(a.color().rgb(u, v)), vis = linear(full.color().rgb(u, v)) / off0;
                if (d > RADIUS + 0.05) {
                    worstFar = Math.max(worstFar, Math.abs(1 - vis));
                    continue;
                }
                int band = (int) (d / width);
                if (band >= bands) continue;
                measured[band] += vis;
                halfMeasured[band] += linear(half.color().rgb(u, v)) / off0;
                expected[band] += expectedVisibility(d);
                count[band]++;
            }
        StringBuilder table = new StringBuilder();   // shown with any failure
        double previous = 0;
        for (int b = 0; b < bands; b++) {
            if (count[b] == 0) continue;
            double m = measured[b] / count[b], e = expected[b] / count[b], h = halfMeasured[b] / count[b];
            table.append(String.format("%n  d %.2f..%.2f: measured %.3f expected %.3f half %.3f (%d px)", b * width, (b + 1) * width, m, e, h, count[b]));
        }
        String all = table.toString();
        for (int b = 0; b < bands; b++) {
            if (count[b] < 20) continue;
            double m = measured[b] / count[b], e = expected[b] / count[b], h = halfMeasured[b] / count[b];
            assertEquals(e, m, 0.05, "band " + b + all);
            assertEquals(1 - (1 - m) / 2, h, 0.01, "half the intensity, band " + b + all);
            assertTrue(m >= previous - 0.01, "lighter away from the box, band " + b + all);
            previous = m;
        }
        assertTrue(measured[0] / count[0] < 0.8, "darkened next to the box" + all);
        assertTrue(worstFar < 0.02, "beyond the radius nothing changes: " + worstFar + all);
    }

    /** The floor point a pixel shows, or null where it shows the box (or nothing). */
    static Vector3d floorPoint(int u, int v, RenderedFrame f) {
        if (f.instances().get(u, v) != 0 || f.depth().get(u, v) <= 0) return null;
        Rays.Ray ray = Rays.pixel(K, TOP_DOWN, u, v);
        double t = -ray.origin().y / ray.dir().y;
        return t > 0 ? ray.at(t) : null;
    }

    /** The mean of a pixel's three channels as linear light. */
    static double linear(int rgb) {
        return (Shading.toLinear((rgb >> 16 & 0xff) / 255.0) + Shading.toLinear((rgb >> 8 & 0xff) / 255.0)
                + Shading.toLinear((rgb & 0xff) / 255.0)) / 3;
    }

    static int maxChannelDifference(int a, int b) {
        int worst = 0;
        for (int shift = 0; shift <= 16; shift += 8) worst = Math.max(worst, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
        return worst;
    }

    // shadow catcher ------------------------------------------------------------------------------------------------

    /**
     * A cube standing on a shadow catcher, lit mostly by the ambient: in front of the middle of the face the camera
     * sees, beside the base, the background is darker with AO than without; farther than the radius from the cube it
     * is not; the catcher is still in no label. (Screen space: beside a face seen edge-on or hidden, the occluder is
     * not in the depth image and there is no contact shadow.)
     */
    @Test
    void shadowCatcherGetsAContactShadow() {
        Instance cube = new Instance(1, 1, "cube", UnitCube.PATH, new Matrix4f().translation(0, 0.5f, 0), GREY);
        Light sun = Light.directional(new Vector3f(0, -1, 0), new Rgb(0.5f, 0.5f, 0.5f), true);
        Matrix4d camera = new Matrix4d().scaling(1, -1, -1).lookAt(0.5, 2.5, 3.0, 0, 0.3, 0, 0, 1, 0);
        Scene off = scene(camera, List.of(cube), List.of(), List.of(sun), 1f, new Ground(0, null));
        RenderedFrame a = render(off), b = render(off.withAmbientOcclusion(FULL));
        LabelPassRenderTest.assertLabelsEqual(a, b, "shadow catcher");
        int near = 0, darker = 0;
        double worstFar = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                if (a.depth().get(u, v) > 0) continue;   // the cube
                Rays.Ray ray = Rays.pixel(K, camera, u, v);
                double t = -ray.origin().y / ray.dir().y;
                if (!(t > 0)) continue;
                Vector3d p = ray.at(t);
                double d = Math.max(Math.abs(p.x), Math.abs(p.z)) - 0.5;   // outside the cube's footprint, metres
                double ratio = linear(b.color().rgb(u, v)) / linear(a.color().rgb(u, v));
                if (d > 0.02 && d < 0.1 && p.z > 0.5 && Math.abs(p.x) < 0.4) {   // in front of the face the camera sees
                    near++;
                    if (ratio < 0.93) darker++;
                } else if (d > RADIUS + 0.05) {
                    worstFar = Math.max(worstFar, Math.abs(1 - ratio));
                }
            }
        assertTrue(near > 50 && darker > 0.9 * near, "contact shadow beside the base: " + darker + " of " + near);
        assertTrue(worstFar < 0.02, "nothing beyond the radius: " + worstFar);
    }

    // (c) ---------------------------------------------------------------------------------------------------------

    /** LabelPassRenderTest's scene (every label rule) and the box on the floor: AO on or off, the labels are the same bytes. */
    @Test
    void labelsNeverChange() {
        for (HdrLook hdr : new HdrLook[] {null, new HdrLook(Tonemap.KHRONOS_NEUTRAL, 0, null)})
            for (Antialias mode : List.of(Antialias.OFF, Antialias.MSAA4, Antialias.SSAA2)) {
                String what = mode.specName() + (hdr == null ? ", 8-bit" : ", HDR");
                Scene s = LabelPassRenderTest.scene(hdr).withAntialias(mode);
                RenderedFrame off = LabelPassRenderTest.render(s), on = LabelPassRenderTest.render(s.withAmbientOcclusion(FULL));
                LabelPassRenderTest.assertLabelsEqual(off, on, what);
                Scene box = boxOnFloor().withHdr(hdr).withAntialias(mode);
                LabelPassRenderTest.assertLabelsEqual(render(box), render(box.withAmbientOcclusion(FULL)), "box on the floor, " + what);
            }
    }

    /** With anti-aliasing the colour samples the visibility at its output pixel: the floor darkens as without it. */
    @Test
    void antialiasedColourIsDarkenedAlike() {
        Scene off = boxOnFloor();
        RenderedFrame plain = render(off.withAmbientOcclusion(FULL));
        for (Antialias mode : List.of(Antialias.MSAA4, Antialias.SSAA2)) {
            RenderedFrame aa = render(off.withAntialias(mode).withAmbientOcclusion(FULL));
            int compared = 0, worst = 0;
            for (int v = 1; v < H - 1; v++)
                for (int u = 1; u < W - 1; u++) {
                    if (!interior(plain, u, v)) continue;   // away from the box's silhouette, where AA changes pixels anyway
                    compared++;
                    worst = Math.max(worst, maxChannelDifference(plain.color().rgb(u, v), aa.color().rgb(u, v)));
                }
            assertTrue(compared > 1000);
            assertTrue(worst <= 2, mode.specName() + ": " + worst);
        }
    }

    private static boolean interior(RenderedFrame f, int u, int v) {
        int id = f.instances().get(u, v);
        for (int dv = -1; dv <= 1; dv++)
            for (int du = -1; du <= 1; du++)
                if (f.instances().get(u + du, v + dv) != id) return false;
        return true;
    }
}
