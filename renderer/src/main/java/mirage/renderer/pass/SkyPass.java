package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import mirage.renderer.environment.GpuEnvironment;
import mirage.scenes.model.EnvironmentLight;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;
import mirage.renderer.gpu.GlProgram;
import org.joml.Matrix4f;
import org.joml.Matrix4fc;
import org.joml.Vector3fc;
import org.lwjgl.system.MemoryStack;

/**
 * Draws a visible environment as the background (sky.frag): each pixel shows the map's radiance along the camera
 * ray through the pixel centre. Render state as the other background passes ({@link FullFrame}); writes instance
 * id 0. GL thread only.
 */
public final class SkyPass implements AutoCloseable {
    private final GlProgram program = new GlProgram(ShaderProgram.SKY);
    private final int emptyVao = glCreateVertexArrays();

    public void draw(GpuEnvironment env, EnvironmentLight light, Matrix4fc viewProj, Vector3fc cameraPos, int width, int height) {
        FullFrame.begin(program, emptyVao);
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(program.uniform("u_clipToWorld"), false, viewProj.invert(new Matrix4f()).get(stack.mallocFloat(16)));
        }
        glUniform3f(program.uniform("u_cameraPos"), cameraPos.x(), cameraPos.y(), cameraPos.z());
        glUniform2f(program.uniform("u_frameSize"), width, height);
        EnvironmentUniforms.set(program, env, light);
        env.bind(ShaderDefines.UNIT_ENV_MAP);
        FullFrame.drawAndEnd();
    }

    @Override
    public void close() {
        program.close();
        glDeleteVertexArrays(emptyVao);
    }
}
