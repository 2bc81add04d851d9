package mirage.core;

/**
 * Limits that more than one module enforces. Each is defined here once; the GLSL sources receive the ones they
 * need as {@code #define}s generated from these constants (see {@code mirage.shaders.ShaderDefines}).
 */
public final class Limits {
    /** Most lights one frame may hold: the length of the shaded pass's light uniform arrays ({@code MAX_LIGHTS}). */
    public static final int MAX_LIGHTS = 16;

    /** Most instances one frame may hold: instance indices run 1..65535 so that masks fit 16-bit images. */
    public static final int MAX_INSTANCES = 65535;

    private Limits() {}
}
