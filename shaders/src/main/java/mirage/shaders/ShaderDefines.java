package mirage.shaders;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import mirage.core.Limits;

/**
 * The integers the GLSL sources share with Java. Every public constant here reaches every shader stage as
 * {@code #define NAME value} in the preamble ({@link #block()}), so no GLSL file spells one out, and the Java code
 * that sets the matching uniforms or texture units uses the same constant.
 */
public final class ShaderDefines {
    /** Length of the shaded pass's light uniform arrays (lights.glsl). */
    public static final int MAX_LIGHTS = Limits.MAX_LIGHTS;

    /** {@code u_lightType} of a directional light (lights.glsl). */
    public static final int LIGHT_DIRECTIONAL = 0;
    /** {@code u_lightType} of a point light (lights.glsl). */
    public static final int LIGHT_POINT = 1;
    /** {@code u_lightType} of a spot light (lights.glsl). */
    public static final int LIGHT_SPOT = 2;

    /** {@code u_surface}: the factor, optionally times a texture and the vertex colour (surface.glsl). */
    public static final int SURFACE_COLORS = 0;
    /** {@code u_surface}: a procedural pattern of two colours (surface.glsl). */
    public static final int SURFACE_PATTERN = 1;

    /** {@code u_pattern} of a checkerboard (surface.glsl). */
    public static final int PATTERN_CHECKER = 0;
    /** {@code u_pattern} of stripes along u (surface.glsl). */
    public static final int PATTERN_STRIPES = 1;
    /** {@code u_pattern} of value noise (surface.glsl). */
    public static final int PATTERN_NOISE = 2;

    /** Vertex attribute location of the model-space position (shaded, shadow and silhouette vertex stages). */
    public static final int ATTRIB_POSITION = 0;
    /** Vertex attribute location of the model-space normal (shaded.vert). */
    public static final int ATTRIB_NORMAL = 1;
    /** Vertex attribute location of the texture coordinates (shaded.vert). */
    public static final int ATTRIB_UV = 2;
    /** Vertex attribute location of the linear RGBA vertex colour (shaded.vert). */
    public static final int ATTRIB_COLOR = 3;
    /** Vertex attribute location of the model-space tangent and handedness (shaded.vert). */
    public static final int ATTRIB_TANGENT = 4;

    /** {@code u_alphaMode} of an opaque material (alpha.glsl); the ALPHA_* follow {@code mirage.assets.AlphaMode}. */
    public static final int ALPHA_OPAQUE = 0;
    /** {@code u_alphaMode} of a cut-out material (alpha.glsl). */
    public static final int ALPHA_MASK = 1;
    /** {@code u_alphaMode} of a blended material (alpha.glsl). */
    public static final int ALPHA_BLEND = 2;

    /** Frame target of the sRGB-encoded colour: fragment output location and colour attachment index. */
    public static final int TARGET_COLOR = 0;
    /** Frame target of the instance id (R32UI). */
    public static final int TARGET_INSTANCE = 1;
    /** Frame target of camera z in metres (R32F). */
    public static final int TARGET_DEPTH = 2;
    /** Frame target of the encoded camera-space normal (RGBA8). */
    public static final int TARGET_NORMAL = 3;

