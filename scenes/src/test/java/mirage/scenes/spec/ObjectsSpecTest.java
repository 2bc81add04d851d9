package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mirage.core.geom.Primitive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The object, placement, class-balance, distractor and occluder fields: binding, defaults, round trips, model folders. */
class ObjectsSpecTest {
    /** Every new field in use. */
    static final String OBJECTS_YAML = """
            seed: 3
            frames: 40
            image: {width: 64, height: 48}
            camera: {fov_deg: 50, orbit: {distance: 3}}
            objects:
              - asset: models/coin.glb
                category: coin
                scale: [{uniform: [0.5, 1]}, 2, {normal: {mean: 1, std: 0.1, min: 0.5, max: 1.5}}]
                rotation: {axis: [0, 1, 0], angle_deg: {uniform: [0, 90]}, base_deg: [90, 0, 0]}
                support: {height: 0.25, min: [-1, -2], max: [1, 2]}
              - asset: models/box.obj
                category: box
                rotation: {list_deg: [[0, 0, 0], [0, 90, 0]]}
              - asset: models/coin.glb
                category: coin
                rotation: {axis: [1, 1, 0]}
            placement: {collision_free: true, max_tries: 50, on_failure: drop}
            class_balance:
              targets: {coin: 30, box: 10}
            distractors:
              - shapes: [cube, torus]
                count: {int_uniform: [2, 6]}
                size: {uniform: [0.2, 0.6]}
                rotation: {fixed_deg: [0, 45, 0]}
                position: {min: [-2, -1, -2], max: [2, 1, 2]}
                material: {base_color: [0.2, 0.3, {uniform: [0, 1]}]}
              - asset_folder: clutter
                support: {min: [-1, -1], max: [1, 1]}
            occluders:
              count: {int_uniform: [0, 1]}
              shapes: [cube, cylinder]
              size: {uniform: [0.3, 0.6]}
              depth: {uniform: [0.3, 0.6]}
              offset: {normal: [0, 0.1]}
            """;

    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() throws IOException {
        fx = new SpecFixture(tmp);
        Path clutter = Files.createDirectories(tmp.resolve("clutter"));
        for (String n : new String[] {"b.PLY", "a.glb", "c.fbx", "readme.md", "d.gltf", "e.stl", "f.obj"}) Files.writeString(clutter.resolve(n), "x");
        Files.createDirectories(clutter.resolve("nested"));
        Files.writeString(clutter.resolve("nested/g.glb"), "x");
    }

    @Test void everyNewFieldIsBound() {
        SceneSpec s = fx.load("scene.yaml", OBJECTS_YAML);
        ObjectSpec coin = s.objects().get(0);
        assertEquals(new ScaleSpec.PerAxis(new Distribution.Uniform(0.5, 1), Distribution.constant(2),
                new Distribution.Normal(1, 0.1, 0.5, 1.5)), coin.scale());
        assertEquals(new RotationSpec.Axis(new Vec3(0, 1, 0), new Distribution.Uniform(0, 90), new Vec3(90, 0, 0)), coin.rotation());
        assertEquals(new SupportSpec(0.25, List.of(-1.0, -2.0), List.of(1.0, 2.0)), coin.support());
        assertNull(coin.position(), "support replaces position");
        assertNull(coin.count(), "left out under class_balance");
        assertEquals(new RotationSpec.Choice(List.of(new Vec3(0, 0, 0), new Vec3(0, 90, 0))), s.objects().get(1).rotation());
        assertEquals(new Distribution.Uniform(0, 360), ((RotationSpec.Axis) s.objects().get(2).rotation()).angleDeg());
        assertEquals(new PlacementSpec(true, 50, PlacementSpec.OnFailure.DROP, null), s.placement());
        assertEquals(Map.of("coin", 30L, "box", 10L), s.classBalance().targets());
        assertEquals(40, s.classBalance().totalTargets());
        DistractorSpec shapes = s.distractors().get(0);
        assertEquals(List.of(Primitive.CUBE, Primitive.TORUS), shapes.shapes());
        assertEquals(new Distribution.IntUniform(2, 6), shapes.count());
        assertEquals(new RotationSpec.Fixed(new Vec3(0, 45, 0)), shapes.rotation());
        DistractorSpec folder = s.distractors().get(1);
        assertNull(folder.shapes());
        assertEquals(0.0, folder.support().height());
        OccluderSpec o = s.occluders();
        assertEquals(List.of(Primitive.CUBE, Primitive.CYLINDER), o.shapes());
        assertEquals(new Distribution.Uniform(0.3, 0.6), o.depth());
        assertEquals(new Distribution.Normal(0, 0.1), o.offset());
    }

