package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import java.util.List;
import mirage.renderer.gpu.GlProgram;
import mirage.scenes.model.Light;
import mirage.core.Limits;
import mirage.shaders.ShaderDefines;

/** Sets the light and shadow uniforms of shaded/lights.glsl on a program in use. GL thread only. */
final class LightUniforms {
    private LightUniforms() {}

    /** The shaded pass's uniform arrays hold {@link Limits#MAX_LIGHTS} lights. */
    static void requireSupported(List<Light> lights) {
        if (lights.size() > Limits.MAX_LIGHTS)
            throw new IllegalArgumentException("at most " + Limits.MAX_LIGHTS + " lights, got " + lights.size());
    }

    static void set(GlProgram program, List<Light> lights, ShadowPass.Shadows shadows) {
        requireSupported(lights);
        int n = lights.size(), slots = Math.max(n, 1);
        int[] types = new int[slots], layers = new int[slots];
        float[] positions = new float[3 * slots], directions = new float[3 * slots], radiance = new float[3 * slots];
        float[] cones = new float[2 * slots], matrices = new float[16 * slots], texels = new float[slots];
        float[] sizes = new float[slots], depthRanges = new float[2 * slots];
        layers[0] = -1;
        for (int i = 0; i < n; i++) {
            Light l = lights.get(i);
            types[i] = switch (l.type()) {
                case DIRECTIONAL -> ShaderDefines.LIGHT_DIRECTIONAL;
                case POINT -> ShaderDefines.LIGHT_POINT;
                case SPOT -> ShaderDefines.LIGHT_SPOT;
            };
            positions[3 * i] = l.position().x();
            positions[3 * i + 1] = l.position().y();
            positions[3 * i + 2] = l.position().z();
            directions[3 * i] = l.direction().x();
            directions[3 * i + 1] = l.direction().y();
            directions[3 * i + 2] = l.direction().z();
            radiance[3 * i] = l.radiance().r();
            radiance[3 * i + 1] = l.radiance().g();
            radiance[3 * i + 2] = l.radiance().b();
            cones[2 * i] = (float) Math.toRadians(l.coneDeg());
            cones[2 * i + 1] = (float) Math.toRadians(l.softnessDeg());
            layers[i] = shadows.layer(i);
            LightView view = shadows.view(i);
            if (view != null) {
                view.viewProj().get(matrices, 16 * i);
                texels[i] = view.texel();
                depthRanges[2 * i] = view.near();
                depthRanges[2 * i + 1] = view.far();
                sizes[i] = shaderSize(l);
            }
        }
        glUniform1i(program.uniform("u_lightCount"), n);
        glUniform1iv(program.uniform("u_lightType"), types);
        glUniform3fv(program.uniform("u_lightPosition"), positions);
        glUniform3fv(program.uniform("u_lightDirection"), directions);
        glUniform3fv(program.uniform("u_lightRadiance"), radiance);
        glUniform2fv(program.uniform("u_lightCone"), cones);
        glUniform1iv(program.uniform("u_shadowLayer"), layers);
        glUniformMatrix4fv(program.uniform("u_shadowMatrix"), false, matrices);
        glUniform1fv(program.uniform("u_shadowTexel"), texels);
        glUniform1fv(program.uniform("u_lightSize"), sizes);
        glUniform2fv(program.uniform("u_shadowDepthRange"), depthRanges);
        shadows.bind(ShaderDefines.UNIT_SHADOW_MAPS, ShaderDefines.UNIT_SHADOW_DEPTHS);
    }

    /**
     * {@code u_lightSize}: how far the emitter reaches sideways, as lights.glsl uses it. Point and spot: the radius,
     * metres. Directional: tan(half the angular diameter), the penumbra's half-width per metre from the blocker
     * (along the light) to the receiver.
     */
    static float shaderSize(Light l) {
        if (l.type() == Light.Type.DIRECTIONAL) return (float) Math.tan(Math.toRadians(l.size()) / 2);
        return l.size();
    }
}
