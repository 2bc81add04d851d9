package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import mirage.assets.AssetSource;
import mirage.assets.MaterialData;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuResources;
import mirage.renderer.gpu.GpuTexture;
import mirage.scenes.model.Material;
import mirage.shaders.ShaderDefines;

/**
 * Sets the uniforms of common/surface.glsl on a program in use: a material's UV transform, and its surface as the
 * shader's two kinds, "colours" (factor x texture x vertex colour) or "pattern". Textures go to unit
 * {@link ShaderDefines#UNIT_BASE_COLOR}. GL thread only.
 */
final class SurfaceUniforms {

    private final GlProgram program;

    SurfaceUniforms(GlProgram program) {
        this.program = program;
    }

    /** uv' = R(rotation) (scale uv) + offset, R counter-clockwise in the (u, v) plane. */
    void uvTransform(Material.UvTransform t) {
        uvTransform(program, t, "u_uvMatrix", "u_uvOffset");
    }

    /** Sets {@code t} as the matrix and offset uniforms of those names (see {@link #uvTransform(Material.UvTransform)}). */
    static void uvTransform(GlProgram program, Material.UvTransform t, String matrix, String offset) {
        double a = Math.toRadians(t.rotationDeg());
        float c = (float) (Math.cos(a) * t.scale()), s = (float) (Math.sin(a) * t.scale());
        glUniformMatrix2fv(program.uniform(matrix), false, new float[] {c, s, -s, c});   // column-major
        glUniform2f(program.uniform(offset), t.offsetU(), t.offsetV());
    }

    /**
     * The surface of one mesh part.
     *
     * @param part         the part's own material, used by {@link Material.Surface.AssetOwn}; null means white
     * @param partTexture  the part's own base-colour texture, or null
     * @param vertexColors whether the mesh has vertex colours (used by the asset's own surface only)
     */
    void surface(Material.Surface surface, MaterialData part, GpuTexture partTexture, boolean vertexColors,
                 GpuResources gpu, AssetSource assets) {
        if (surface instanceof Material.Surface.Procedural p) {
            glUniform1i(program.uniform("u_surface"), ShaderDefines.SURFACE_PATTERN);
            glUniform1i(program.uniform("u_pattern"), switch (p.pattern()) {
                case CHECKER -> ShaderDefines.PATTERN_CHECKER;
                case STRIPES -> ShaderDefines.PATTERN_STRIPES;
                case NOISE -> ShaderDefines.PATTERN_NOISE;
            });
            float[] a = Srgb.toLinear(p.a()), b = Srgb.toLinear(p.b());
            glUniform3f(program.uniform("u_patternA"), a[0], a[1], a[2]);
            glUniform3f(program.uniform("u_patternB"), b[0], b[1], b[2]);
            glUniform1f(program.uniform("u_patternCells"), p.cells());
            glUniform1ui(program.uniform("u_patternSeed"), p.seed());
            return;
        }
        float[] base = {1, 1, 1, 1};
        GpuTexture texture = null;
        boolean useVertexColors = false;
        if (surface instanceof Material.Surface.BaseColor c) {
            float[] lin = Srgb.toLinear(c.color());
            base = new float[] {lin[0], lin[1], lin[2], 1};
        } else if (surface instanceof Material.Surface.Texture t) {
            texture = gpu.texture(t.image(), assets);
        } else if (part != null) {
            base = part.baseColor();
            texture = partTexture;
            useVertexColors = vertexColors;
        }
        glUniform1i(program.uniform("u_surface"), ShaderDefines.SURFACE_COLORS);
        glUniform4f(program.uniform("u_baseColor"), base[0], base[1], base[2], base[3]);
        glUniform1i(program.uniform("u_useTexture"), texture == null ? 0 : 1);
        glUniform1i(program.uniform("u_useVertexColor"), useVertexColors ? 1 : 0);
        if (texture != null) texture.bind(ShaderDefines.UNIT_BASE_COLOR);
    }
}
