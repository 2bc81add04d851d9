package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import java.util.List;
import mirage.assets.AlphaMode;
import mirage.assets.AssetSource;
import mirage.renderer.environment.EnvironmentCache;
import mirage.renderer.environment.GpuEnvironment;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuModel;
import mirage.renderer.gpu.GpuResources;
import mirage.scenes.model.EnvironmentLight;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;
import org.joml.Matrix3f;
import org.joml.Matrix4f;
import org.joml.Matrix4fc;
import org.joml.Vector3fc;
import org.lwjgl.system.MemoryStack;

/**
 * Draws every instance and prop lit (metallic-roughness shading with shadows and the material's maps, see
 * shaded.frag and {@link MaterialMaps}; alpha cut-outs discarded) into colour and, in the same draw, its id (an
 * instance's 1-based index, 0 for props) into the instance-id target, with camera z and normals; the indirect light
 * can be multiplied by ambient occlusion's visibility. {@link #drawLabels} draws only the labels, with the label
 * program, for frames whose colour is drawn apart. Render state, applied here and nowhere else: depth test LESS with
 * depth write, blending off (ids must never be mixed), face culling off (two-sided, so thin or open meshes keep
 * their pixels). GL thread only.
 */
public final class ShadedPass implements AutoCloseable {
    /** A compiled variant of the shaded program and its surface uniforms. */
    private record Variant(GlProgram program, SurfaceUniforms surface) {
        static Variant of(ShaderProgram source) {
            GlProgram p = new GlProgram(source);
            return new Variant(p, new SurfaceUniforms(p));
        }
    }

    private final Variant ldr = Variant.of(ShaderProgram.SHADED);
    private Variant labels;        // the label program, compiled on the first frame that draws its colour apart
    private Variant hdr;           // compiled on the first frame that needs it
    private Variant environment;   // idem
    private GlProgram program;
    private SurfaceUniforms surface;
    private final Matrix4f model = new Matrix4f();
    private final Matrix3f normal = new Matrix3f();

    /**
     * @param view     world to OpenGL eye space
     * @param viewProj world to clip space
     * @param shadows  this frame's shadow maps (drawn before)
     * @param environments the environments' textures, used when the scene has one
     */
    public void draw(Scene scene, Matrix4fc view, Matrix4fc viewProj, Vector3fc cameraPos, List<Drawable> drawables,
                     ShadowPass.Shadows shadows, GpuResources gpu, AssetSource assets, EnvironmentCache environments) {
        draw(scene, view, viewProj, cameraPos, drawables, shadows, gpu, assets, environments, 0, 1);
    }

    /**
     * Like {@link #draw(Scene, Matrix4fc, Matrix4fc, Vector3fc, List, ShadowPass.Shadows, GpuResources, AssetSource,
     * EnvironmentCache)}, with the indirect light multiplied by ambient occlusion's visibility.
     *
     * @param aoVisibility the visibility texture at the frame's size ({@link AmbientOcclusionPass}), or 0: none
     * @param aoScale      how many times the frame's width and height the target is (supersampling), else 1
     */
    public void draw(Scene scene, Matrix4fc view, Matrix4fc viewProj, Vector3fc cameraPos, List<Drawable> drawables,
                     ShadowPass.Shadows shadows, GpuResources gpu, AssetSource assets, EnvironmentCache environments,
                     int aoVisibility, int aoScale) {
        EnvironmentLight light = scene.hdr() == null ? null : scene.hdr().environment();
        Variant v = scene.hdr() == null ? ldr : light == null ? hdrVariant() : environmentVariant();
        begin(v, scene, view, viewProj);
        glUniform3f(program.uniform("u_cameraPos"), cameraPos.x(), cameraPos.y(), cameraPos.z());
        Rgb ambient = scene.ambient();
        glUniform3f(program.uniform("u_ambient"), ambient.r(), ambient.g(), ambient.b());
        LightUniforms.set(program, scene.lights(), shadows);
        if (light != null) environment(light, environments);
        glUniform1i(program.uniform("u_blendColour"), 0);
        glUniform1i(program.uniform("u_shadowCatcher"), 0);
        glUniform1i(program.uniform("u_ambientOcclusion"), aoVisibility != 0 ? 1 : 0);
        glUniform1i(program.uniform("u_aoScale"), aoScale);
        if (aoVisibility != 0) glBindTextureUnit(ShaderDefines.UNIT_AO_VISIBILITY, aoVisibility);
        glUniform1i(program.uniform("u_shadowsPastFar"), scene.ground() != null ? 1 : 0);
        boolean blended = false;
        for (Drawable d : drawables) blended |= drawObject(d, gpu, assets, Phase.SOLID);
        if (scene.ground() != null && scene.ground().shadowCatcher())
            drawShadowCatcher(Drawable.ground(scene.ground(), gpu, assets), gpu, assets);
        if (blended) drawBlended(drawables, gpu, assets);
    }

