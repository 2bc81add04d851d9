package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import java.util.List;
import mirage.assets.AssetSource;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuModel;
import mirage.renderer.gpu.GpuResources;
import mirage.renderer.gpu.GpuTexture;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.shaders.ShaderProgram;
import org.joml.Matrix3f;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.joml.Vector3fc;
import org.lwjgl.system.MemoryStack;

/**
 * Draws every instance lit (Blinn-Phong, see shaded.frag) into colour and, in the same draw, its 1-based index
 * into the instance-id target. Render state, applied here and nowhere else: depth test LESS with depth write,
 * blending off (ids must never be mixed), face culling off (two-sided, so thin or open meshes keep their pixels).
 * GL thread only.
 */
public final class ShadedPass implements AutoCloseable {
    private final GlProgram program = new GlProgram(ShaderProgram.SHADED);
    private final Matrix4f model = new Matrix4f();
    private final Matrix3f normal = new Matrix3f();

    public void draw(Scene scene, Matrix4f view, Matrix4f viewProj, Vector3f cameraPos, GpuResources gpu, AssetSource assets) {
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LESS);
        glDepthMask(true);
        glDisable(GL_BLEND);
        glDisable(GL_CULL_FACE);
        program.use();
        glVertexAttrib2f(2, 0f, 0f);           // used where a mesh has no UVs
        glVertexAttrib4f(3, 1f, 1f, 1f, 1f);   // used where a mesh has no vertex colours
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(program.uniform("u_viewProj"), false, viewProj.get(stack.mallocFloat(16)));
            glUniformMatrix4fv(program.uniform("u_view"), false, view.get(stack.mallocFloat(16)));
        }
        glUniform3f(program.uniform("u_cameraPos"), cameraPos.x, cameraPos.y, cameraPos.z);
        Rgb ambient = scene.ambient();
        glUniform3f(program.uniform("u_ambient"), ambient.r(), ambient.g(), ambient.b());
        setLights(scene.lights());
        for (Instance instance : scene.instances()) drawInstance(instance, gpu, assets);
    }

    private void setLights(List<Light> lights) {
        if (lights.size() > ShaderProgram.MAX_LIGHTS)
            throw new IllegalArgumentException("at most " + ShaderProgram.MAX_LIGHTS + " lights, got " + lights.size());
        int n = lights.size();
        int[] types = new int[Math.max(n, 1)];
        float[] vectors = new float[Math.max(n, 1) * 3];
        float[] radiance = new float[Math.max(n, 1) * 3];
        for (int i = 0; i < n; i++) {
            Light l = lights.get(i);
            types[i] = l.type() == Light.Type.DIRECTIONAL ? 0 : 1;
            Vector3fc v = l.type() == Light.Type.DIRECTIONAL ? l.direction() : l.position();
            vectors[3 * i] = v.x();
            vectors[3 * i + 1] = v.y();
            vectors[3 * i + 2] = v.z();
            radiance[3 * i] = l.radiance().r();
            radiance[3 * i + 1] = l.radiance().g();
            radiance[3 * i + 2] = l.radiance().b();
        }
        glUniform1i(program.uniform("u_lightCount"), n);
        glUniform1iv(program.uniform("u_lightType"), types);
        glUniform3fv(program.uniform("u_lightVector"), vectors);
        glUniform3fv(program.uniform("u_lightRadiance"), radiance);
    }

    private void drawInstance(Instance instance, GpuResources gpu, AssetSource assets) {
        GpuModel gpuModel = gpu.model(instance.asset(), assets);
        model.set(instance.modelToWorld());
        model.normal(normal);
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(program.uniform("u_model"), false, model.get(stack.mallocFloat(16)));
            glUniformMatrix3fv(program.uniform("u_normalMatrix"), false, normal.get(stack.mallocFloat(9)));
        }
        glUniform1ui(program.uniform("u_instanceId"), instance.index());
        glUniform1f(program.uniform("u_planarUvScale"), 1f / Math.max(gpuModel.maxExtent(), 1e-12f));
        GpuTexture override = instance.material().surface() instanceof Material.Surface.Texture t ? gpu.texture(t.image(), assets) : null;
        for (GpuModel.Part part : gpuModel.parts()) {
            setMaterial(instance.material(), part, override);
            part.mesh().draw();
        }
    }

    private void setMaterial(Material material, GpuModel.Part part, GpuTexture override) {
        float[] base = part.material().baseColor();
        GpuTexture texture = part.texture();
        boolean vertexColors = part.mesh().hasColors();
        if (material.surface() instanceof Material.Surface.BaseColor c) {
            base = new float[] {srgbToLinear(c.color().r()), srgbToLinear(c.color().g()), srgbToLinear(c.color().b()), 1f};
            texture = null;
            vertexColors = false;
        } else if (material.surface() instanceof Material.Surface.Texture) {
            base = new float[] {1f, 1f, 1f, 1f};
            texture = override;
            vertexColors = false;
        }
        glUniform4f(program.uniform("u_baseColor"), base[0], base[1], base[2], base[3]);
        glUniform1i(program.uniform("u_useTexture"), texture == null ? 0 : 1);
        glUniform1i(program.uniform("u_planarUv"), part.mesh().hasUvs() ? 0 : 1);
        glUniform1i(program.uniform("u_useVertexColor"), vertexColors ? 1 : 0);
        if (texture != null) texture.bind(0);
    }

    /** The sRGB transfer function's inverse (IEC 61966-2-1). */
    static float srgbToLinear(float c) {
        return c <= 0.04045f ? c / 12.92f : (float) Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public void close() {
        program.close();
    }
}
