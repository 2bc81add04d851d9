package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mirage.core.random.Seeds;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Material;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.SceneSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Determinism, stream independence and the structure of sampled scenes. */
class SceneSamplerTest {
    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    private Scene frame(SceneSpec spec, int i) {
        return new SceneSampler(spec, TestSpecs.FIXED_BOUNDS).sample(i);
    }

    @Test void sameFrameTwiceIsEqual() {
        SceneSpec spec = specs.load(TestSpecs.BASE);
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        assertEquals(sampler.sample(5), sampler.sample(5));
        assertEquals(sampler.sample(5), frame(spec, 5));
    }

    @Test void frameSampledAloneEqualsFrameSampledAfterOthers() {
        SceneSpec spec = specs.load(TestSpecs.BASE);
        SceneSampler inOrder = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        for (int i = 0; i < 5; i++) inOrder.sample(i);
        assertEquals(new SceneSampler(spec, TestSpecs.FIXED_BOUNDS).sample(5), inOrder.sample(5));
    }

    @Test void differentFramesDiffer() {
        SceneSpec spec = specs.load(TestSpecs.BASE);
        Scene a = frame(spec, 0), b = frame(spec, 1);
        assertNotEquals(a.worldToCamera(), b.worldToCamera());
        assertNotEquals(a.instances().get(0).modelToWorld(), b.instances().get(0).modelToWorld());
        assertNotEquals(a.ambient(), b.ambient());
    }

    @Test void differentSeedsDiffer() {
        SceneSpec spec = specs.load(TestSpecs.BASE);
        assertNotEquals(frame(spec, 0).worldToCamera(), frame(spec.withSeed(100), 0).worldToCamera());
    }

    @Test void changingOnlyALightKnobMovesNothingElse() {
        SceneSpec before = specs.load(TestSpecs.BASE);
        SceneSpec after = specs.base("    intensity: {uniform: [1, 3]}\n", "    intensity: {uniform: [5, 9]}\n    count: 2\n");
        for (int i = 0; i < 10; i++) {
            Scene a = frame(before, i), b = frame(after, i);
            assertEquals(a.worldToCamera(), b.worldToCamera());
            assertEquals(a.instances(), b.instances());
            assertEquals(a.ambient(), b.ambient());
            assertEquals(a.background(), b.background());
            assertNotEquals(a.lights(), b.lights());
        }
    }

    @Test void changingOneObjectEntryLeavesTheOthers() {
        SceneSpec before = specs.load(TestSpecs.BASE);
        SceneSpec after = specs.base("    count: {choice: [0, 2]}\n", "    count: 7\n    scale: 3\n");
        for (int i = 0; i < 10; i++) {
            Scene a = frame(before, i), b = frame(after, i);
            assertEquals(a.worldToCamera(), b.worldToCamera());
            List<Instance> firstA = a.instances().stream().filter(x -> x.category().equals("coin")).toList();
            List<Instance> firstB = b.instances().stream().filter(x -> x.category().equals("coin")).toList();
            assertEquals(firstA.stream().map(Instance::modelToWorld).toList(), firstB.stream().map(Instance::modelToWorld).toList());
            assertEquals(a.lights(), b.lights());
        }
    }

    @Test void streamsAreDerivedFromSeedFramePath() {
        SceneSpec spec = specs.load(TestSpecs.BASE);
        Scene s = frame(spec, 3);
        CameraSampler.Sample cam = new CameraSampler(spec.camera(), spec.image()).sample(Seeds.derive(99, 3, "camera"));
        assertEquals(new org.joml.Matrix4f(cam.worldToCamera()), s.worldToCamera());
        float ambient = (float) spec.ambient().sample(Seeds.derive(99, 3, "ambient"));
        assertEquals(ambient, s.ambient().r());
    }