    /** Texture unit of {@code u_baseColorTexture} (surface.glsl). */
    public static final int UNIT_BASE_COLOR = 0;
    /** Texture unit of {@code u_image}, the background photo (background.frag). */
    public static final int UNIT_BACKGROUND = 0;
    /** Texture unit of {@code u_shadowMaps} (lights.glsl). */
    public static final int UNIT_SHADOW_MAPS = 1;
    /** Texture unit of {@code u_envMap}, the environment's pre-filtered equirectangular mip chain (environment.glsl). */
    public static final int UNIT_ENV_MAP = 2;
    /** Texture unit of {@code u_envBrdf}, the split-sum BRDF table (hdr.glsl). */
    public static final int UNIT_ENV_BRDF = 3;
    /** Texture unit of {@code u_hdr}, the floating-point colour the tone-mapping pass reads (tonemap.frag). */
    public static final int UNIT_HDR_COLOR = 0;
    /** Texture unit of {@code u_hdrMs}, the multisampled colour the tone-mapping pass resolves (tonemap.frag). */
    public static final int UNIT_HDR_COLOR_MS = 1;
    /** Tone mappers of {@code u_tonemap} (tonemap.frag), in the order of {@code RenderSpec.Tonemap}. */
    public static final int TONEMAP_KHRONOS_NEUTRAL = 0;
    public static final int TONEMAP_ACES = 1;
    public static final int TONEMAP_AGX = 2;
    public static final int TONEMAP_LINEAR = 3;
    /**
     * Alpha the HDR passes write with scene radiance (objects, a visible environment): the tone-mapping pass maps
     * pixels whose alpha is at least this; others (background photos, colours, textures) hold display values and
     * pass through unchanged.
     */
    public static final int HDR_RADIANCE_ALPHA = 2;
    /** Texture unit of {@code u_metallicMap} (maps.glsl). */
    public static final int UNIT_METALLIC_MAP = 4;
    /** Texture unit of {@code u_roughnessMap} (maps.glsl). */
    public static final int UNIT_ROUGHNESS_MAP = 5;
    /** Texture unit of {@code u_normalMap} (maps.glsl). */
    public static final int UNIT_NORMAL_MAP = 6;
    /** Texture unit of {@code u_occlusionMap} (maps.glsl). */
    public static final int UNIT_OCCLUSION_MAP = 7;
    /** Texture unit of {@code u_emissiveMap} (maps.glsl). */
    public static final int UNIT_EMISSIVE_MAP = 8;
    /** Texture unit of {@code u_alphaTexture}, the asset's base-colour texture read for its alpha (alpha.glsl). */
    public static final int UNIT_ALPHA = 9;
    /** Texture unit of {@code u_shadowDepths}: the shadow maps again, read as plain depths (lights.glsl blocker search). */
    public static final int UNIT_SHADOW_DEPTHS = 10;
    /**
     * Largest radius, in shadow-map texels, of a soft shadow's blocker search and penumbra filter (lights.glsl): a
     * light too large for its map's resolution gets penumbrae this wide and no wider. 24 texels also stay inside a
     * point light's cube face margin ({@code LightView.POINT_FACE_EXTENT}: 1.05, about 24 texels of 1024).
     */
    public static final int PCSS_MAX_RADIUS_TEXELS = 24;
    /**
     * Sub-samples per pixel side of the coverage image ({@code outputs.coverage}): ids are drawn again at this many
     * times the frame's width and height, so pixel (x, y) is sampled at {@code x + (i + 0.5) / COVERAGE_GRID},
     * {@code y + (j + 0.5) / COVERAGE_GRID} (4: 16 samples, coverage in steps of 1/16).
     */
    public static final int COVERAGE_GRID = 4;
    /** Texture unit of the coverage pass's supersampled ids (coverage.frag). */
    public static final int UNIT_COVERAGE_SAMPLES = 0;
    /** Texture unit of the coverage pass's copy of the frame's instance mask (coverage.frag). */
    public static final int UNIT_COVERAGE_OWNER = 1;
    /** Texture unit of {@code u_aoVisibility}, the ambient occlusion's visibility the shaded pass reads (occlusion.glsl). */
    public static final int UNIT_AO_VISIBILITY = 11;
    /** Texture unit of {@code u_depth}, the camera z target the ambient occlusion passes read (ao/surfaces.glsl). */
    public static final int UNIT_AO_DEPTH = 0;
    /** Texture unit of {@code u_normal}, the normals target the ambient occlusion passes read (ao/surfaces.glsl). */
    public static final int UNIT_AO_NORMAL = 1;
    /** Texture unit of {@code u_occlusion}, the first ambient occlusion pass's output (ao/blur.frag). */
    public static final int UNIT_AO_OCCLUSION = 2;
    /**
     * Ambient occlusion is computed at 1 / AO_DOWNSAMPLE of the frame's width and height (each texel for the frame
     * pixel at its block's lower-left corner, GL rows), then read back per pixel from the block's 2 x 2 neighbourhood
     * by the nearest camera z (occlusion.glsl): 2 costs a quarter of the search and the blur.
     */
    public static final int AO_DOWNSAMPLE = 2;

    private static final String BLOCK = Arrays.stream(ShaderDefines.class.getDeclaredFields())
            .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()) && f.getType() == int.class)
            .sorted(Comparator.comparing(Field::getName))
            .map(f -> "#define " + f.getName() + " " + value(f) + "\n")
            .collect(Collectors.joining());

    private ShaderDefines() {}

    /** One {@code #define} line per public constant, sorted by name; each line ends with a newline. */
    public static String block() {
        return BLOCK;
    }

    private static int value(Field f) {
        try {
            return f.getInt(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
