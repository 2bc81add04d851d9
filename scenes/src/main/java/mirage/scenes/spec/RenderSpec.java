package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The top-level {@code render}: how shaded light becomes display values. Giving it (or {@code environment}, or
 * {@code camera.exposure_ev}) turns on the HDR pipeline: shading into a floating-point target, then exposure, the
 * tone mapper and sRGB encoding with dithering. Without any of the three, colour is written straight to 8 bits as
 * before.
 *
 * @param tonemap the tone mapper [khronos_neutral: keeps base colours up to about 0.8 and rolls off above]
 */
public record RenderSpec(Tonemap tonemap) {
    /** The tone mappers; written in lower case. */
    public enum Tonemap {
        /** Khronos PBR Neutral: base colours pass unchanged below its compression start, highlights roll off. */
        @JsonProperty("khronos_neutral") KHRONOS_NEUTRAL,
        /** ACES filmic, Narkowicz's fitted curve (input scaled by 0.6). */
        @JsonProperty("aces") ACES,
        /** AgX (Blender 4's default view transform), the fitted polynomial of its base contrast curve. */
        @JsonProperty("agx") AGX,
        /** No curve: exposed radiance clamped to 0..1. */
        @JsonProperty("linear") LINEAR;

        /** The name as written in the spec. */
        public String specName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The HDR pipeline's defaults, used when only {@code environment} or {@code camera.exposure_ev} is given. */
    public static final RenderSpec DEFAULT = new RenderSpec(null);

    public RenderSpec {
        tonemap = Checks.orDefault(tonemap, Tonemap.KHRONOS_NEUTRAL);
    }
}
