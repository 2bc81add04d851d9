package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mirage.assets.AssetLibrary;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.assets.primitives.PrimitiveMeshes;
import mirage.core.geom.Primitive;
import mirage.core.geom.check.MeshProximity;
import mirage.core.geom.check.WorldMesh;
import org.joml.Matrix4d;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pile of 30 mixed parts (convex: a ball and a bottle, as hulls; concave: a bracket and a key, as V-HACD parts)
 * settled in a bin, checked without asking the engine: from the recorded {@code model_to_world} of every instance
 * and the asset meshes alone, no two instances interpenetrate by more than 2 mm, and every instance touches the bin
 * (floor or wall) or another instance within 2 mm at a point lower than its centre: what holds it up. (Its lowest
 * point is not the test: a ball resting in the crevice between two others touches them below its centre while its
 * lowest point hangs free, about 5 mm above them for 5 cm balls.) Both frames must also have come to rest.
 */
class PhysicsPileTest {
    static final double TOLERANCE = 0.002;
    @TempDir
    static Path tmp;
    static Path out;
    static Path spec;

    static String pileSpec() {
        Path parts = CliRun.repo().resolve("examples/bin-picking/assets/parts");
        Path ball = CliRun.repo().resolve("examples/default/assets/models/sphere.obj");
        return """
                seed: 3
                frames: 2
                image: {width: 96, height: 64}
                camera:
                  fov_deg: 40
                  orbit: {target: [0, 0.05, 0], distance: 1.2, elevation_deg: 80, azimuth_deg: 0}
                objects:
                  - {asset: "%s", category: bracket, count: 9, fit_size: 0.08, collision: vhacd}
                  - {asset: "%s", category: key, count: 9, fit_size: 0.07, collision: vhacd}
                  - {asset: "%s", category: bottle, count: 6, fit_size: 0.1}
                  - {asset: "%s", category: ball, count: 6, fit_size: 0.05, material: {base_color: [0.8, 0.2, 0.2]}}
                placement:
                  physics:
                    drop_height: {uniform: [0.01, 0.08]}
                    density: {uniform: [900, 2700]}
                    friction: {uniform: [0.4, 0.8]}
                    bin: {size: [0.3, 0.15, 0.24], wall: 0.012, material: {base_color: [0.2, 0.3, 0.5]}}
                """.formatted(parts.resolve("bracket.stl"), parts.resolve("key.stl"), parts.resolve("fuze.obj"), ball);
    }

    @BeforeAll
    static void render() throws Exception {
        spec = Files.writeString(tmp.resolve("pile.yaml"), pileSpec());
        out = tmp.resolve("pile");
        CliRun r = CliRun.of("render", spec.toString(), "--out", out.toString(), "--no-progress",
                "--allow-root", CliRun.repo().resolve("examples").toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    static List<JsonNode> records() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(PhysicsPileTest.out.resolve("frames"))) {
            for (Path f : s.sorted().toList()) out.add(new ObjectMapper().readTree(f.toFile()));
        }
        return out;
    }

    static Matrix4d matrix(JsonNode rows) {
        Matrix4d m = new Matrix4d();
        for (int r = 0; r < 4; r++)
            for (int c = 0; c < 4; c++) m.set(c, r, rows.get(r).get(c).asDouble());
        return m;
    }

    static WorldMesh mesh(Model model, Matrix4d pose) {
        List<WorldMesh> parts = new ArrayList<>();
        for (MeshData m : model.meshes()) parts.add(WorldMesh.of(m.positions(), m.indices(), pose));
        return WorldMesh.concat(parts);
    }

    @Test
    void noTwoInstancesInterpenetrateAndEachRestsOnTheBinOrAnother() throws Exception {
        AssetLibrary assets = new AssetLibrary(List.of(CliRun.repo().resolve("examples")));
        List<String> problems = new ArrayList<>();
        for (JsonNode rec : records()) {
            JsonNode physics = rec.get("scene").get("physics");
            if (!physics.get("at_rest").asBoolean())
                problems.add("frame " + rec.get("frame").asInt() + ": not at rest after " + physics.get("steps") + " steps");
            List<WorldMesh> objects = new ArrayList<>();
            for (JsonNode inst : rec.get("instances"))
                objects.add(mesh(assets.model(tmp.resolve(inst.get("asset").asText()).normalize()), matrix(inst.get("model_to_world"))));
            List<WorldMesh> bin = new ArrayList<>();
            for (JsonNode prop : rec.get("scene").get("props"))
                if (prop.get("role").asText().equals("bin"))
                    bin.add(mesh(PrimitiveMeshes.model(Primitive.CUBE), matrix(prop.get("model_to_world"))));
            assertEquals(30, objects.size());
            assertEquals(5, bin.size());
            for (int i = 0; i < objects.size(); i++)
                for (int j = 0; j < i; j++) {
                    var p = MeshProximity.penetration(objects.get(i), objects.get(j), MeshProximity.DEFAULT_SPACING);
                    if (p.depth() > TOLERANCE) problems.add("frame " + rec.get("frame").asInt() + ": instances " + (i + 1)
                            + " and " + (j + 1) + " interpenetrate: " + p);
                }
            for (int i = 0; i < objects.size(); i++) {
                WorldMesh m = objects.get(i);
                double centre = (m.aabbMin().y() + m.aabbMax().y()) / 2;
                boolean held = false;
                for (WorldMesh b : bin) held |= MeshProximity.touchesBelow(m, centre, b, TOLERANCE);
                for (int j = 0; j < objects.size() && !held; j++)
                    if (j != i) held = MeshProximity.touchesBelow(m, centre, objects.get(j), TOLERANCE);
                if (!held) problems.add("frame " + rec.get("frame").asInt() + ": instance " + (i + 1)
                        + " touches nothing below its centre (" + centre + ") within " + TOLERANCE + " m");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
