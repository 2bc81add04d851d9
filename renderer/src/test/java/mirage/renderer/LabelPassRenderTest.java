package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mirage.assets.AlphaMode;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.assets.TextureData;
import mirage.core.frame.RenderedFrame;
import mirage.core.geom.Aabb;
import mirage.core.geom.Primitive;
import mirage.scenes.model.Background;
import mirage.scenes.model.Ground;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.RenderSpec.Antialias;
import mirage.scenes.spec.RenderSpec.Tonemap;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/**
 * With its colour drawn apart (anti-aliasing), a frame's labels come from the label program (no lighting) instead of
 * the shaded program: they must be the same bytes. A scene with every label rule: an alpha MASK plane with a varying
 * normal map seen from both sides (cut-out, mapped normals, two-sided flip), a BLEND plane whose alpha is below 0.5
 * on one half and above it on the other, an opaque cube, a sphere and a cube as props (instance 0), and a ground
 * with a material; 8-bit and HDR. Ids, camera z, normals, amodal masks and boxes equal {@code off}'s bit for bit.
 */
class LabelPassRenderTest extends SharedRenderer {
    static final Path MASKED = Path.of("/analytic/label-mask-plane"), BLENDED = Path.of("/analytic/label-blend-plane");

    /** A unit square in the model's z = 0 plane facing -z, uv = (x + 0.5, y + 0.5), tangents computed. */
    static Model plane(Path path, MaterialData material) {
        float[] pos = {-0.5f, -0.5f, 0, 0.5f, -0.5f, 0, 0.5f, 0.5f, 0, -0.5f, 0.5f, 0};
        float[] nrm = {0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1};
        float[] uv = {0, 0, 1, 0, 1, 1, 0, 1};
        MeshData mesh = new MeshData(pos, nrm, uv, null, new int[] {0, 2, 1, 0, 3, 2}, 0);
        return new Model(path, List.of(mesh), List.of(material), new Aabb(new Vector3f(-0.5f, -0.5f, 0), new Vector3f(0.5f, 0.5f, 0)));
    }

    /** 16 x 16 texels: alpha {@code left} on the left half and {@code right} on the right, white. */
    static TextureData halves(int left, int right) {
        byte[] rgba = new byte[4 * 256];
        for (int i = 0; i < 256; i++) {
            rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = (byte) 255;
            rgba[4 * i + 3] = (byte) (i % 16 < 8 ? left : right);
        }
        return new TextureData(16, 16, rgba, "halves");
    }

    /** 16 x 16 texels of tangent-space normals tilted by an angle that varies across the map. */
    static TextureData bumps() {
        byte[] rgba = new byte[4 * 256];
        for (int i = 0; i < 256; i++) {
            double a = 0.6 * Math.sin(i % 16 * 0.7), b = 0.5 * Math.cos(i / 16 * 0.9);
            double[] n = {Math.sin(a), Math.sin(b), Math.cos(a) * Math.cos(b)};
            for (int c = 0; c < 3; c++) rgba[4 * i + c] = (byte) Math.round((n[c] * 0.5 + 0.5) * 255);
            rgba[4 * i + 3] = (byte) 255;
        }
        return new TextureData(16, 16, rgba, "bumps");
    }

