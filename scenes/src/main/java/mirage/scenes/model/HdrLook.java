package mirage.scenes.model;

import java.util.Objects;
import mirage.scenes.spec.RenderSpec;

/**
 * A frame's HDR pipeline: shaded radiance is multiplied by 2^{@code exposureEv}, tone mapped, then sRGB-encoded
 * with dithering (see README "Photometric convention").
 *
 * @param tonemap     the tone mapper
 * @param exposureEv  exposure, stops
 * @param environment the environment lighting, or null for none
 */
public record HdrLook(RenderSpec.Tonemap tonemap, double exposureEv, EnvironmentLight environment) {
    public HdrLook {
        Objects.requireNonNull(tonemap, "tonemap");
        if (!Double.isFinite(exposureEv)) throw new IllegalArgumentException("exposure must be finite: " + exposureEv);
    }
}
