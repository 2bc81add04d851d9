package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import java.util.List;
import mirage.assets.AlphaMode;
import mirage.core.image.CoverageImage;
import mirage.renderer.gpu.CoverageTarget;
import mirage.renderer.gpu.Framebuffer;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuModel;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;
import org.joml.Matrix4fc;
import org.lwjgl.system.MemoryStack;

/**
 * The coverage image (outputs.coverage): the frame's objects are drawn again, ids only, into a target
 * {@link CoverageTarget#GRID} times the frame's width and height, so each pixel is sampled on a regular grid of
 * sub-pixel positions; then one full-frame pass counts, per pixel, the sub-samples that hold the id of the pixel's
 * owner in the instance mask, and one byte a pixel is read back. The id draw follows the instance mask's rules in
 * {@link ShadedPass}: depth test LESS with depth write, no culling, props and the ground (id 0) hide what is behind
 * them, alpha cut-outs discarded, BLEND parts after the others with their label rule (alpha at least 0.5); a shadow
 * catcher writes no label, so it is not drawn. Nothing here touches the colour or any other label. GL thread only.
 */
public final class CoveragePass implements AutoCloseable {
    private final GlProgram ids = new GlProgram(ShaderProgram.COVERAGE_IDS);
    private final GlProgram count = new GlProgram(ShaderProgram.COVERAGE);
    private final int emptyVao = glCreateVertexArrays();

    /**
     * @param frame     the frame's framebuffer, its instance mask drawn
     * @param drawables the objects the frame drew (instances, props, the ground unless it is a shadow catcher)
     * @param viewProj  world to clip space, the frame's
     */
    public CoverageImage draw(CoverageTarget target, Framebuffer frame, List<Drawable> drawables, Matrix4fc viewProj,
                              Readback readback) {
        target.bindSamplesAndClear();
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LESS);
        glDepthMask(true);
        glDisable(GL_BLEND);
        glDisable(GL_CULL_FACE);
        ids.use();
        glVertexAttrib2f(ShaderDefines.ATTRIB_UV, 0f, 0f);              // as in the shaded pass
        glVertexAttrib4f(ShaderDefines.ATTRIB_COLOR, 1f, 1f, 1f, 1f);
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(ids.uniform("u_viewProj"), false, viewProj.get(stack.mallocFloat(16)));
        }
        boolean blended = false;
        for (Drawable d : drawables) blended |= drawParts(d, false);
        if (blended) for (Drawable d : drawables) drawParts(d, true);
        target.bindCounts(frame.instanceTexture());
        FullFrame.begin(count, emptyVao);
        FullFrame.drawAndEnd();
        int n = CoverageTarget.GRID * CoverageTarget.GRID;
        return new CoverageImage(target.width(), target.height(), n,
                readback.ubytes(target.countsFbo(), 0, target.width(), target.height()));
    }

    /** Draws d's BLEND parts or its others; returns whether it has BLEND parts. */
    private boolean drawParts(Drawable d, boolean blendParts) {
        boolean hasBlend = false;
        for (GpuModel.Part part : d.model().parts()) hasBlend |= isBlend(part);
        if (blendParts && !hasBlend) return false;
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(ids.uniform("u_model"), false, d.modelToWorld().get(stack.mallocFloat(16)));
        }
        glUniform1ui(ids.uniform("u_instanceId"), d.instanceId());
        for (GpuModel.Part part : d.model().parts()) {
            if (isBlend(part) != blendParts) continue;
            MaterialMaps.alpha(ids, d.material(), part);
            part.mesh().draw();
        }
        return hasBlend;
    }

    private static boolean isBlend(GpuModel.Part part) {
        return part.material() != null && part.material().alphaMode() == AlphaMode.BLEND;
    }

    @Override
    public void close() {
        ids.close();
        count.close();
        glDeleteVertexArrays(emptyVao);
    }
}