    /**
     * Only the labels of {@link #draw}: instance ids, camera z and normals of the solid parts, then of the BLEND parts
     * where their alpha is at least 0.5, with the label program (no lighting; shaded.frag's label code, so the same
     * bytes). The caller masks the colour target (the program writes none). The shadow catcher writes no label, so
     * it is not drawn.
     */
    public void drawLabels(Scene scene, Matrix4fc view, Matrix4fc viewProj, List<Drawable> drawables, GpuResources gpu,
                           AssetSource assets) {
        if (labels == null) labels = Variant.of(ShaderProgram.LABEL);
        begin(labels, scene, view, viewProj);
        boolean blended = false;
        for (Drawable d : drawables) blended |= drawObject(d, gpu, assets, Phase.SOLID);
        if (blended) for (Drawable d : drawables) drawObject(d, gpu, assets, Phase.BLEND_LABELS);
    }

    /** Makes {@code v} the program in use and sets this pass's render state and the uniforms every variant has. */
    private void begin(Variant v, Scene scene, Matrix4fc view, Matrix4fc viewProj) {
        program = v.program();
        surface = v.surface();
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LESS);
        glDepthMask(true);
        glDisable(GL_BLEND);
        glDisable(GL_CULL_FACE);
        program.use();
        glVertexAttrib2f(ShaderDefines.ATTRIB_UV, 0f, 0f);              // used where a mesh has no UVs
        glVertexAttrib4f(ShaderDefines.ATTRIB_COLOR, 1f, 1f, 1f, 1f);   // used where a mesh has no vertex colours
        glVertexAttrib4f(ShaderDefines.ATTRIB_TANGENT, 1f, 0f, 0f, 1f); // where a mesh has none (no normal map then)
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(program.uniform("u_viewProj"), false, viewProj.get(stack.mallocFloat(16)));
            glUniformMatrix4fv(program.uniform("u_view"), false, view.get(stack.mallocFloat(16)));
        }
        glUniform1f(program.uniform("u_near"), scene.near());
    }

    /**
     * The shadow catcher, after the solid objects and before the BLEND ones: where it is in front (depth test LESS,
     * no depth write, back faces culled, every label target masked) the colour target is multiplied by the shader's output (blend
     * factors zero, source colour; the target's alpha kept), which is the ratio of the light the ground receives
     * with shadows to without (shaded.frag, u_shadowCatcher).
     */
    private void drawShadowCatcher(Drawable ground, GpuResources gpu, AssetSource assets) {
        int[] labels = {ShaderDefines.TARGET_INSTANCE, ShaderDefines.TARGET_DEPTH, ShaderDefines.TARGET_NORMAL};
        for (int t : labels) glColorMaski(t, false, false, false, false);
        glDepthMask(false);
        glEnablei(GL_BLEND, ShaderDefines.TARGET_COLOR);
        glBlendFuncSeparatei(ShaderDefines.TARGET_COLOR, GL_ZERO, GL_SRC_COLOR, GL_ZERO, GL_ONE);
        glUniform1i(program.uniform("u_shadowCatcher"), 1);
        glEnable(GL_CULL_FACE);   // back faces culled: only the slab's faces towards the camera multiply, once each
        glCullFace(GL_BACK);
        try {
            drawObject(ground, gpu, assets, Phase.SOLID);
        } finally {
            glUniform1i(program.uniform("u_shadowCatcher"), 0);
            glDisable(GL_CULL_FACE);
            glDisablei(GL_BLEND, ShaderDefines.TARGET_COLOR);
            for (int t : labels) glColorMaski(t, true, true, true, true);
            glDepthMask(true);
        }
    }

    /** Which parts a draw covers: opaque and cut-out ones, or the BLEND ones for their labels, or for their colour. */
    private enum Phase { SOLID, BLEND_LABELS, BLEND_COLOUR }

    /**
     * The BLEND parts, after everything else: first their labels and depth where their alpha is at least 0.5 (colour
     * masked), then their colour over what is in the colour target (depth test LEQUAL, no depth write, every label
     * target masked), blended with their alpha (source alpha, one minus source alpha; the target's alpha kept). Blended
     * surfaces are drawn in drawable order, so one does not show through another where that one is in the masks.
     */
    private void drawBlended(List<Drawable> drawables, GpuResources gpu, AssetSource assets) {
        glColorMaski(ShaderDefines.TARGET_COLOR, false, false, false, false);
        for (Drawable d : drawables) drawObject(d, gpu, assets, Phase.BLEND_LABELS);
        glColorMaski(ShaderDefines.TARGET_COLOR, true, true, true, true);
        int[] labels = {ShaderDefines.TARGET_INSTANCE, ShaderDefines.TARGET_DEPTH, ShaderDefines.TARGET_NORMAL};
        for (int t : labels) glColorMaski(t, false, false, false, false);
        glDepthMask(false);
        glDepthFunc(GL_LEQUAL);
        glEnablei(GL_BLEND, ShaderDefines.TARGET_COLOR);
        glBlendFuncSeparatei(ShaderDefines.TARGET_COLOR, GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
        glUniform1i(program.uniform("u_blendColour"), 1);
        try {
            for (Drawable d : drawables) drawObject(d, gpu, assets, Phase.BLEND_COLOUR);
        } finally {
            glUniform1i(program.uniform("u_blendColour"), 0);
            glDisablei(GL_BLEND, ShaderDefines.TARGET_COLOR);
            for (int t : labels) glColorMaski(t, true, true, true, true);
            glDepthMask(true);
            glDepthFunc(GL_LESS);
        }
    }

    private static boolean isBlend(GpuModel.Part part) {
        return part.material() != null && part.material().alphaMode() == AlphaMode.BLEND;
    }

    private Variant hdrVariant() {
        if (hdr == null) hdr = Variant.of(ShaderProgram.SHADED_HDR);
        return hdr;
    }

    private Variant environmentVariant() {
        if (environment == null) environment = Variant.of(ShaderProgram.SHADED_ENV);
        return environment;
    }

    private void environment(EnvironmentLight light, EnvironmentCache environments) {
        GpuEnvironment env = environments.get(light.map());
        EnvironmentUniforms.set(program, env, light);
        glUniform3fv(program.uniform("u_envSh"), env.sh());
        env.bind(ShaderDefines.UNIT_ENV_MAP);
        environments.bindBrdf(ShaderDefines.UNIT_ENV_BRDF);
    }

    /** Draws the parts of {@code d} that {@code phase} covers; returns whether it has BLEND parts. */
    private boolean drawObject(Drawable d, GpuResources gpu, AssetSource assets, Phase phase) {
        GpuModel gpuModel = d.model();
        boolean blend = gpuModel.parts().stream().anyMatch(ShadedPass::isBlend);
        if (phase != Phase.SOLID && !blend) return false;
        model.set(d.modelToWorld());
        model.normal(normal);
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(program.uniform("u_model"), false, model.get(stack.mallocFloat(16)));
            glUniformMatrix3fv(program.uniform("u_normalMatrix"), false, normal.get(stack.mallocFloat(9)));
        }
        glUniform1ui(program.uniform("u_instanceId"), d.instanceId());
        glUniform1f(program.uniform("u_planarUvScale"), 1f / Math.max(gpuModel.maxExtent(), 1e-12f));
        Material material = d.material();
        glUniform1f(program.uniform("u_roughness"), material.roughness());
        glUniform1f(program.uniform("u_metallic"), material.metallic());
        surface.uvTransform(material.uv());
        for (GpuModel.Part part : gpuModel.parts()) {
            if (isBlend(part) == (phase == Phase.SOLID)) continue;
            surface.surface(material.surface(), part.material(), part.texture(), part.mesh().hasColors(), gpu, assets);
            MaterialMaps.maps(program, material, part, gpu, assets);
            MaterialMaps.alpha(program, material, part);
            glUniform1i(program.uniform("u_planarUv"), part.mesh().hasUvs() ? 0 : 1);
            part.mesh().draw();
        }
        return blend;
    }

    @Override
    public void close() {
        ldr.program().close();
        if (labels != null) labels.program().close();
        if (hdr != null) hdr.program().close();
        if (environment != null) environment.program().close();
    }
}
