package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import mirage.core.geom.CameraIntrinsics;
import mirage.scenes.model.Background;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.SceneSpec;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Camera roll and lens, spot lights, colour temperature and backgrounds against hand-worked arithmetic. */
class AppearanceGeometryTest {
    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    private Scene frame(SceneSpec spec, int i) {
        return new SceneSampler(spec, TestSpecs.FIXED_BOUNDS).sample(i);
    }

    /** A camera on +Z at distance 4 looking at the origin (world +X is image right, +Y image up), with the given lens and roll. */
    private SceneSpec camera(String lens, String roll) {
        return specs.load("""
                frames: 10
                image: {width: 640, height: 480}
                camera:
                  %s
                  orbit: {distance: 4, elevation_deg: 0, azimuth_deg: 0, roll_deg: %s}
                objects: [{asset: a.glb, category: a}]
                """.formatted(lens, roll));
    }

    /** Pixel (u, v) of a world point. */
    private static double[] project(Scene s, double x, double y, double z) {
        Vector3d c = new Matrix4d(s.worldToCamera()).transformPosition(new Vector3d(x, y, z));
        CameraIntrinsics k = s.intrinsics();
        return new double[] {k.projectU(c.x, c.z), k.projectV(c.y, c.z)};
    }

    @Test void positiveRollTurnsTheImageClockwise() {
        Scene s = frame(camera("fov_deg: 60", "90"), 0);
        double[] right = project(s, 1, 0, 0), up = project(s, 0, 1, 0), target = project(s, 0, 0, 0);
        CameraIntrinsics k = s.intrinsics();
        assertEquals(k.cx(), target[0], 1e-3, "roll is about the viewing axis: the target stays at the principal point");
        assertEquals(k.cy(), target[1], 1e-3);
        assertEquals(k.cx(), right[0], 1e-3, "a point right of the target ...");
        assertTrue(right[1] > k.cy() + 100, "... goes down in the image");
        assertEquals(k.cy(), up[1], 1e-3, "a point above the target ...");
        assertTrue(up[0] > k.cx() + 100, "... goes right");
        assertEquals(90, s.cameraDraw().rollDeg());
    }

    /** Rolling by r moves each pixel offset from the principal point (square pixels) by the clockwise screen rotation. */
    @Test void rollRotatesPixelOffsetsAboutThePrincipalPoint() {
        Scene flat = frame(camera("fov_deg: 60", "0"), 0);
        double[][] points = {{1, 0, 0}, {0.3, 0.7, -0.5}, {-0.8, -0.2, 1}, {0.5, -0.9, 0.4}};
        for (double roll : new double[] {30, -45, 90, 180, 271.5}) {
            Scene rolled = frame(camera("fov_deg: 60", Double.toString(roll)), 0);
            double r = Math.toRadians(roll), c = Math.cos(r), sn = Math.sin(r);
            double cx = flat.intrinsics().cx(), cy = flat.intrinsics().cy();
            for (double[] p : points) {
                double[] before = project(flat, p[0], p[1], p[2]), after = project(rolled, p[0], p[1], p[2]);
                double du = before[0] - cx, dv = before[1] - cy;
                // with v pointing down, (du, dv) -> (du cos r - dv sin r, du sin r + dv cos r) is clockwise on screen
                assertEquals(cx + du * c - dv * sn, after[0], 1e-3, "u at roll " + roll);
                assertEquals(cy + du * sn + dv * c, after[1], 1e-3, "v at roll " + roll);
            }
            assertEquals(new Matrix4d(flat.worldToCamera()).invert().transformPosition(new Vector3d()).distance(
                    new Matrix4d(rolled.worldToCamera()).invert().transformPosition(new Vector3d())), 0, 1e-5, "the eye does not move");
        }
    }

