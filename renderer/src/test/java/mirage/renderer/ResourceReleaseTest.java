package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.core.geom.CameraIntrinsics;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
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

    @Test
    void gpuObjectsAreMadeOnceAndNativeMemoryIsReturned() {
        Path models = BundledAssetRenderTest.repo().resolve("examples/default/assets/models");
        Path bg = BundledAssetRenderTest.repo().resolve("examples/default/assets/backgrounds/polyhaven_goegap_crop.jpg");
        Path tex = BundledAssetRenderTest.repo().resolve("examples/default/assets/textures/skimage_brick_gray.png");
        AssetLibrary assets = new AssetLibrary(List.of(models.getParent()));
        Light sun = Light.directional(new Vector3f(0, -1, -1).normalize(), new Rgb(2, 2, 2), false);
        Matrix4f w2c = new Matrix4f().scaling(1, -1, -1).mul(new Matrix4f().lookAt(0, 0.5f, 3, 0, 0, 0, 0, 1, 0));
        Renderer r = Renderer.open(GlDevice.AUTO);
        int afterFirst = -1;
        try {
            for (int frame = 0; frame < 6; frame++) {
                List<Instance> inst = new ArrayList<>();
                String[] files = {"character.glb", "coin.glb", "flag.glb"};
                for (int k = 0; k < 3; k++)
                    inst.add(new Instance(k + 1, 1, "x", models.resolve(files[k]),
                            new Matrix4f().translation(k - 1, 0, 0).rotateY(frame).scale(0.5f),
                            k == 2 ? Material.of(new Material.Surface.Texture(tex)) : Material.ASSET));
                Scene s = new Scene(frame, CameraIntrinsics.fromVerticalFov(160, 120, 45), w2c, 0.05f, 50f, inst,
                        List.of(sun), new Rgb(0.2f, 0.2f, 0.2f), new Background.Image(bg));
                r.render(s, assets);
                if (frame == 0) afterFirst = r.assetGlObjects();
                else assertEquals(afterFirst, r.assetGlObjects(), "no GL objects made per frame");
            }
            assertTrue(afterFirst >= 3 * 3 + 2, "three models (vertex array + buffers each), a texture, a background");
        } finally {
            r.close();
        }
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
