package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.core.geom.Aabb;
import mirage.core.geom.Primitive;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.testing.Stats;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Distractors and occluders: counts, shapes, sizes, positions, materials, streams. KS at 0.001 with fixed seeds. */
class PropsTest {
    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    private SceneSpec withProps(String object, String props) {
        return specs.load(specs.simpleYaml("{distance: 4, elevation_deg: {uniform: [0, 60]}}", object) + props);
    }

    /** The world length of the largest edge of the prop's bounding box (uniform scale: column length times model edge). */
    private static double largestEdge(Prop p, Aabb bounds) {
        return new Matrix4d(p.modelToWorld()).getColumn(0, new Vector3d()).length() * bounds.maxExtent();
    }

    private static Vector3d center(Prop p, Aabb bounds) {
        return new Matrix4d(p.modelToWorld()).transformPosition(Poses.center(bounds));
    }

    @Test void distractorsFollowTheirEntry() {
        SceneSpec spec = withProps("{asset: a.glb, category: a}", """
                distractors:
                  - shapes: [cube, torus]
                    count: {int_uniform: [2, 6]}
                    size: {uniform: [0.2, 0.6]}
                    position: {min: [-2, 0, -1], max: [2, 1, 1]}
                """);
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        Set<Integer> counts = new HashSet<>();
        Set<Primitive> shapes = new HashSet<>();
        List<Double> sizes = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            List<Prop> props = sampler.sample(i).props();
            counts.add(props.size());
            for (Prop p : props) {
                assertEquals(Prop.Role.DISTRACTOR, p.role());
                assertNull(p.asset());
                shapes.add(p.primitive());
                sizes.add(largestEdge(p, p.primitive().bounds()));
                Vector3d c = center(p, p.primitive().bounds());
                assertTrue(c.x >= -2 && c.x <= 2 && c.y >= 0 && c.y <= 1 && c.z >= -1 && c.z <= 1, c.toString());
                Rgb color = ((Material.Surface.BaseColor) p.material().surface()).color();
                float max = Math.max(color.r(), Math.max(color.g(), color.b()));
                float min = Math.min(color.r(), Math.min(color.g(), color.b()));
                // the default is HSV with saturation and value uniform 0.3..1: value = max, saturation = 1 - min / max
                assertTrue(max >= 0.3f - 1e-6f && max <= 1f + 1e-6f, "default colour value " + color);
                assertTrue(1 - min / max >= 0.3f - 1e-5f, "default colour saturation " + color);
            }
        }
        assertEquals(Set.of(2, 3, 4, 5, 6), counts);
        assertEquals(Set.of(Primitive.CUBE, Primitive.TORUS), shapes);
        double[] s = sizes.stream().mapToDouble(Double::doubleValue).toArray();
        double d = Stats.ks(s, v -> Math.min(1, Math.max(0, (v - 0.2) / 0.4)));
        assertTrue(d < Stats.ksCritical(s.length), "KS D(size) = " + d);
    }

    @Test void assetFolderModelsAreSizedByTheirOwnBounds() throws IOException {
        Path clutter = Files.createDirectories(tmp.resolve("clutter"));
        for (String n : new String[] {"x.glb", "y.OBJ", "notes.txt"}) Files.writeString(clutter.resolve(n), "stand-in");
        Files.createDirectories(clutter.resolve("sub"));
        Files.writeString(clutter.resolve("sub/w.glb"), "not listed");
        Map<Path, Aabb> bounds = Map.of(
                clutter.resolve("x.glb"), new Aabb(new Vector3f(0, 0, 0), new Vector3f(10, 2, 4)),
                clutter.resolve("y.OBJ"), new Aabb(new Vector3f(-1, -3, -1), new Vector3f(1, 1, 1)));
        AssetBounds lookup = p -> bounds.getOrDefault(p, TestSpecs.BOUNDS);
        SceneSpec spec = withProps("{asset: a.glb, category: a}",
                "distractors:\n  - {asset_folder: clutter, count: 3, size: {uniform: [0.5, 1]}, position: {min: [1, 1, 1], max: [2, 2, 2]}}\n");
        SceneSampler sampler = new SceneSampler(spec, lookup);
        Set<Path> used = new HashSet<>();
        for (int i = 0; i < 100; i++)
            for (Prop p : sampler.sample(i).props()) {
                assertNull(p.primitive());
                used.add(p.asset());
                Aabb b = bounds.get(p.asset());
                double edge = largestEdge(p, b);
                assertTrue(edge >= 0.5 - 1e-6 && edge <= 1 + 1e-6, "size " + edge);
                Vector3d c = center(p, b);
                assertTrue(c.x >= 1 - 1e-6 && c.x <= 2 + 1e-6 && c.y >= 1 - 1e-6 && c.y <= 2 + 1e-6, "bounding-box centre " + c);
            }
        assertEquals(bounds.keySet(), used);
    }

    /** One instance per frame, offset 0: each occluder's centre is at the drawn fraction of the eye-to-instance segment. */
    @Test void occludersSitOnTheSightLine() {
        SceneSpec spec = withProps("{asset: a.glb, category: a, position: {min: [-1, -1, -1], max: [1, 1, 1]}}",
                "occluders: {count: {int_uniform: [1, 2]}, shapes: [sphere, cone], size: 0.2, depth: {uniform: [0.3, 0.6]}}\n");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        List<Double> fractions = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            Scene s = sampler.sample(i);
            Vector3d eye = new Matrix4d(s.worldToCamera()).invertAffine().getTranslation(new Vector3d());
            Vector3d target = new Matrix4d(s.instances().get(0).modelToWorld()).transformPosition(new Vector3d(2, 4, 5));
            for (Prop p : s.props()) {
                assertEquals(Prop.Role.OCCLUDER, p.role());
                Vector3d c = center(p, p.primitive().bounds());
                Vector3d toTarget = target.sub(eye, new Vector3d());
                double t = c.sub(eye, new Vector3d()).dot(toTarget) / toTarget.lengthSquared();
                Vector3d onLine = toTarget.mul(t, new Vector3d()).add(eye);
                assertTrue(onLine.distance(c) < 1e-5, "off the sight line by " + onLine.distance(c));
                fractions.add(t);
            }
        }
        double[] f = fractions.stream().mapToDouble(Double::doubleValue).toArray();
        double d = Stats.ks(f, v -> Math.min(1, Math.max(0, (v - 0.3) / 0.3)));
        assertTrue(d < Stats.ksCritical(f.length), "KS D(depth) = " + d + " over " + f.length);
    }

    /** depth 0.5, offset 0.2: in camera coordinates the occluder is the midpoint moved 0.2 m right and 0.2 m down. */
    @Test void offsetMovesAcrossTheView() {
        SceneSpec spec = withProps("{asset: a.glb, category: a, position: {min: [-1, -1, -1], max: [1, 1, 1]}}",
                "occluders: {shapes: [cube], depth: 0.5, offset: 0.2}\n");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        for (int i = 0; i < 20; i++) {
            Scene s = sampler.sample(i);
            Matrix4d w = new Matrix4d(s.worldToCamera());
            Vector3d target = w.transformPosition(new Matrix4d(s.instances().get(0).modelToWorld()).transformPosition(new Vector3d(2, 4, 5)));
            Vector3d expected = target.mul(0.5).add(0.2, 0.2, 0); // the eye is the camera-space origin
            Vector3d actual = w.transformPosition(center(s.props().get(0), Primitive.CUBE.bounds()));
            assertTrue(expected.distance(actual) < 1e-5, expected + " vs " + actual);
        }
    }

    @Test void noInstanceNoOccluder() {
        SceneSpec spec = withProps("{asset: a.glb, category: a, count: {int_uniform: [0, 1]}}", "occluders: {count: 3}\n");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            Scene s = sampler.sample(i);
            assertEquals(s.instances().isEmpty() ? 0 : 3, s.props().size());
            seen.add(s.instances().size());
        }
        assertEquals(Set.of(0, 1), seen);
    }

    private static final String EVERYTHING = """
            placement: {collision_free: true, on_failure: drop}
            distractors:
              - {count: {int_uniform: [0, 4]}, position: {min: [-2, -2, -2], max: [2, 2, 2]}}
              - {shapes: [sphere], count: 2, support: {height: -1, min: [-2, -2], max: [2, 2]}}
            occluders: {count: 1, offset: {normal: [0, 0.1]}}
            """;

    @Test void framesAreDeterministicAndIndependent() {
        SceneSpec spec = withProps("{asset: a.glb, category: a, count: 3, fit_size: 0.3, position: {min: [-1, -1, -1], max: [1, 1, 1]}}", EVERYTHING);
        SceneSampler inOrder = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        List<FrameSample> first = new ArrayList<>();
        for (int i = 0; i < 12; i++) first.add(inOrder.sampleWithReport(i));
        SceneSampler fresh = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        for (int i = 11; i >= 0; i--) assertEquals(first.get(i), fresh.sampleWithReport(i), "frame " + i);
        assertNotEquals(first.get(0).scene().props(), first.get(1).scene().props());
    }

    /** Without placement, props draw from their own streams: adding them moves nothing else. */
    @Test void addingPropsChangesNothingElse() {
        String object = "{asset: a.glb, category: a, count: 3, position: {min: [-1, -1, -1], max: [1, 1, 1]}}";
        SceneSpec without = withProps(object, "");
        SceneSpec with = withProps(object, EVERYTHING.replace("placement: {collision_free: true, on_failure: drop}\n", ""));
        for (int i = 0; i < 10; i++) {
            Scene a = new SceneSampler(without, TestSpecs.FIXED_BOUNDS).sample(i), b = new SceneSampler(with, TestSpecs.FIXED_BOUNDS).sample(i);
            assertEquals(a.instances(), b.instances());
            assertEquals(a.worldToCamera(), b.worldToCamera());
            assertEquals(a.lights(), b.lights());
            assertTrue(b.props().size() >= 3);
        }
    }
}
