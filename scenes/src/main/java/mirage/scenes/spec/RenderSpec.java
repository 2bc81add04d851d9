package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

/**
 * The top-level {@code render}: how shaded light becomes display values. Giving {@code render.tonemap} (or
 * {@code environment}, or {@code camera.exposure_ev}) turns on the HDR pipeline: shading into a floating-point target,
 * then exposure, the tone mapper and sRGB encoding with dithering. Without any of the three, colour is written
 * straight to 8 bits as before. {@code render.antialias} and {@code render.ambient_occlusion} work with and without
 * the HDR pipeline and do not turn it on.
 *
 * @param tonemap   the tone mapper, or null when not given [khronos_neutral: keeps base colours up to about 0.8 and
 *                  rolls off above; see {@link #tonemapOrDefault()}]
 * @param antialias how the RGB image is anti-aliased, or null when not given [off; see {@link #antialiasOrDefault()}];
 *                  the labels never are
 * @param ambientOcclusion screen-space ambient occlusion of the indirect light, or null when not given [off]; RGB
 *                  only, with the 8-bit and the HDR pipeline; does not turn the HDR pipeline on
 */
public record RenderSpec(Tonemap tonemap, Antialias antialias, AmbientOcclusionSpec ambientOcclusion) {
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

    /**
     * Anti-aliasing of the RGB image; written in lower case. Multisampling shades once per pixel and covers it with
     * {@link #samples()} samples; supersampling shades a frame {@link #scale()} times wider and taller and averages
     * each {@code scale × scale} block. Masks, depth, normals and boxes are always single-sampled at pixel centres.
     */
    public enum Antialias {
        /** One sample at the pixel centre, as the labels. */
        @JsonProperty("off") OFF(1, 1),
        /** 4× multisampling (the driver's sample pattern), resolved by averaging. */
        @JsonProperty("msaa4") MSAA4(4, 1),
        /** 8× multisampling. */
        @JsonProperty("msaa8") MSAA8(8, 1),
        /** 2×2 supersampling: shaded at twice the width and height, box-filtered down. */
        @JsonProperty("ssaa2") SSAA2(1, 2),
        /** 4×4 supersampling. */
        @JsonProperty("ssaa4") SSAA4(1, 4);

        private final int samples;
        private final int scale;

        Antialias(int samples, int scale) {
            this.samples = samples;
            this.scale = scale;
        }

        /** Samples per pixel of a multisampled target (1 for off and supersampling). */
        public int samples() {
            return samples;
        }

        /** How many times wider and taller a supersampled frame is shaded (1 for off and multisampling). */
        public int scale() {
            return scale;
        }

        /** The name as written in the spec. */
        public String specName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The mode of a spec value: its name, or {@code false} (a bare YAML {@code off}) for {@link #OFF}. */
        @JsonCreator
        static Antialias of(Object value) {
            if (Boolean.FALSE.equals(value)) return OFF;
            for (Antialias a : values()) if (a.specName().equals(value)) return a;
            throw SpecViolation.invalid("", "must be one of " + String.join(", ",
                    Arrays.stream(values()).map(Antialias::specName).toList()) + ", got " + value);
        }
    }

    /** The defaults, used when the spec has no {@code render}. */
    public static final RenderSpec DEFAULT = new RenderSpec(null, null, null);

    /** The anti-aliasing of the RGB: {@link #antialias()} or, when not given, off (left out when written back). */
    public Antialias antialiasOrDefault() {
        return Checks.orDefault(antialias, Antialias.OFF);
    }

    /** The tone mapper of an HDR frame: {@link #tonemap()} or, when not given, khronos_neutral. */
    public Tonemap tonemapOrDefault() {
        return Checks.orDefault(tonemap, Tonemap.KHRONOS_NEUTRAL);
    }
}