    @Test void instancesAreNumberedInSpecOrderWithCategoryIds() {
        SceneSpec spec = specs.load(TestSpecs.BASE);
        Set<Integer> counts = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            List<Instance> inst = frame(spec, i).instances();
            for (int k = 0; k < inst.size(); k++) assertEquals(k + 1, inst.get(k).index());
            long coins = inst.stream().filter(x -> x.category().equals("coin")).count();
            long boxes = inst.stream().filter(x -> x.category().equals("box")).count();
            assertTrue(coins >= 2 && coins <= 6, "coins " + coins);
            assertTrue(boxes == 0 || boxes == 2, "boxes " + boxes);
            counts.add((int) coins - 1);
            // entry order: first entry's coins, then boxes, then the last coin
            assertEquals("coin", inst.get(inst.size() - 1).category());
            for (Instance x : inst) assertEquals(x.category().equals("coin") ? 1 : 2, x.categoryId());
            for (Instance x : inst) assertEquals(tmp.resolve(x.category().equals("coin") ? "a.glb" : "b.glb").toAbsolutePath(), x.asset());
        }
        assertEquals(Set.of(1, 2, 3, 4, 5), counts);
    }

    @Test void materialsAndBackgroundsComeFromTheSpec() {
        SceneSpec spec = specs.load(TestSpecs.BASE);
        Set<Path> textures = new HashSet<>();
        Set<Path> backgrounds = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            Scene s = frame(spec, i);
            for (Instance x : s.instances()) {
                if (x.category().equals("box")) textures.add(((Material.Surface.Texture) x.material().surface()).image());
                else if (x.material().surface() instanceof Material.Surface.BaseColor c) {
                    assertTrue(c.color().r() >= 0 && c.color().r() <= 1);
                    assertEquals(0.5f, c.color().g());
                    assertEquals(0.25f, c.color().b());
                } else assertEquals(Material.ASSET, x.material());
            }
            backgrounds.add(((Background.Image) s.background()).image());
        }
        assertEquals(Set.of(tmp.resolve("textures/t1.png"), tmp.resolve("textures/t2.png"), tmp.resolve("textures/t3.jpg")), textures);
        assertEquals(Set.of(tmp.resolve("backgrounds/b1.jpg"), tmp.resolve("backgrounds/b2.jpeg")), backgrounds);
    }

    @Test void solidBackgroundAndAmbient() {
        SceneSpec spec = specs.base("background: {image_folder: backgrounds}", "background: {color: [0.2, 0.4, {uniform: [0.6, 0.8]}]}");
        Scene s = frame(spec, 0);
        Background.Solid solid = (Background.Solid) s.background();
        assertEquals(0.2f, solid.color().r());
        assertEquals(0.4f, solid.color().g());
        assertTrue(solid.color().b() >= 0.6f && solid.color().b() <= 0.8f);
        assertEquals(s.ambient().r(), s.ambient().b());
        assertTrue(s.ambient().r() >= 0.1f && s.ambient().r() <= 0.3f);
    }

    @Test void clipPlanesAndIntrinsics() {
        SceneSpec spec = specs.load(TestSpecs.BASE.replace("  fov_deg: 60\n",
                "  intrinsics: {fx: 300, fy: 310, cx: 159.5, cy: 119.5}\n  near: 0.5\n  far: 20\n"));
        Scene s = frame(spec, 0);
        assertEquals(new mirage.core.geom.CameraIntrinsics(320, 240, 300, 310, 159.5, 119.5), s.intrinsics());
        assertEquals(0.5f, s.near());
        assertEquals(20f, s.far());
        assertEquals(mirage.core.geom.CameraIntrinsics.fromVerticalFov(320, 240, 60), frame(specs.load(TestSpecs.BASE), 0).intrinsics());
    }

    @Test void negativeFrameIndexIsRejected() {
        SceneSampler sampler = new SceneSampler(specs.load(TestSpecs.BASE), TestSpecs.FIXED_BOUNDS);
        assertThrows(IllegalArgumentException.class, () -> sampler.sample(-1));
    }

    @Test void fitSizeNeedsANonEmptyBox() {
        SceneSpec spec = specs.load(TestSpecs.BASE);
        mirage.core.geom.Aabb flat = new mirage.core.geom.Aabb(new org.joml.Vector3f(), new org.joml.Vector3f());
        var e = assertThrows(mirage.core.error.MirageException.class, () -> new SceneSampler(spec, p -> flat));
        assertTrue(e.getMessage().startsWith("objects[0].fit_size: the asset " + tmp.resolve("a.glb").toAbsolutePath()), e.getMessage());
    }
}
