package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.ProjectedBox;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuModel;
import mirage.renderer.gpu.RenderTarget;
import mirage.scenes.model.Material;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;
import org.joml.Matrix4f;
import org.joml.Matrix4fc;
import org.lwjgl.system.MemoryStack;

/**
 * Counts the pixels of an instance's whole silhouette, also where it falls outside the image, on the same pixel
 * grid as the frame (so the part inside the image is pixel-for-pixel the amodal mask, alpha cut-outs left out as
 * there): the instance is drawn alone
 * into a stencil over its projected box, then a quad counts the marked pixels with an occlusion query. The count
 * covers a guard band of {@link #GUARD} image sizes around the image; a silhouette reaching beyond it (or behind
 * the camera) is counted within the band only. Owns its target; GL thread only.
 */
public final class SilhouetteArea implements AutoCloseable {
    /** Guard band on each side, in image widths/heights. */
    public static final double GUARD = 1.5;

    private final GlProgram program = new GlProgram(ShaderProgram.SILHOUETTE);
    private final int query = glCreateQueries(GL_SAMPLES_PASSED);
    private final int quadVao;
    private final int quadVbo;
    private final Matrix4f projection = new Matrix4f();
    private static final Matrix4fc IDENTITY = new Matrix4f();
    private final RenderTarget target = new RenderTarget("silhouette-area", GL_DEPTH24_STENCIL8, GL_DEPTH_STENCIL_ATTACHMENT);

    public SilhouetteArea() {
        quadVbo = glCreateBuffers();
        glNamedBufferStorage(quadVbo, new float[] {-1, -1, 0, 3, -1, 0, -1, 3, 0}, 0);
        quadVao = glCreateVertexArrays();
        glVertexArrayVertexBuffer(quadVao, 0, quadVbo, 0, 3 * Float.BYTES);
        glVertexArrayAttribFormat(quadVao, 0, 3, GL_FLOAT, false, 0);
        glVertexArrayAttribBinding(quadVao, 0, 0);
        glEnableVertexArrayAttrib(quadVao, 0);
    }

    /**
     * Pixels covered by the model's silhouette on the frame's pixel grid, within the guard band.
     *
     * @param material the instance's material, for its alpha cut-out (see {@link MaterialMaps#alpha})
     * @param box the model's projected box (edge coordinates), or null when it reaches behind the camera
     */
    public long pixels(GpuModel model, Material material, Matrix4fc view, Matrix4fc modelToWorld, CameraIntrinsics k,
                       float near, float far, ProjectedBox box) {
        int gx = (int) Math.ceil(GUARD * k.width()), gy = (int) Math.ceil(GUARD * k.height());
        int x0 = -gx, y0 = -gy, x1 = k.width() + gx, y1 = k.height() + gy;
        if (box != null) {
            x0 = Math.max(x0, (int) Math.floor(box.x0()));
            y0 = Math.max(y0, (int) Math.floor(box.y0()));
            x1 = Math.min(x1, (int) Math.ceil(box.x1()));
            y1 = Math.min(y1, (int) Math.ceil(box.y1()));
        }
        if (x1 <= x0 || y1 <= y0) return 0;
        int fbo = target.framebuffer(k.width() + 2 * gx, k.height() + 2 * gy);
        // The region's own intrinsics: the same pixel grid, shifted so that region pixel (0, 0) is image pixel (x0, y0).
        CameraIntrinsics region = new CameraIntrinsics(x1 - x0, y1 - y0, k.fx(), k.fy(), k.cx() - x0, k.cy() - y0);
        region.glProjection(near, far, projection).mul(view);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, region.width(), region.height());
        glEnable(GL_SCISSOR_TEST);
        glScissor(0, 0, region.width(), region.height());
        glClearNamedFramebufferiv(fbo, GL_STENCIL, 0, new int[] {0});
        glDisable(GL_DEPTH_TEST);
        glDisable(GL_BLEND);
        glDisable(GL_CULL_FACE);
        glEnable(GL_STENCIL_TEST);
        program.use();
        try {
            glStencilFunc(GL_ALWAYS, 1, 0xff);
            glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
            setMatrices(modelToWorld, projection);
            glVertexAttrib2f(ShaderDefines.ATTRIB_UV, 0f, 0f);              // as in the shaded pass
            glVertexAttrib4f(ShaderDefines.ATTRIB_COLOR, 1f, 1f, 1f, 1f);
            for (GpuModel.Part part : model.parts()) {
                MaterialMaps.alpha(program, material, part);
                part.mesh().draw();
            }
            glStencilFunc(GL_EQUAL, 1, 0xff);
            glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
            setMatrices(IDENTITY, IDENTITY);
            glUniform1i(program.uniform("u_alphaMode"), ShaderDefines.ALPHA_OPAQUE);   // the counting quad is whole
            glBeginQuery(GL_SAMPLES_PASSED, query);
            glBindVertexArray(quadVao);
            glDrawArrays(GL_TRIANGLES, 0, 3);
            glEndQuery(GL_SAMPLES_PASSED);
            return glGetQueryObjectui64(query, GL_QUERY_RESULT);
        } finally {
            glDisable(GL_STENCIL_TEST);
            glDisable(GL_SCISSOR_TEST);
        }
    }

    private void setMatrices(Matrix4fc model, Matrix4fc viewProj) {
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(program.uniform("u_model"), false, model.get(stack.mallocFloat(16)));
            glUniformMatrix4fv(program.uniform("u_viewProj"), false, viewProj.get(stack.mallocFloat(16)));
        }
    }

    @Override
    public void close() {
        target.close();
        glDeleteQueries(query);
        glDeleteVertexArrays(quadVao);
        glDeleteBuffers(quadVbo);
        program.close();
    }
}