    @Test void modelFolderListsModelFilesSorted() {
        ModelFolder folder = fx.load("scene.yaml", OBJECTS_YAML).distractors().get(1).assetFolder();
        assertEquals("clutter", folder.given());
        // directly inside only, model extensions only (any case), sorted by file name
        assertEquals(List.of("a.glb", "b.PLY", "c.fbx", "d.gltf", "e.stl", "f.obj"),
                folder.models().stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(folder.models().stream().allMatch(p -> p.isAbsolute() && p.startsWith(tmp.toAbsolutePath())));
    }

    @Test void modelFolderIsConfined() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.glb"), "not yours");
        SpecFixture inner = new SpecFixture(Files.createDirectories(tmp.resolve("spec")));
        String yaml = SpecFixture.MINIMAL_YAML + "distractors:\n  - {asset_folder: ../outside}\n";
        SpecException e = assertThrows(SpecException.class, () -> inner.load("scene.yaml", yaml));
        assertEquals("distractors[0].asset_folder", e.field());
        assertTrue(e.reason().contains("outside the spec folder"), e.getMessage());
        Files.createDirectories(inner.dir.resolve("props"));
        Files.createSymbolicLink(inner.dir.resolve("props/evil.glb"), outside.resolve("secret.glb"));
        SpecException linked = assertThrows(SpecException.class,
                () -> inner.load("scene.yaml", SpecFixture.MINIMAL_YAML + "occluders: {asset_folder: props}\n"));
        assertEquals("occluders.asset_folder", linked.field());
        assertTrue(linked.reason().startsWith("\"props/evil.glb\" leads through a symbolic link"), linked.getMessage());
    }

    @Test void defaults() {
        SceneSpec s = fx.load("min.yaml", SpecFixture.MINIMAL_YAML);
        assertEquals(PlacementSpec.DEFAULT, s.placement());
        assertEquals(false, s.placement().collisionFree());
        assertEquals(100, s.placement().maxTries());
        assertEquals(PlacementSpec.OnFailure.ERROR, s.placement().onFailure());
        assertNull(s.classBalance());
        assertEquals(List.of(), s.distractors());
        assertNull(s.occluders());
        ObjectSpec o = s.objects().get(0);
        assertEquals(ScaleSpec.ONE, o.scale());
        assertEquals(BoxSpec.ORIGIN, o.position());
        assertNull(o.support());
        SceneSpec props = fx.load("props.yaml", SpecFixture.MINIMAL_YAML + "distractors: [{}]\noccluders: {}\n");
        DistractorSpec d = props.distractors().get(0);
        assertEquals(List.of(Primitive.values()), d.shapes());
        assertEquals(Distribution.constant(1), d.count());
        assertEquals(Distribution.constant(0.5), d.size());
        assertEquals(new RotationSpec.Uniform(), d.rotation());
        assertEquals(BoxSpec.ORIGIN, d.position());
        assertEquals(MaterialSpec.of(new SurfaceSpec.BaseColor(new ColorSpec.Hsv(new Distribution.Uniform(0, 360),
                new Distribution.Uniform(0.3, 1), new Distribution.Uniform(0.3, 1)))), d.material());
        OccluderSpec o2 = props.occluders();
        assertEquals(Distribution.constant(0.5), o2.depth());
        assertEquals(Distribution.constant(0), o2.offset());
        assertEquals(d.material(), o2.material());
    }

    @Test void weightsForm() {
        SceneSpec s = fx.load("w.yaml", SpecFixture.MINIMAL_YAML.replace("    scale: 1\n", "")
                + "class_balance: {instances_per_frame: {int_uniform: [2, 6]}, weights: {coin: 2}}\n");
        assertEquals(new Distribution.IntUniform(2, 6), s.classBalance().instancesPerFrame());
        assertEquals(Map.of("coin", 2.0), s.classBalance().weights());
        assertEquals(List.of("coin"), s.classBalance().named());
    }

    @Test void writtenBackReadsEqual() {
        for (String yaml : List.of(OBJECTS_YAML, OBJECTS_YAML.replace("  targets: {coin: 30, box: 10}",
                "  instances_per_frame: 3\n  weights: {box: 1, coin: 0.5}"), SpecFixture.MINIMAL_YAML + "distractors: [{}]\noccluders: {}\n")) {
            SceneSpec original = fx.load("scene.yaml", yaml);
            String json = SpecWriter.toJson(original);
            SceneSpec again = fx.load("again.json", json);
            assertEquals(original, again, json);
            assertEquals(json, SpecWriter.toJson(again));
        }
        String json = SpecWriter.toJson(fx.load("scene.yaml", OBJECTS_YAML));
        assertTrue(json.contains("\"asset_folder\" : \"clutter\""), json);
        assertTrue(json.contains("\"list_deg\" : [ [ 0, 0, 0 ], [ 0, 90, 0 ] ]"), json);
        assertTrue(json.contains("\"shapes\" : [ \"cube\", \"torus\" ]"), json);
        assertTrue(!json.contains("\"count\" : 1,\n      \"scale\""), "no count under class_balance: " + json);
    }

    @Test void sceneSpecEqualityCoversTheNewFields() {
        SceneSpec a = fx.load("a.yaml", OBJECTS_YAML);
        for (String[] change : new String[][] {{"max_tries: 50", "max_tries: 51"}, {"coin: 30, box: 10", "coin: 31, box: 10"},
                {"size: {uniform: [0.2, 0.6]}", "size: 0.4"}, {"depth: {uniform: [0.3, 0.6]}", "depth: 0.5"}}) {
            SceneSpec b = fx.load("b.yaml", OBJECTS_YAML.replace(change[0], change[1]));
            assertTrue(!a.equals(b), change[0]);
        }
        assertEquals(a.hashCode(), fx.load("c.yaml", OBJECTS_YAML).hashCode());
        assertEquals(a.placement(), a.withFrames(40).withSeed(3).placement());
        assertEquals(a, a.withFrames(40).withSeed(3));
    }
}
