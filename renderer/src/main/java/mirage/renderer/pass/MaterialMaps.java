package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import mirage.assets.AlphaMode;
import mirage.assets.AssetSource;
import mirage.assets.MaterialData;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuModel;
import mirage.renderer.gpu.GpuResources;
import mirage.renderer.gpu.GpuTexture;
import mirage.scenes.model.Material;
import mirage.shaders.ShaderDefines;

/**
 * Sets the uniforms of shaded/maps.glsl and common/alpha.glsl for one mesh part on a program in use. Which maps a
 * part is shaded with depends on the drawn surface: the asset's own surface uses the asset material's maps (metallic,
 * roughness, normal, occlusion, emissive, with their scale, strength and factor); a texture surface uses its texture
 * set's maps (normal, roughness, metallic, occlusion; scale and strength 1, no emission); a colour or pattern uses
 * none. The drawn {@link Material#roughness()} and {@link Material#metallic()} replace the asset's factors (the maps
 * multiply them). The alpha cut-out is always the asset's own, whatever the surface. GL thread only.
 */
final class MaterialMaps {
    /** Alpha at and above which a BLEND surface is drawn and labelled (the documented label rule). */
    static final float BLEND_LABEL_ALPHA = 0.5f;

    private static final float[] IDENTITY_UV = {1, 0, 0, 1};

    private MaterialMaps() {
    }

    /** The maps of {@code part} under {@code material}'s surface. */
    static void maps(GlProgram program, Material material, GpuModel.Part part, GpuResources gpu, AssetSource assets) {
        GpuTexture metallic = null, roughness = null, normal = null, occlusion = null, emissive = null;
        float normalScale = 1, occlusionStrength = 1;
        float[] emission = {0, 0, 0};
        MaterialData own = part.material();
        if (material.surface() instanceof Material.Surface.AssetOwn && own != null) {
            GpuModel.Maps m = part.maps();
            metallic = m.metallic();
            roughness = m.roughness();
            normal = m.normal();
            occlusion = m.occlusion();
            emissive = m.emissive();
            normalScale = own.normalScale();
            occlusionStrength = own.occlusionStrength();
            emission = own.emissive();
        } else if (material.surface() instanceof Material.Surface.Texture t) {
            Material.Maps m = t.maps();
            if (m.metallic() != null) metallic = gpu.map(m.metallic(), assets);
            if (m.roughness() != null) roughness = gpu.map(m.roughness(), assets);
            if (m.normal() != null) normal = gpu.map(m.normal(), assets);
            if (m.occlusion() != null) occlusion = gpu.map(m.occlusion(), assets);
        }
        if (!part.mesh().hasUvs()) metallic = roughness = normal = occlusion = emissive = null;   // no UVs: no maps
        bind(program, "u_useMetallicMap", metallic, ShaderDefines.UNIT_METALLIC_MAP);
        bind(program, "u_useRoughnessMap", roughness, ShaderDefines.UNIT_ROUGHNESS_MAP);
        bind(program, "u_useNormalMap", part.mesh().hasTangents() ? normal : null, ShaderDefines.UNIT_NORMAL_MAP);
        bind(program, "u_useOcclusionMap", occlusion, ShaderDefines.UNIT_OCCLUSION_MAP);
        bind(program, "u_useEmissiveMap", emissive, ShaderDefines.UNIT_EMISSIVE_MAP);
        glUniform1f(program.uniform("u_normalScale"), normalScale);
        glUniform1f(program.uniform("u_occlusionStrength"), occlusionStrength);
        glUniform3f(program.uniform("u_emissive"), emission[0], emission[1], emission[2]);
    }

    /**
     * The asset's alpha cut-out for {@code part}: MASK at its cutoff, BLEND at {@link #BLEND_LABEL_ALPHA}; its
     * texture read through the material's UV transform under the asset's own surface, else through the mesh UVs.
     */
    static void alpha(GlProgram program, Material material, GpuModel.Part part) {
        MaterialData own = part.material();
        AlphaMode mode = own == null ? AlphaMode.OPAQUE : own.alphaMode();
        glUniform1i(program.uniform("u_alphaMode"), switch (mode) {
            case OPAQUE -> ShaderDefines.ALPHA_OPAQUE;
            case MASK -> ShaderDefines.ALPHA_MASK;
            case BLEND -> ShaderDefines.ALPHA_BLEND;
        });
        if (mode == AlphaMode.OPAQUE) return;
        glUniform1f(program.uniform("u_alphaCutoff"), mode == AlphaMode.MASK ? own.alphaCutoff() : BLEND_LABEL_ALPHA);
        glUniform1f(program.uniform("u_alphaFactor"), own.baseColor()[3]);
        GpuTexture texture = part.mesh().hasUvs() ? part.texture() : null;
        bind(program, "u_useAlphaTexture", texture, ShaderDefines.UNIT_ALPHA);
        glUniform1i(program.uniform("u_useAlphaVertexColor"), part.mesh().hasColors() ? 1 : 0);
        if (material.surface() instanceof Material.Surface.AssetOwn) {
            SurfaceUniforms.uvTransform(program, material.uv(), "u_alphaUvMatrix", "u_alphaUvOffset");
        } else {
            glUniformMatrix2fv(program.uniform("u_alphaUvMatrix"), false, IDENTITY_UV);
            glUniform2f(program.uniform("u_alphaUvOffset"), 0, 0);
        }
    }

    private static void bind(GlProgram program, String flag, GpuTexture texture, int unit) {
        glUniform1i(program.uniform(flag), texture == null ? 0 : 1);
        if (texture != null) texture.bind(unit);
    }
}