    /** A point at half the vertical field of view above the axis lands on the image's top edge, v = -0.5. */
    @Test void drawnFieldOfViewSetsTheFocalLength() {
        SceneSpec spec = camera("fov_deg: {uniform: [30, 100]}", "0");
        for (int i = 0; i < 10; i++) {
            Scene s = frame(spec, i);
            double fov = s.cameraDraw().fovDeg();
            assertTrue(fov >= 30 && fov <= 100);
            double half = Math.toRadians(fov) / 2;
            assertEquals(240 / Math.tan(half), s.intrinsics().fy(), 1e-6);
            assertEquals(s.intrinsics().fy(), s.intrinsics().fx());
            double[] top = project(s, 0, 4 * Math.tan(half), 0);
            assertEquals(-0.5, top[1], 1e-3, "fov " + fov);
            assertEquals(319.5, top[0], 1e-3);
        }
        assertTrue(frame(spec, 0).cameraDraw().fovDeg() != frame(spec, 1).cameraDraw().fovDeg(), "drawn per frame");
    }

    @Test void drawnIntrinsics() {
        SceneSpec spec = camera("intrinsics: {fx: {uniform: [400, 500]}, fy: 450, cx: {uniform: [300, 340]}, cy: 239.5}", "0");
        for (int i = 0; i < 10; i++) {
            Scene s = frame(spec, i);
            CameraIntrinsics k = s.intrinsics();
            assertTrue(k.fx() >= 400 && k.fx() <= 500 && k.cx() >= 300 && k.cx() <= 340, k.toString());
            assertEquals(450, k.fy());
            assertEquals(239.5, k.cy());
            assertEquals(640, k.width());
            assertTrue(Double.isNaN(s.cameraDraw().fovDeg()));
            double[] right = project(s, 1, 0, 0);
            assertEquals(k.cx() + k.fx() * 1 / 4, right[0], 1e-3);
        }
    }

    @Test void cameraDrawRecordsTheOrbit() {
        Scene s = frame(specs.load("""
                frames: 1
                image: {width: 64, height: 48}
                camera: {fov_deg: 50, orbit: {target: [1, 2, 3], distance: 5, elevation_deg: 30, azimuth_deg: 60, roll_deg: 7}}
                objects: [{asset: a.glb, category: a}]
                """), 0);
        assertEquals(5, s.cameraDraw().distance());
        assertEquals(30, s.cameraDraw().elevationDeg());
        assertEquals(60, s.cameraDraw().azimuthDeg());
        assertEquals(new Vector3d(1, 2, 3), s.cameraDraw().lookAt());
        assertEquals(7, s.cameraDraw().rollDeg());
        assertEquals(50, s.cameraDraw().fovDeg());
    }

    private SceneSpec lights(String lights) {
        return specs.load("""
                frames: 10
                image: {width: 64, height: 48}
                camera: {fov_deg: 50, orbit: {distance: 3}}
                objects: [{asset: a.glb, category: a}]
                lights:
                %s
                """.formatted(lights));
    }

    @Test void spotPointsFromItsPositionToItsTarget() {
        SceneSpec spec = lights("""
                  - {type: spot, position: {min: [-2, 3, -2], max: [2, 5, 2]}, target: {min: [1, 0, 2], max: [1, 0, 2]}, cone_deg: 25, softness_deg: 3, shadows: true}
                  - {type: spot, position: {min: [0, 4, 0], max: [0, 4, 0]}, target: {min: [-1, 0, -1], max: [1, 0.5, 1]}}
                """);
        for (int i = 0; i < 10; i++) {
            java.util.List<Light> l = frame(spec, i).lights();
            Light a = l.get(0);
            assertEquals(Light.Type.SPOT, a.type());
            Vector3f expected = new Vector3f(1, 0, 2).sub(a.position()).normalize();
            assertTrue(expected.distance(new Vector3f(a.direction())) < 1e-6, () -> "got " + a.direction());
            assertEquals(25, a.coneDeg());
            assertEquals(3, a.softnessDeg());
            assertTrue(a.castsShadows());
            Light b = l.get(1);
            assertEquals(new Vector3f(0, 4, 0), b.position());
            assertTrue(hitsBox(b.position(), b.direction(), new Vector3f(-1, 0, -1), new Vector3f(1, 0.5f, 1)),
                    () -> "the ray misses the target box: " + b.direction());
            assertEquals(30, b.coneDeg());
            assertEquals(5, b.softnessDeg());
            assertTrue(!b.castsShadows());
        }
    }

