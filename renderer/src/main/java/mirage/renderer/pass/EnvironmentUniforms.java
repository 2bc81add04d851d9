package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import mirage.renderer.environment.GpuEnvironment;
import mirage.renderer.gpu.GlProgram;
import mirage.scenes.model.EnvironmentLight;
import org.joml.Matrix3f;
import org.lwjgl.system.MemoryStack;

/** Sets the uniforms of common/environment.glsl: the map's turn, intensity and last mip level. */
final class EnvironmentUniforms {
    private EnvironmentUniforms() {}

    static void set(GlProgram program, GpuEnvironment env, EnvironmentLight light) {
        // the map is turned about +Y by rotation_deg; a world direction is looked up turned back
        Matrix3f fromWorld = new Matrix3f().rotationY((float) Math.toRadians(-light.rotationDeg()));
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix3fv(program.uniform("u_envFromWorld"), false, fromWorld.get(stack.mallocFloat(9)));
        }
        glUniform1f(program.uniform("u_envIntensity"), (float) light.intensity());
        glUniform1f(program.uniform("u_envMaxLod"), env.maxLod());
    }
}
