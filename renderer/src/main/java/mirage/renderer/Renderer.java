package mirage.renderer;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetSource;
import mirage.assets.MeshData;
import mirage.core.frame.AmodalMasks;
import mirage.core.frame.RenderTimings;
import mirage.core.frame.RenderedFrame;
import mirage.core.geom.ProjectedBox;
import mirage.core.image.CoverageImage;
import mirage.renderer.egl.EglContext;
import mirage.renderer.egl.GlDevice;
import mirage.renderer.gpu.AntialiasTarget;
import mirage.renderer.gpu.CoverageTarget;
import mirage.renderer.gpu.DrawTarget;
import mirage.renderer.gpu.Framebuffer;
import mirage.renderer.gpu.GpuResources;
import mirage.renderer.pass.AmbientOcclusionPass;
import mirage.renderer.pass.BackdropPass;
import mirage.renderer.pass.BackgroundPass;
import mirage.renderer.pass.CoveragePass;
import mirage.renderer.pass.Drawable;
import mirage.renderer.pass.Readback;
import mirage.renderer.pass.ShadedPass;
import mirage.renderer.pass.ShadowPass;
import mirage.renderer.pass.SilhouetteArea;
import mirage.renderer.pass.SilhouettePass;
import mirage.renderer.pass.SkyPass;
import mirage.renderer.pass.TonemapPass;
import mirage.renderer.environment.EnvironmentCache;
import mirage.scenes.model.EnvironmentLight;
import mirage.shaders.ShaderDefines;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.RenderSpec.Antialias;
import org.joml.Matrix4f;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL30;
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
    private final ShadowPass shadows;
    private final ShadedPass shaded;
    private final BackgroundPass background;
    private final BackdropPass backdrop;
    private final SilhouettePass silhouettes;
    private final SilhouetteArea silhouetteArea;
    private final SkyPass sky;
    private final TonemapPass tonemap;
    private final CoveragePass coveragePass;
    private final AmbientOcclusionPass ambientOcclusion;
    private final EnvironmentCache environments = new EnvironmentCache();
    private final Readback readback = new Readback();
    private Framebuffer framebuffer;
    private Framebuffer hdrFramebuffer;   // kept apart, so runs and benches that mix both modes do not remake targets
    private AntialiasTarget antialiasTarget;   // the anti-aliased colour of the last frame that had it
    private CoverageTarget coverageTarget;     // the supersampled ids of the last frame asked for coverage

    private Renderer(EglContext context) {
        this.context = context;
        List<AutoCloseable> made = new ArrayList<>();
        try {
            this.shadows = keep(made, new ShadowPass());
            this.shaded = keep(made, new ShadedPass());
            this.background = keep(made, new BackgroundPass());
            this.backdrop = keep(made, new BackdropPass());
            this.silhouettes = keep(made, new SilhouettePass());
            this.silhouetteArea = keep(made, new SilhouetteArea());
            this.sky = keep(made, new SkyPass());
            this.tonemap = keep(made, new TonemapPass());
            this.coveragePass = keep(made, new CoveragePass());
            this.ambientOcclusion = keep(made, new AmbientOcclusionPass());
        } catch (RuntimeException e) {
            for (AutoCloseable c : made) closeQuietly(c);
            context.close();
            throw e;
        }
    }

    private static <T extends AutoCloseable> T keep(List<AutoCloseable> made, T resource) {
        made.add(resource);
        return resource;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already failing; the first error is the one to report
        }
    }

    /** Opens a GL context on the chosen device and builds the shader programs. */
    public static Renderer open(GlDevice device) {
        return new Renderer(EglContext.open(device));
    }

    /** Opens a GL context preferring the {@code gpu}-th GPU (see {@link EglContext#open(GlDevice, int)}). */
    public static Renderer open(GlDevice device, int gpu) {
        return new Renderer(EglContext.open(device, gpu));
    }

    /** GL objects held for the run's assets (meshes, primitives, textures); for leak checks. */
    public int assetGlObjects() {
        return gpu.glObjectCount();
    }

    /** GL objects of the frame's render targets (framebuffers, shadow maps, ambient occlusion); for leak checks. */
    public int targetGlObjects() {
        return (framebuffer == null ? 0 : framebuffer.glObjectCount()) + (hdrFramebuffer == null ? 0 : hdrFramebuffer.glObjectCount())
                + shadows.glObjectCount() + tonemap.glObjectCount() + ambientOcclusion.glObjectCount()
                + (antialiasTarget == null ? 0 : antialiasTarget.glObjectCount())
                + (coverageTarget == null ? 0 : coverageTarget.glObjectCount());
    }

    /** GL objects held for environment lighting (pre-filtered maps, the BRDF table); for leak checks. */
    public int environmentGlObjects() {
        return environments.glObjectCount();
    }

    /** Time this renderer spent reading and pre-filtering environment maps so far, nanoseconds. */
    public long environmentFilterNanos() {
        return environments.filterNanos();
    }

    /** Throws a {@link RenderException} naming the limit unless this context can anti-alias frames of this size this way. */
    public void checkAntialias(Antialias mode, int width, int height) {
        if (mode != Antialias.OFF) AntialiasTarget.check(mode, width, height);
    }

    /** Throws a {@link RenderException} naming the limit unless this context can draw coverage images of this size. */
    public void checkCoverage(int width, int height) {
        CoverageTarget.check(width, height);
    }

    public RendererInfo info() {
        return new RendererInfo(context.deviceDescription(), context.glVendor(), context.glRenderer(), context.glVersion());
    }

    /**
     * Draws one frame: shadow maps, the background, then every instance and prop lit; reads back colour, ids,
     * depth and normals, then draws the instances' amodal silhouettes (props never appear in those). With the HDR
     * pipeline ({@code scene.hdr()}), colour is shaded as linear radiance into a floating-point target, with the
     * environment's light (and the environment as background when visible), then tone mapped into 8 bits; the
     * labels are drawn exactly as without it. With anti-aliasing ({@code scene.antialias()}), the labels are drawn
     * single-sampled by the label program (no lighting; the same bytes as the shaded program's) and the colour into
     * a multisampled or supersampled target, then resolved (and tone mapped) to the frame's size. With ambient
     * occlusion ({@code scene.ambientOcclusion()}), the labels are drawn first by the label program, the occlusion is
     * computed from their camera z and normals, then the colour is drawn with the indirect light darkened by it. No coverage
     * image ({@link RenderedFrame#coverage()} is null).
     */
    public RenderedFrame render(Scene scene, AssetSource assets) {
        return render(scene, assets, false);
    }

    /**
     * {@link #render(Scene, AssetSource)}, and with {@code coverage} also the coverage image: per pixel, how many of
     * its {@link CoverageTarget#GRID}&sup2; regularly placed sub-samples belong to the instance that owns the pixel
     * in the instance mask (geometry only: the same with any anti-aliasing or pipeline; nothing else changes).
     */
    public RenderedFrame render(Scene scene, AssetSource assets, boolean coverage) {
        long t0 = System.nanoTime();
        boolean hdr = scene.hdr() != null;
        Framebuffer fb = framebufferFor(scene.intrinsics().width(), scene.intrinsics().height(), hdr);
        List<Drawable> casters = Drawable.of(scene, gpu, assets);
        ShadowPass.Shadows shadowMaps = shadows.render(scene.lights(), casters);
        List<Drawable> drawables = Drawable.withGround(casters, scene, gpu, assets);
        Matrix4f view = new Matrix4f(CV_TO_GL).mul(scene.worldToCamera());
        Matrix4f viewProj = scene.intrinsics().glProjection(scene.near(), scene.far(), new Matrix4f()).mul(view);
        Vector3f cameraPos = view.invert(new Matrix4f()).getTranslation(new Vector3f());
        EnvironmentLight env = hdr ? scene.hdr().environment() : null;
        int colorFbo;
        int aoVisibility = 0;   // the ambient occlusion's visibility texture, from labels drawn first
        if (scene.ambientOcclusion() != null) {
            drawLabels(fb, scene, view, viewProj, drawables, assets);
            aoVisibility = ambientOcclusion.draw(scene, scene.ambientOcclusion(), fb);
        }
        if (scene.antialias() == Antialias.OFF) {
            // with ambient occlusion this draws the labels again, the same bytes, with the colour
            drawColour(fb, scene, env, view, viewProj, cameraPos, drawables, shadowMaps, assets, aoVisibility, 1);
            colorFbo = hdr ? tonemap.draw(fb.colorTexture(), scene.hdr(), fb.width(), fb.height()) : fb.fbo();
        } else {
            // labels single-sampled without lighting (backgrounds write only the cleared values there), colour
            // anti-aliased apart
            if (aoVisibility == 0) drawLabels(fb, scene, view, viewProj, drawables, assets);
            AntialiasTarget aa = antialiasTargetFor(scene.antialias(), hdr, fb.width(), fb.height());
            drawColour(aa, scene, env, view, viewProj, cameraPos, drawables, shadowMaps, assets, aoVisibility, aa.mode().scale());
            colorFbo = tonemap.draw(aa.colorTexture(), aa.mode().samples(), aa.mode().scale(), scene.hdr(), fb.width(), fb.height());
        }
        GL11.glFinish();   // so the stage times below are the GPU's work, not queued commands
        long t1 = System.nanoTime();
        var color = readback.rgba(colorFbo, ShaderDefines.TARGET_COLOR, fb.width(), fb.height());
        var ids = readback.ids(fb);
        var depth = readback.depth(fb);
        var normals = readback.normals(fb);
        long t2 = System.nanoTime();
        List<Instance> instances = scene.instances();
        List<int[]> layers = new ArrayList<>();
        for (int first = 0; first < instances.size(); first += AmodalMasks.PER_LAYER)
            layers.add(silhouettes.drawBatch(instances, first, viewProj, fb.width(), fb.height(), gpu, assets, readback));
        AmodalMasks amodal = new AmodalMasks(fb.width(), fb.height(), instances.size(), layers);
        long t3 = System.nanoTime();
        List<ProjectedBox> boxes = new ArrayList<>(instances.size());
        long[] silhouettePixels = new long[instances.size()];
        for (int i = 0; i < instances.size(); i++) {
            Instance inst = instances.get(i);
            ProjectedBox box = projectedBox(scene, inst, assets);
            boxes.add(box);
            silhouettePixels[i] = box != null && box.inside(fb.width(), fb.height()) ? -1
                    : silhouetteArea.pixels(gpu.model(inst.asset(), assets), inst.material(), view, inst.modelToWorld(),
                    scene.intrinsics(), scene.near(), scene.far(), box);
        }
        long t4 = System.nanoTime();
        CoverageImage covered = coverage
                ? coveragePass.draw(coverageTargetFor(fb.width(), fb.height()), fb, drawables, viewProj, readback) : null;
        long t5 = System.nanoTime();
        gpu.endFrame();
        return new RenderedFrame(color, ids, depth, normals, amodal, boxes, silhouettePixels,
                new RenderTimings(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), covered);
    }

    /** Binds and clears {@code fb}, then draws only the labels (ids, camera z, normals) of the objects; no colour. */
    private void drawLabels(Framebuffer fb, Scene scene, Matrix4f view, Matrix4f viewProj, List<Drawable> drawables,
                            AssetSource assets) {
        fb.bindAndClear(0, 0, 0);
        GL30.glColorMaski(ShaderDefines.TARGET_COLOR, false, false, false, false);   // the label program writes none
        shaded.drawLabels(scene, view, viewProj, drawables, gpu, assets);
        GL30.glColorMaski(ShaderDefines.TARGET_COLOR, true, true, true, true);
    }

    /** Binds and clears the target, then draws the background (or the visible environment) and the lit objects. */
    private void drawColour(DrawTarget target, Scene scene, EnvironmentLight env, Matrix4f view, Matrix4f viewProj,
                            Vector3f cameraPos, List<Drawable> drawables, ShadowPass.Shadows shadowMaps, AssetSource assets,
                            int aoVisibility, int aoScale) {
        if (env != null && env.visible()) {
            target.bindAndClear(0, 0, 0);
            sky.draw(environments.get(env.map()), env, viewProj, cameraPos, target.width(), target.height());
        } else {
            drawBackground(scene.background(), target, assets);
        }
        shaded.draw(scene, view, viewProj, cameraPos, drawables, shadowMaps, gpu, assets, environments, aoVisibility, aoScale);
    }

    /** Binds and clears the frame, then draws the background: a clear colour, an image window or a texture. */
    private void drawBackground(Background bg, DrawTarget fb, AssetSource assets) {
        if (bg instanceof Background.Solid s) {
            fb.bindAndClear(s.color().r(), s.color().g(), s.color().b());
            return;
        }
        fb.bindAndClear(0, 0, 0);
        if (bg instanceof Background.Image img) background.draw(gpu.background(img.image(), assets), img, fb.width(), fb.height());
        else if (bg instanceof Background.Texture tex) backdrop.draw(tex, fb.width(), fb.height(), gpu, assets);
    }

    private static ProjectedBox projectedBox(Scene scene, Instance inst, AssetSource assets) {
        Matrix4f modelToCamera = new Matrix4f(scene.worldToCamera()).mul(inst.modelToWorld());
        ProjectedBox box = null;
        boolean first = true;
        for (MeshData mesh : assets.model(inst.asset()).meshes()) {
            ProjectedBox b = ProjectedBox.of(mesh.positions(), modelToCamera, scene.intrinsics());
            box = first ? b : ProjectedBox.union(box, b);
            first = false;
            if (box == null) return null;
        }
        return box;
    }

    private Framebuffer framebufferFor(int width, int height, boolean hdr) {
        Framebuffer fb = hdr ? hdrFramebuffer : framebuffer;
        if (fb == null || fb.width() != width || fb.height() != height) {
            if (fb != null) fb.close();
            if (hdr) hdrFramebuffer = null;
            else framebuffer = null;
            fb = new Framebuffer(width, height, hdr);
            if (hdr) hdrFramebuffer = fb;
            else framebuffer = fb;
        }
        return fb;
    }

    private AntialiasTarget antialiasTargetFor(Antialias mode, boolean hdr, int width, int height) {
        if (antialiasTarget != null && !antialiasTarget.fits(mode, hdr, width, height)) {
            antialiasTarget.close();
            antialiasTarget = null;
        }
        if (antialiasTarget == null) antialiasTarget = new AntialiasTarget(mode, hdr, width, height);
        return antialiasTarget;
    }

    private CoverageTarget coverageTargetFor(int width, int height) {
        if (coverageTarget != null && !coverageTarget.fits(width, height)) {
            coverageTarget.close();
            coverageTarget = null;
        }
        if (coverageTarget == null) coverageTarget = new CoverageTarget(width, height);
        return coverageTarget;
    }

    @Override
    public void close() {
        readback.close();
        if (coverageTarget != null) coverageTarget.close();
        if (antialiasTarget != null) antialiasTarget.close();
        if (framebuffer != null) framebuffer.close();
        if (hdrFramebuffer != null) hdrFramebuffer.close();
        gpu.close();
        shadows.close();
        shaded.close();
        background.close();
        backdrop.close();
        silhouettes.close();
        silhouetteArea.close();
        sky.close();
        tonemap.close();
        coveragePass.close();
        ambientOcclusion.close();
        environments.close();
        context.close();
    }
}