    static Scene scene(HdrLook hdr) {
        Scene base = ShadowRenderTest.scene(true);
        Instance cube = base.instances().get(0);
        Instance masked = new Instance(2, 1, "mask", MASKED,
                new Matrix4f().translation(-0.9f, 1.0f, 0.8f).rotateY(2.6f).rotateX(0.5f).scale(1.4f), Material.ASSET);
        Instance facingAway = new Instance(3, 1, "mask", MASKED,
                new Matrix4f().translation(1.2f, 0.9f, 0.5f).rotateY(0.4f).rotateX(-0.3f).scale(1.2f), Material.ASSET);
        Instance blended = new Instance(4, 1, "blend", BLENDED,
                new Matrix4f().translation(0.3f, 1.5f, 1.2f).rotateY(3.0f).rotateX(0.6f).scale(1.3f), Material.ASSET);
        Prop sphere = new Prop(Prop.Role.OCCLUDER, null, Primitive.SPHERE, new Matrix4f().translation(-0.4f, 0.4f, 1.5f).scale(0.7f),
                Material.of(new Material.Surface.BaseColor(new Rgb(0.2f, 0.5f, 0.8f))));
        Prop box = new Prop(Prop.Role.DISTRACTOR, null, Primitive.CUBE, new Matrix4f().translation(1.0f, 0.3f, -0.8f).rotateY(0.7f).scale(0.6f),
                Material.of(new Material.Surface.BaseColor(new Rgb(0.7f, 0.7f, 0.2f))));
        return new Scene(0, base.intrinsics(), base.worldToCamera(), base.near(), base.far(), List.of(cube, masked, facingAway, blended),
                List.of(sphere, box), base.lights(), base.ambient(), new Background.Solid(new Rgb(0.3f, 0.3f, 0.3f)), base.effects(), null)
                .withGround(new Ground(0f, Material.of(new Material.Surface.BaseColor(new Rgb(0.5f, 0.45f, 0.4f)))))
                .withHdr(hdr);
    }

    static RenderedFrame render(Scene scene) {
        MaterialData mask = new MaterialData(new float[] {0.6f, 0.6f, 0.6f, 1}, "mask", 0, 0.5f, new float[3], 0.8f, 1,
                AlphaMode.MASK, 0.5f, new MaterialData.Textures(halves(0, 255), null, null, bumps(), null, null));
        MaterialData blend = new MaterialData(new float[] {0.9f, 0.2f, 0.2f, 1}, "blend", 0, 0.5f, new float[3], 1, 1,
                AlphaMode.BLEND, 0.5f, new MaterialData.Textures(halves(77, 179), null, null, null, null, null));
        return renderer.render(scene, new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(0.8f, 0.3f, 0.2f),
                MASKED, plane(MASKED, mask), BLENDED, plane(BLENDED, blend))));
    }

    @Test
    void labelsOfTheLabelProgramAreTheShadedProgramsBytes() {
        for (HdrLook hdr : new HdrLook[] {null, new HdrLook(Tonemap.KHRONOS_NEUTRAL, 0, null)}) {
            Scene scene = scene(hdr);
            RenderedFrame off = render(scene);
            assertSceneHasEveryRule(off);
            for (Antialias mode : List.of(Antialias.MSAA4, Antialias.SSAA2)) {
                String what = mode.specName() + (hdr == null ? ", 8-bit" : ", HDR");
                RenderedFrame on = render(scene.withAntialias(mode));
                assertLabelsEqual(off, on, what);
            }
        }
    }

    static void assertLabelsEqual(RenderedFrame expected, RenderedFrame actual, String what) {
        assertArrayEquals(expected.instances().ids(), actual.instances().ids(), what + ": ids");
        assertArrayEquals(expected.depth().metres(), actual.depth().metres(), what + ": camera z");
        assertArrayEquals(expected.normals().rgba(), actual.normals().rgba(), what + ": normals");
        assertEquals(expected.amodal().layers().size(), actual.amodal().layers().size(), what + ": amodal layers");
        for (int i = 0; i < expected.amodal().layers().size(); i++)
            assertArrayEquals(expected.amodal().layers().get(i), actual.amodal().layers().get(i), what + ": amodal");
        assertEquals(expected.projectedBoxes(), actual.projectedBoxes(), what + ": boxes");
    }

    /** The frame shows every instance, and props (the sphere, the box and the ground). */
    private static void assertSceneHasEveryRule(RenderedFrame f) {
        int[] pixels = new int[5];
        int propPixels = 0;
        for (int v = 0; v < f.instances().height(); v++)
            for (int u = 0; u < f.instances().width(); u++) {
                int id = f.instances().get(u, v);
                pixels[id]++;
                if (id == 0 && f.depth().get(u, v) > 0) propPixels++;
            }
        for (int k = 1; k <= 4; k++) assertTrue(pixels[k] > 30, "instance " + k + " is seen: " + pixels[k] + " pixels");
        assertTrue(propPixels > 100, "props and ground: " + propPixels);
    }
}
