package mirage.renderer;

import mirage.assets.AssetSource;
import mirage.renderer.egl.EglContext;
import mirage.renderer.egl.GlDevice;
import mirage.renderer.gpu.Framebuffer;
import mirage.renderer.gpu.GpuResources;
import mirage.renderer.pass.BackgroundPass;
import mirage.renderer.pass.Readback;
import mirage.renderer.pass.ShadedPass;
import mirage.scenes.model.Background;
import mirage.scenes.model.Scene;
import org.joml.Matrix4f;
import org.joml.Vector3f;

/**
 * Renders sampled scenes headlessly. Owns the EGL context and every GL object; create, use and close it on one
 * thread (the GL thread). Not thread-safe.
 */
public final class Renderer implements AutoCloseable {
    /** OpenCV camera axes (x right, y down, z forward) to OpenGL eye axes (x right, y up, z backward). */
    private static final Matrix4f CV_TO_GL = new Matrix4f().scaling(1, -1, -1);

    private final EglContext context;
    private final GpuResources gpu = new GpuResources();
    private final ShadedPass shaded;
    private final BackgroundPass background;
    private final Readback readback = new Readback();
    private Framebuffer framebuffer;

    private Renderer(EglContext context) {
        this.context = context;
        ShadedPass s = null;
        try {
            s = new ShadedPass();
            this.shaded = s;
            this.background = new BackgroundPass();
        } catch (RuntimeException e) {
            if (s != null) s.close();
            context.close();
            throw e;
        }
    }

    /** Opens a GL context on the chosen device and builds the shader programs. */
    public static Renderer open(GlDevice device) {
        return new Renderer(EglContext.open(device));
    }

    public RendererInfo info() {
        return new RendererInfo(context.deviceDescription(), context.glVendor(), context.glRenderer(), context.glVersion());
    }

    /** Draws one frame and reads back colour and instance ids. */
    public RenderedFrame render(Scene scene, AssetSource assets) {
        Framebuffer fb = framebufferFor(scene.intrinsics().width(), scene.intrinsics().height());
        if (scene.background() instanceof Background.Solid s) {
            fb.bindAndClear(s.color().r(), s.color().g(), s.color().b());
        } else if (scene.background() instanceof Background.Image img) {
            fb.bindAndClear(0, 0, 0);
            background.draw(gpu.background(img.image(), assets), fb.width(), fb.height());
        }
        Matrix4f view = new Matrix4f(CV_TO_GL).mul(scene.worldToCamera());
        Matrix4f viewProj = scene.intrinsics().glProjection(scene.near(), scene.far(), new Matrix4f()).mul(view);
        Vector3f cameraPos = view.invert(new Matrix4f()).getTranslation(new Vector3f());
        shaded.draw(scene, viewProj, cameraPos, gpu, assets);
        return new RenderedFrame(readback.color(fb), readback.ids(fb));
    }

    private Framebuffer framebufferFor(int width, int height) {
        if (framebuffer == null || framebuffer.width() != width || framebuffer.height() != height) {
            if (framebuffer != null) framebuffer.close();
            framebuffer = null;
            framebuffer = new Framebuffer(width, height);
        }
        return framebuffer;
    }

    @Override
    public void close() {
        readback.close();
        if (framebuffer != null) framebuffer.close();
        gpu.close();
        shaded.close();
        background.close();
        context.close();
    }
}
