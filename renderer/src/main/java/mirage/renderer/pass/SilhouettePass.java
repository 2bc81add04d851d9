package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import java.util.List;
import mirage.assets.AssetSource;
import mirage.core.frame.AmodalMasks;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuModel;
import mirage.renderer.gpu.GpuResources;
import mirage.renderer.gpu.RenderTarget;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Material;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;
import org.joml.Matrix4fc;
import org.lwjgl.system.MemoryStack;

/**
 * Amodal masks: each instance's full silhouette (ignoring every other instance), exactly as the frame pass
 * rasterises it (alpha cut-outs included). Instance k ORs bit {@code (k - 1) % 32} into an R32UI target through the fixed-function logic op,
 * with no depth test, so one readback holds 32 overlapping masks; frames with more instances take one batch per 32.
 * Owns its target; GL thread only.
 */
public final class SilhouettePass implements AutoCloseable {
    /** Instances per batch: one bit each of the R32UI target, the layout of {@link AmodalMasks}. */
    public static final int BATCH = AmodalMasks.PER_LAYER;

    private final GlProgram program = new GlProgram(ShaderProgram.SILHOUETTE);
    private final RenderTarget target = new RenderTarget("silhouette", GL_R32UI, GL_COLOR_ATTACHMENT0);

    /**
     * Draws the instances of one batch (positions {@code first .. first+31} of the list) and returns the bit
     * image, top-down rows, {@code width*height} ints.
     */
    public int[] drawBatch(List<Instance> instances, int first, Matrix4fc viewProj, int w, int h,
                           GpuResources gpu, AssetSource assets, Readback readback) {
        int fbo = target.framebuffer(w, h);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, w, h);
        glClearNamedFramebufferuiv(fbo, GL_COLOR, 0, new int[] {0, 0, 0, 0});
        glDisable(GL_DEPTH_TEST);
        glDepthMask(false);
        glDisable(GL_BLEND);
        glDisable(GL_CULL_FACE);
        glEnable(GL_COLOR_LOGIC_OP);
        glLogicOp(GL_OR);
        program.use();
        glVertexAttrib2f(ShaderDefines.ATTRIB_UV, 0f, 0f);              // as in the shaded pass
        glVertexAttrib4f(ShaderDefines.ATTRIB_COLOR, 1f, 1f, 1f, 1f);
        try {
            for (int i = first; i < Math.min(instances.size(), first + BATCH); i++) {
                Instance inst = instances.get(i);
                draw(gpu.model(inst.asset(), assets), inst.material(), viewProj, inst.modelToWorld(), 1 << ((inst.index() - 1) % BATCH));
            }
        } finally {
            glDisable(GL_COLOR_LOGIC_OP);
            glDepthMask(true);
        }
        return readback.uints(fbo, 0, w, h);
    }

    private void draw(GpuModel model, Material material, Matrix4fc viewProj, Matrix4fc modelToWorld, int bit) {
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(program.uniform("u_viewProj"), false, viewProj.get(stack.mallocFloat(16)));
            glUniformMatrix4fv(program.uniform("u_model"), false, modelToWorld.get(stack.mallocFloat(16)));
        }
        glUniform1ui(program.uniform("u_bit"), bit);
        for (GpuModel.Part part : model.parts()) {
            MaterialMaps.alpha(program, material, part);
            part.mesh().draw();
        }
    }

    @Override
    public void close() {
        target.close();
        program.close();
    }
}