    /** Slab test: does the ray from p along d meet the box? */
    private static boolean hitsBox(org.joml.Vector3fc p, org.joml.Vector3fc d, Vector3f min, Vector3f max) {
        double t0 = 0, t1 = Double.POSITIVE_INFINITY;
        for (int a = 0; a < 3; a++) {
            double lo = (min.get(a) - p.get(a)) / d.get(a), hi = (max.get(a) - p.get(a)) / d.get(a);
            t0 = Math.max(t0, Math.min(lo, hi) - 1e-5);
            t1 = Math.min(t1, Math.max(lo, hi) + 1e-5);
        }
        return t0 <= t1;
    }

    @Test void sizesAreDrawnPerLightOnTheirOwnStream() {
        String spot = "{type: spot, count: 3, position: {min: [-2, 3, -2], max: [2, 5, 2]}, cone_deg: {uniform: [20, 40]}, shadows: true";
        SceneSpec hard = lights("  - " + spot + "}\n  - {type: directional, azimuth_deg: {uniform: [0, 360]}, shadows: true}");
        SceneSpec soft = lights("  - " + spot + ", size: {uniform: [0.05, 0.5]}}\n"
                + "  - {type: directional, azimuth_deg: {uniform: [0, 360]}, shadows: true, size: 0.53}");
        java.util.Set<Float> sizes = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) {
            java.util.List<Light> h = frame(hard, i).lights(), s = frame(soft, i).lights();
            assertEquals(4, s.size());
            for (int k = 0; k < 4; k++) {
                assertEquals(0, h.get(k).size(), "size 0 by default");
                assertEquals(h.get(k).withSize(s.get(k).size()), s.get(k), "a size moves no other draw");
            }
            for (int k = 0; k < 3; k++) {
                float r = s.get(k).size();
                assertTrue(r >= 0.05f && r <= 0.5f, "radius " + r);
                sizes.add(r);
            }
            assertEquals(0.53f, s.get(3).size());
        }
        assertEquals(30, sizes.size(), "one draw per light per frame");
    }

    @Test void temperatureSetsTheColourAndShadowsPassThrough() {
        SceneSpec spec = lights("""
                  - {type: directional, intensity: 2, temperature_k: 3000, shadows: true}
                  - {type: point, intensity: 4, color: {hsv: [120, 1, 0.5]}, position: {min: [0, 2, 0], max: [0, 2, 0]}}
                """);
        java.util.List<Light> l = frame(spec, 0).lights();
        assertEquals(Kelvin.toRgb(3000).scale(2), l.get(0).radiance());
        assertTrue(l.get(0).castsShadows());
        assertEquals(new Rgb(0, 2, 0), l.get(1).radiance());
        assertTrue(!l.get(1).castsShadows());
        Rgb sun = l.get(0).radiance();
        assertEquals(2, 0.2126 * sun.r() + 0.7152 * sun.g() + 0.0722 * sun.b(), 1e-5, "luminance = intensity");
        assertTrue(sun.r() > sun.g() && sun.g() > sun.b(), "3000 K is warm: " + sun);
    }

    private SceneSpec background(String background) {
        return specs.base("background: {image_folder: backgrounds}", "background: " + background);
    }

    @Test void photoCropValuesStayInRange() {
        SceneSpec spec = background("{image_folder: backgrounds, zoom: {uniform: [1, 3]}, flip: 0.5}");
        boolean flipped = false, straight = false;
        for (int i = 0; i < 50; i++) {
            Background.Image b = (Background.Image) frame(spec, i).background();
            assertTrue(b.zoom() >= 1 && b.zoom() <= 3, "zoom " + b.zoom());
            assertTrue(b.x() >= 0 && b.x() <= 1 && b.y() >= 0 && b.y() <= 1, "placement " + b.x() + ", " + b.y());
            assertTrue(Set.of(tmp.resolve("backgrounds/b1.jpg"), tmp.resolve("backgrounds/b2.jpeg")).contains(b.image()));
            flipped |= b.flip();
            straight |= !b.flip();
        }
        assertTrue(flipped && straight);
        Background.Image plain = (Background.Image) frame(background("{image_folder: backgrounds}"), 0).background();
        assertEquals(1, plain.zoom());
        assertTrue(!plain.flip());
    }

    @Test void tiledBackgroundsCarryTilesAndRotationAsTheUvTransform() {
        Background.Texture t = (Background.Texture) frame(background("{texture_folder: textures, tiles: {uniform: [2, 8]}, rotation_deg: 30}"), 3)
                .background();
        Material.UvTransform uv = t.material().uv();
        assertTrue(uv.scale() >= 2 && uv.scale() <= 8);
        assertEquals(30, uv.rotationDeg());
        assertEquals(0, uv.offsetU());
        assertTrue(((Material.Surface.Texture) t.material().surface()).image().startsWith(tmp.resolve("textures")));
        Background.Texture p = (Background.Texture) frame(background("{procedural: {pattern: stripes, color_a: [1, 0, 0]}}"), 0).background();
        Material.Surface.Procedural pattern = (Material.Surface.Procedural) p.material().surface();
        assertEquals(Material.Pattern.STRIPES, pattern.pattern());
        assertEquals(new Rgb(1, 0, 0), pattern.a());
        assertEquals(4, p.material().uv().scale());
    }

    /**
     * Values at the ends of their bounds sample to the floats the model takes, and a double just inside an open range
     * that rounds onto its end as a float is pulled back inside (values beyond float range no longer validate: see
     * {@code SpecBoundsTest}).
     */
    @Test void valuesAtTheEndsOfTheirBoundsStillSample() {
        SceneSpec spec = specs.load("""
                frames: 1
                image: {width: 64, height: 48}
                camera: {fov_deg: 50, orbit: {distance: 3}}
                objects:
                  - {asset: a.glb, category: a, material: {surface: {procedural: {pattern: noise, cells: 1e-4}},
                     uv: {scale: 1e4, offset: -1e4, rotation_deg: 3600}}}
                lights: [{type: spot, cone_deg: 89.9999999999, softness_deg: 1e-300, position: {min: [0, 3, 0], max: [0, 3, 0]}}]
                background: {texture_folder: textures, tiles: 1e-4}
                """);
        Scene s = frame(spec, 0);
        Material m = s.instances().get(0).material();
        assertEquals(1e-4f, ((Material.Surface.Procedural) m.surface()).cells());
        assertEquals(new Material.UvTransform(1e4f, -1e4f, -1e4f, 3600f), m.uv());
        assertEquals(Math.nextDown(90f), s.lights().get(0).coneDeg());
        assertEquals(1e-4f, ((Background.Texture) s.background()).material().uv().scale());
    }

    @Test void fullMaterialsAreBuiltFromTheirDraws() {
        SceneSpec spec = specs.simple("{distance: 3}", """
                {asset: a.glb, category: a, count: 3, material: {surface: {texture_folder: textures}, uv: {scale: 2, offset: 0.25, rotation_deg: 45}, roughness: 0.3, metallic: 1}}""");
        for (var inst : frame(spec, 0).instances()) {
            Material m = inst.material();
            assertEquals(new Material.UvTransform(2, 0.25f, 0.25f, 45), m.uv());
            assertEquals(0.3f, m.roughness());
            assertEquals(1f, m.metallic());
            assertTrue(((Material.Surface.Texture) m.surface()).image().startsWith(tmp.resolve("textures")));
        }
        Material hsv = frame(specs.simple("{distance: 3}", "{asset: a.glb, category: a, material: {base_color: {hsv: [240, 1, 0.5]}}}"), 0)
                .instances().get(0).material();
        assertEquals(Material.of(new Material.Surface.BaseColor(new Rgb(0, 0, 0.5f))), hsv);
    }
}
