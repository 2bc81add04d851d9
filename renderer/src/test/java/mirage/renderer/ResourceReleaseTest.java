package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.Primitive;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;
import org.lwjgl.system.MemoryUtil;

/**
 * GPU objects are made once per asset and do not grow with frames; closing the renderer releases them all, and
 * every native buffer Mirage allocated is freed (counted by LWJGL's debug allocator, on for this module's tests).
 */
class ResourceReleaseTest {
    /**
     * An allocation Mirage made: the first frame outside LWJGL is Mirage's. LWJGL's own once-per-JVM state (the
     * allocator's callbacks, loaded libraries, GL function tables) is excluded: it lives as long as the JVM by design.
     */
    static boolean allocatedByMirage(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("org.lwjgl.system.Library") || c.startsWith("org.lwjgl.system.MemoryManage")
                    || c.startsWith("org.lwjgl.opengl.GL") && e.getMethodName().equals("create")) return false;
            if (!c.startsWith("org.lwjgl.")) return c.startsWith("mirage.");
        }
        return false;
    }

    /**
     * Six frames over everything the renderer makes GL objects for: asset models, primitive props, an asset prop,
     * override and background textures, procedural and textured backgrounds, and shadow maps for a varying number
     * of shadow-casting lights (the map array grows in frame 2). The six frames are rendered twice: the second
     * round makes no GL object.
     */
    @Test
    void gpuObjectsAreMadeOnceAndNativeMemoryIsReturned() {
        Path models = BundledAssetRenderTest.repo().resolve("examples/default/assets/models");
        Path bg = BundledAssetRenderTest.repo().resolve("examples/default/assets/backgrounds/polyhaven_goegap_crop.jpg");
        Path tex = BundledAssetRenderTest.repo().resolve("examples/default/assets/textures/skimage_brick_gray.png");
        AssetLibrary assets = new AssetLibrary(List.of(models.getParent()));
        Matrix4f w2c = new Matrix4f().scaling(1, -1, -1).mul(new Matrix4f().lookAt(0, 0.5f, 3, 0, 0, 0, 0, 1, 0));
        Material pattern = Material.of(new Material.Surface.Procedural(Material.Pattern.NOISE, new Rgb(1, 0, 0), new Rgb(0, 0, 1), 4, 7));
        List<Background> backgrounds = List.of(new Background.Image(bg), new Background.Image(bg, 1.5f, 0.2f, 0.7f, true),
                new Background.Texture(pattern), new Background.Texture(Material.of(new Material.Surface.Texture(tex))));
        Renderer r = Renderer.open(GlDevice.AUTO);
        int assetsAfterRound = -1, targetsAfterFirst = -1;
        try {
            for (int index = 0; index < 12; index++) {
                int frame = index % 6;
                List<Instance> inst = new ArrayList<>();
                String[] files = {"character.glb", "coin.glb", "flag.glb"};
                for (int k = 0; k < 3; k++)
                    inst.add(new Instance(k + 1, 1, "x", models.resolve(files[k]),
                            new Matrix4f().translation(k - 1, 0, 0).rotateY(frame).scale(0.5f),
                            k == 2 ? Material.of(new Material.Surface.Texture(tex)) : Material.ASSET));
                List<Prop> props = List.of(
                        new Prop(Prop.Role.DISTRACTOR, null, Primitive.values()[frame % 5], new Matrix4f().translation(0, -0.6f, 0).scale(0.4f), pattern),
                        new Prop(Prop.Role.DISTRACTOR, null, Primitive.TORUS, new Matrix4f().translation(1, 0.6f, -1).scale(0.5f), Material.ASSET),
                        new Prop(Prop.Role.OCCLUDER, models.resolve("coin.glb"), null, new Matrix4f().translation(0.3f, 0, 1).scale(0.3f), Material.ASSET));
                List<Light> lights = new ArrayList<>();
                lights.add(Light.directional(new Vector3f(0, -1, -1).normalize(), new Rgb(2, 2, 2), frame != 1));
                if (frame >= 2) lights.add(Light.spot(new Vector3f(0, 3, 2), new Vector3f(0, -3, -2).normalize(), new Rgb(20, 20, 20), 30, 5, true));
                Scene s = new Scene(frame, CameraIntrinsics.fromVerticalFov(160, 120, 45), w2c, 0.05f, 50f, inst, props,
                        lights, new Rgb(0.2f, 0.2f, 0.2f), backgrounds.get(frame % backgrounds.size()), SensorEffects.NONE, null);
                r.render(s, assets);
                if (index == 0) targetsAfterFirst = r.targetGlObjects();
                if (index == 5) assetsAfterRound = r.assetGlObjects();
                if (index > 5) assertEquals(assetsAfterRound, r.assetGlObjects(), "no asset GL objects made per frame");
                assertEquals(targetsAfterFirst, r.targetGlObjects(), "no target GL objects made per frame");
            }
            assertTrue(assetsAfterRound >= 3 * 3 + 2 + 5 * 4, "three models, two textures, a background, five primitives");
            assertEquals(6 + 3, targetsAfterFirst, "the frame's framebuffer, 2 renderbuffers and 3 textures, the shadow array, its framebuffer and depth sampler");
        } finally {
            r.close();
        }
        assertEquals(0, r.targetGlObjects(), "closing releases the render targets");
        assertEquals(0, r.assetGlObjects(), "closing releases every asset's GL objects");
        long[] leaked = {0};
        MemoryUtil.memReport((address, memory, threadId, threadName, stacktrace) -> {
            if (allocatedByMirage(stacktrace)) {
                leaked[0] += memory;
                System.err.println("not freed: " + memory + " bytes at " + java.util.Arrays.toString(stacktrace));
            }
        });
        assertEquals(0, leaked[0], "native bytes Mirage allocated and did not free");
    }
}
