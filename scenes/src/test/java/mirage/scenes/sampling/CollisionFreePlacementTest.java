package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.core.error.MirageException;
import mirage.core.geom.Aabb;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.SceneSpec;
import org.joml.Matrix4d;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collision-free placement, checked with {@link ExactBoxes} (an exact test independent of the separating-axis code)
 * on every pair of placed boxes. Test asset bounds: 2 x 4 x 4 model units; fit_size 0.5 makes them 0.25 x 0.5 x 0.5 m.
 */
class CollisionFreePlacementTest {
    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    /** 5..10 instances and 4 distractors in a 1.6 m cube: without placement, most frames have intersections. */
    private SceneSpec crowded(String placement) {
        return specs.load(specs.simpleYaml("{distance: 3}", """
                {asset: a.glb, category: a, count: {int_uniform: [5, 10]}, fit_size: 0.5,
                     scale: [{uniform: [0.6, 1.4]}, 1, {uniform: [0.6, 1.4]}], position: {min: [-0.8, -0.8, -0.8], max: [0.8, 0.8, 0.8]}}
                """.strip()) + """
                distractors:
                  - {shapes: [cube, cylinder, torus], count: 4, size: {uniform: [0.2, 0.5]}, position: {min: [-0.8, -0.8, -0.8], max: [0.8, 0.8, 0.8]}}
                """ + placement);
    }

    private record Placed(Matrix4d pose, Aabb bounds) {}

    private static List<Placed> boxes(Scene s) {
        List<Placed> out = new ArrayList<>();
        for (Instance x : s.instances()) out.add(new Placed(new Matrix4d(x.modelToWorld()), TestSpecs.BOUNDS));
        for (Prop p : s.props()) out.add(new Placed(new Matrix4d(p.modelToWorld()), p.primitive().bounds()));
        return out;
    }

    private static int intersectingPairs(Scene s) {
        List<Placed> b = boxes(s);
        int pairs = 0;
        for (int i = 0; i < b.size(); i++)
            for (int j = 0; j < i; j++)
                if (ExactBoxes.intersect(b.get(i).pose(), b.get(i).bounds(), b.get(j).pose(), b.get(j).bounds())) pairs++;
        return pairs;
    }

    @Test void withoutPlacementBoxesIntersect() {
        SceneSampler sampler = new SceneSampler(crowded(""), TestSpecs.FIXED_BOUNDS);
        int frames = 0;
        for (int i = 0; i < 100; i++) if (intersectingPairs(sampler.sample(i)) > 0) frames++;
        assertTrue(frames > 50, "the crowded spec is crowded: " + frames + " of 100 frames have intersections");
    }

    @Test void placedBoxesNeverIntersect() {
        SceneSampler sampler = new SceneSampler(crowded("placement: {collision_free: true, max_tries: 500, on_failure: drop}\n"),
                TestSpecs.FIXED_BOUNDS);
        int redraws = 0, objects = 0;
        for (int i = 0; i < 300; i++) {
            FrameSample f = sampler.sampleWithReport(i);
            assertEquals(0, intersectingPairs(f.scene()), "frame " + i);
            assertEquals(4, f.scene().props().size() + f.placement().dropped().stream().filter(d -> d.entry().startsWith("distractors")).count());
            redraws += f.placement().redraws();
            objects += boxes(f.scene()).size();
        }
        assertTrue(redraws > 300, "placement had work to do: " + redraws + " redraws");
        assertTrue(objects > 300 * 10, "most objects were placed: " + objects);
    }

    @Test void sampleEqualsTheReportedScene() {
        SceneSampler sampler = new SceneSampler(crowded("placement: {collision_free: true}\n"), TestSpecs.FIXED_BOUNDS);
        assertEquals(sampler.sampleWithReport(7).scene(), sampler.sample(7));
        assertEquals(sampler.sample(7), new SceneSampler(crowded("placement: {collision_free: true}\n"), TestSpecs.FIXED_BOUNDS).sample(7));
    }

    /** 30 half-metre objects whose centres lie within 0.1 m of each other: only the first fits. */
    private SceneSpec jammed(String onFailure) {
        return specs.load(specs.simpleYaml("{distance: 3}", "{asset: a.glb, category: a, count: 30, fit_size: 0.5, "
                + "position: {min: [0, 0, 0], max: [0.1, 0.1, 0.1]}}") + "placement: {collision_free: true, max_tries: 5, on_failure: " + onFailure + "}\n");
    }

    @Test void failureIsAnErrorNamingFrameEntryAndInstance() {
        SceneSampler sampler = new SceneSampler(jammed("error"), TestSpecs.FIXED_BOUNDS);
        MirageException e = assertThrows(MirageException.class, () -> sampler.sample(12));
        assertTrue(e.getMessage().startsWith("frame 12: objects[0]: instance 1 (counting from 0) intersects an object placed "
                + "before it in all 5 tries (placement.max_tries)"), e.getMessage());
    }

    @Test void dropLeavesObjectsOutAndReportsThem() {
        FrameSample f = new SceneSampler(jammed("drop"), TestSpecs.FIXED_BOUNDS).sampleWithReport(12);
        assertEquals(1, f.scene().instances().size());
        assertEquals(29, f.placement().dropped().size());
        for (int k = 0; k < 29; k++) assertEquals(new PlacementReport.Dropped("objects[0]", k + 1), f.placement().dropped().get(k));
        assertEquals(29 * 4, f.placement().redraws(), "each dropped object drew 5 poses, 4 of them again");
    }

    @Test void droppedInstancesKeepTheNumberingDense() {
        SceneSampler sampler = new SceneSampler(crowded("placement: {collision_free: true, max_tries: 3, on_failure: drop}\n"),
                TestSpecs.FIXED_BOUNDS);
        int dropped = 0;
        for (int i = 0; i < 100; i++) {
            FrameSample f = sampler.sampleWithReport(i);
            dropped += f.placement().dropped().size();
            List<Instance> inst = f.scene().instances();
            for (int k = 0; k < inst.size(); k++) assertEquals(k + 1, inst.get(k).index());
        }
        assertTrue(dropped > 0, "with 3 tries some objects are dropped");
    }

    @Test void offByDefault() {
        SceneSpec free = specs.load(specs.simpleYaml("{distance: 3}", "{asset: a.glb, category: a, count: 30}"));
        FrameSample g = new SceneSampler(free, TestSpecs.FIXED_BOUNDS).sampleWithReport(0);
        assertEquals(30, g.scene().instances().size());
        assertEquals(PlacementReport.NONE, g.placement());
    }
}
