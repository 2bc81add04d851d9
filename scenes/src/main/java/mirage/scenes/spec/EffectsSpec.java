package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import mirage.scenes.model.SensorEffects;

/**
 * Camera sensor effects applied to the RGB image only (never to labels), in this order: blur, brightness and
 * contrast, saturation, hue, noise; then the image is written as JPEG if {@code jpeg_quality} is set. Each value is
 * drawn per frame (see {@link mirage.scenes.model.SensorEffects}). Every default leaves the image as rendered.
 *
 * @param blurSigma   Gaussian blur standard deviation, pixels, 0..100 [0]
 * @param brightness  added to every channel, display units, -1..1 [0]
 * @param contrast    scales each channel about 0.5, 0..100 [1]
 * @param saturation  scales each pixel's distance from its luma, 0..100 [1]
 * @param hueDeg      hue rotation, degrees, -3600..3600 [0]
 * @param noiseStd    standard deviation of per-channel Gaussian noise, display units, 0..10 [0]
 * @param jpegQuality integers 1..100: write the image as JPEG at that quality [none: PNG]
 */
public record EffectsSpec(Distribution blurSigma, Distribution brightness, Distribution contrast, Distribution saturation,
                          Distribution hueDeg, Distribution noiseStd, Distribution jpegQuality) {
    /** No effects, PNG output. */
    /** Largest contrast or saturation factor: far beyond any useful value, small enough to stay finite. */
    public static final double MAX_GAIN = 100;
    /** Largest hue rotation either way, degrees. */
    public static final double MAX_HUE_DEG = 3600;
    /** Largest noise standard deviation, display units (10: the image is noise). */
    public static final double MAX_NOISE_STD = 10;

    public static final EffectsSpec NONE = new EffectsSpec(null, null, null, null, null, null, null);

    public EffectsSpec {
        blurSigma = Checks.orDefault(blurSigma, Distribution.constant(0));
        Range.closed(0, SensorEffects.MAX_BLUR_SIGMA).check("blur_sigma", blurSigma);
        brightness = Checks.orDefault(brightness, Distribution.constant(0));
        Range.closed(-1, 1).check("brightness", brightness);
        contrast = Checks.orDefault(contrast, Distribution.constant(1));
        Range.closed(0, MAX_GAIN).check("contrast", contrast);
        saturation = Checks.orDefault(saturation, Distribution.constant(1));
        Range.closed(0, MAX_GAIN).check("saturation", saturation);
        hueDeg = Checks.orDefault(hueDeg, Distribution.constant(0));
        Range.closed(-MAX_HUE_DEG, MAX_HUE_DEG).check("hue_deg", hueDeg);
        noiseStd = Checks.orDefault(noiseStd, Distribution.constant(0));
        Range.closed(0, MAX_NOISE_STD).check("noise_std", noiseStd);
        if (jpegQuality != null) Range.integers(1, 100).check("jpeg_quality", jpegQuality);
    }

    /** True when every value is the default: nothing is drawn and the image is left alone. */
    @JsonIgnore
    public boolean isNone() {
        return equals(NONE);
    }
}
