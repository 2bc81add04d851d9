package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.rle.CocoRle;
import mirage.dataset.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full glTF materials end to end, with every other realism feature of the run (environment light, tone mapping,
 * shadows): a glTF cube whose faces are windows (alpha MASK: a hole in the middle of each face) with a normal map,
 * a metallic-roughness image and emission, and spheres drawing a PBR texture set (colour, normal, roughness files)
 * from a texture folder. The independent label checks hold (COCO masks against the instance PNG, poses against the
 * visible pixels, amodal against visible, projected vertices on the amodal box: the holes leave each face's rim, so
 * the box stays the silhouette's), the see-through holes show, and the record names the set's maps.
 */
class PbrMaterialsRunTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int FRAMES = 3;
    static final String SPEC = """
            seed: 11
            frames: %d
            image: {width: 128, height: 96}
            camera:
              fov_deg: 50
              orbit: {target: [0, 0, 0], distance: 3.2, elevation_deg: {uniform: [10, 40]}, azimuth_deg: {uniform: [0, 360]}}
            objects:
              - {asset: "%s", category: window, count: 2, fit_size: 0.9, position: {min: [-0.7, -0.2, -0.7], max: [0.7, 0.2, 0.7]},
                 material: {surface: asset, roughness: 1, metallic: 1}}
              - {asset: "%s", category: ball, count: 2, fit_size: 0.5, position: {min: [-0.9, -0.3, -0.9], max: [0.9, 0.3, 0.9]},
                 material: {texture_folder: "%s"}}
            lights: [{type: directional, intensity: 2, shadows: true}]
            ambient: 0.2
            environment: {hdri_folder: "%s", rotation_deg: {uniform: [0, 360]}}
            render: {tonemap: khronos_neutral}
            """;
    @TempDir
    static Path tmp;
    static Path out;
    static Path opaque;

    @BeforeAll
    static void render() throws Exception {
        Path cube = WindowCube.write(Files.createDirectories(tmp.resolve("window")));
        Path textures = stoneTextureSet(tmp.resolve("textures"));
        Path maps = Files.createDirectories(tmp.resolve("maps"));
        Files.copy(CliRun.repo().resolve("examples/default/assets/hdri/royal_esplanade_1k.hdr"), maps.resolve("royal_esplanade_1k.hdr"));
        Path sphere = CliRun.repo().resolve("examples/default/assets/models/sphere.obj");
        Path spec = Files.writeString(tmp.resolve("pbr.yaml"), SPEC.formatted(FRAMES, cube, sphere, textures, maps));
        out = render(spec, "out");
        Path opaqueCube = WindowCube.write(Files.createDirectories(tmp.resolve("opaque")));
        Files.writeString(opaqueCube, Files.readString(opaqueCube).replace("\"MASK\"", "\"OPAQUE\""));
        opaque = render(Files.writeString(tmp.resolve("opaque.yaml"), SPEC.formatted(FRAMES, opaqueCube, sphere, textures, maps)), "opaque-out");
    }

    static Path render(Path spec, String name) {
        Path dir = tmp.resolve(name);
        CliRun r = CliRun.of("render", spec.toString(), "--out", dir.toString(), "--no-progress",
                "--allow-root", CliRun.repo().resolve("examples").toString(), "--allow-root", tmp.toString());
        assertEquals(0, r.exitCode(), r.err());
        return dir;
    }

    static LabelChecks checks() {
        return new LabelChecks(out, tmp);
    }

    @Test
    void independentLabelChecksHold() throws Exception {
        assertTrue(checks().cocoMasksEqualTheInstancePngPixels() >= 2 * FRAMES);
        checks().recordedPosesProjectOntoTheVisiblePixels();
        checks().amodalLabelsContainTheVisibleOnes();
        assertTrue(checks().projectedVerticesLandOnTheAmodalBox() >= FRAMES);
        checks().depthAndNormalsCoverExactlyTheObjects(1000, 6000);
    }

    /**
     * Cut-out pixels are in no mask of the window: the same run with the windows opaque labels pixels as windows
     * that here lie outside the window's amodal mask (seen straight through a front and a back hole), and so
     * outside its visible mask too; what is behind gets them.
     */
    @Test
    void holesAreInNoMask() throws Exception {
        int holes = 0;
        for (int f = 0; f < FRAMES; f++) {
            String name = String.format("%06d", f);
            int[] ids = LabelChecks.gray16(out.resolve("masks/instance/" + name + ".png"));
            int[] opaqueIds = LabelChecks.gray16(opaque.resolve("masks/instance/" + name + ".png"));
            FrameLabel record = null;
            for (FrameLabel r : DatasetReader.open(out).records()) if (r.fileName().equals(name + ".png")) record = r;
            for (InstanceLabel inst : record.instances()) {
                if (!inst.category().equals("window") || inst.masks().amodal().pixels() == 0) continue;
                boolean[] amodal = CocoRle.decode(inst.masks().amodal().rle());
                for (int p = 0; p < ids.length; p++)
                    if (opaqueIds[p] == inst.index() && !amodal[p]) {
                        assertTrue(ids[p] != inst.index(), "a pixel outside the amodal mask is not the window's");
                        holes++;
                    }
            }
        }
        assertTrue(holes > 20, "window pixels that are holes: " + holes);
    }

    @Test
    void recordNamesTheTextureSetsMaps() throws Exception {
        JsonNode record = JSON.readTree(out.resolve("frames/000000.json").toFile());
        JsonNode materials = record.get("scene").get("materials");
        int sets = 0;
        for (JsonNode m : materials)
            if (m.get("type").asText().equals("texture")) {
                assertEquals("textures/stone_color.png", m.get("image").asText());
                assertEquals("textures/stone_normal.png", m.get("normal_map").asText());
                assertEquals("textures/stone_rough.png", m.get("roughness_map").asText());
                assertTrue(m.get("metallic_map") == null && m.get("occlusion_map") == null, m.toString());
                sets++;
            }
        assertEquals(2, sets);
    }

    /** A PBR texture set in folder {@code dir} (created): colour, a normal map tilted along u, roughness. */
    static Path stoneTextureSet(Path dir) throws IOException {
        Files.createDirectories(dir);
        png(dir.resolve("stone_color.png"), 0xff8a7f70);
        png(dir.resolve("stone_normal.png"), 0xff9f80f3);   // tilted along u
        png(dir.resolve("stone_rough.png"), 0xff606060);
        return dir;
    }

    static void png(Path file, int argb) throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 8; y++) for (int x = 0; x < 8; x++) img.setRGB(x, y, argb);
        ImageIO.write(img, "png", file.toFile());
    }

    /** A unit cube as glTF, each face uv 0..1, with a window material: alpha 0 in the face's middle, MASK. */
    static final class WindowCube {
        static final int[][] NORMALS = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        static final int[][] U = {{0, 1, 0}, {0, 0, 1}, {0, 0, 1}, {1, 0, 0}, {1, 0, 0}, {0, 1, 0}};
        static final int[][] V = {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {1, 0, 0}};
        static final int[][] SIGNS = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};

        static Path write(Path dir) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(24 * 12 * 2 + 24 * 8 + 36 * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int f = 0; f < 6; f++)
                for (int[] s : SIGNS)
                    for (int a = 0; a < 3; a++) b.putFloat(0.5f * (NORMALS[f][a] + s[0] * U[f][a] + s[1] * V[f][a]));
            for (int f = 0; f < 6; f++) for (int k = 0; k < 4; k++) for (int a = 0; a < 3; a++) b.putFloat(NORMALS[f][a]);
            for (int f = 0; f < 6; f++) for (int[] s : SIGNS) b.putFloat((s[0] + 1) / 2f).putFloat((s[1] + 1) / 2f);
            for (int f = 0; f < 6; f++) for (int i : new int[] {0, 1, 2, 0, 2, 3}) b.putShort((short) (4 * f + i));
            Files.write(dir.resolve("cube.bin"), b.array());
            BufferedImage window = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < 16; y++)
                for (int x = 0; x < 16; x++) window.setRGB(x, y, x >= 5 && x < 11 && y >= 5 && y < 11 ? 0x00ffffff : 0xffd0a060);
            ImageIO.write(window, "png", dir.resolve("window.png").toFile());
            png(dir.resolve("normal.png"), 0xff80a0f0);
            png(dir.resolve("mr.png"), 0xff00c040);
            String json = """
                    {"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0]}],"nodes":[{"mesh":0}],
                     "meshes":[{"primitives":[{"attributes":{"POSITION":0,"NORMAL":1,"TEXCOORD_0":2},"indices":3,"material":0}]}],
                     "materials":[{"name":"window","alphaMode":"MASK","doubleSided":true,
                       "pbrMetallicRoughness":{"baseColorTexture":{"index":0},"metallicRoughnessTexture":{"index":2}},
                       "normalTexture":{"index":1},"emissiveFactor":[0.05,0.02,0]}],
                     "textures":[{"source":0},{"source":1},{"source":2}],
                     "images":[{"uri":"window.png"},{"uri":"normal.png"},{"uri":"mr.png"}],
                     "buffers":[{"uri":"cube.bin","byteLength":840}],
                     "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":288},{"buffer":0,"byteOffset":288,"byteLength":288},
                       {"buffer":0,"byteOffset":576,"byteLength":192},{"buffer":0,"byteOffset":768,"byteLength":72}],
                     "accessors":[{"bufferView":0,"componentType":5126,"count":24,"type":"VEC3","min":[-0.5,-0.5,-0.5],"max":[0.5,0.5,0.5]},
                       {"bufferView":1,"componentType":5126,"count":24,"type":"VEC3"},
                       {"bufferView":2,"componentType":5126,"count":24,"type":"VEC2"},
                       {"bufferView":3,"componentType":5123,"count":36,"type":"SCALAR"}]}
                    """;
            return Files.writeString(dir.resolve("cube.gltf"), json);
        }

        private WindowCube() {
        }
    }
}
