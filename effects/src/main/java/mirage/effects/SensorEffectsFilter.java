package mirage.effects;

import mirage.core.image.RgbaImage;
import mirage.scenes.model.SensorEffects;

/**
 * Applies {@link SensorEffects} to a rendered RGB image, in the documented order: Gaussian blur,
 * brightness/contrast, saturation, hue rotation, Gaussian noise. The work is done in float display units 0..1
 * (the 8-bit values divided by 255, no gamma change); values are clamped to 0..1 and rounded to 8 bits once, at the
 * end, so the colour steps are plain affine maps of RGB. Alpha is copied unchanged.
 *
 * <ul>
 *   <li>blur: separable, kernel {@code exp(-x^2 / 2 sigma^2)} for {@code |x| <= ceil(3 sigma)}, normalised to sum
 *       1, edges clamped (the border pixel repeats); sigma 0 is none. Sigma above {@link #MAX_BLUR_SIGMA} is
 *       refused by SensorEffects and the spec: its cost grows with the kernel, and no camera blurs that much.</li>
 *   <li>brightness/contrast: {@code v' = 0.5 + contrast (v - 0.5) + brightness} per channel.</li>
 *   <li>saturation: {@code v' = Y + saturation (v - Y)} with Rec. 709 luma {@code Y = 0.2126 R + 0.7152 G +
 *       0.0722 B}; 0 gives grey at the pixel's luma.</li>
 *   <li>hue: a rotation of the RGB vector by {@code hueDeg} about the grey axis (1, 1, 1) (Rodrigues' formula),
 *       which keeps the channel mean and maps red to green at +120 degrees, like a hue shift in HSV.</li>
 *   <li>noise: {@code noiseStd} times a standard normal draw added to each channel, drawn in pixel order (row by
 *       row from the top left, R then G then B) from an {@code L64X128MixRandom} seeded with {@code noiseSeed}, so
 *       the same seed gives the same bytes on any JVM and thread.</li>
 * </ul>
 * Stateless and thread-safe. Effects that change nothing return the input image itself.
 */
public final class SensorEffectsFilter {
    /** The largest blur standard deviation, pixels (SensorEffects refuses more). */
    public static final double MAX_BLUR_SIGMA = SensorEffects.MAX_BLUR_SIGMA;

    private SensorEffectsFilter() {
    }

    /**
     * The image with the effects applied, as a new image; {@code image} itself when {@code fx} changes nothing
     * (blur 0, brightness 0, contrast 1, saturation 1, hue a multiple of 360, noise 0). The JPEG quality is not
     * used here.
     */
    public static RgbaImage apply(RgbaImage image, SensorEffects fx) {
        ColorMatrix color = ColorMatrix.of(fx);
        boolean blur = fx.blurSigma() > 0;
        boolean noise = fx.noiseStd() > 0;
        if (!blur && color == null && !noise) return image;
        int w = image.width();
        int h = image.height();
        float[] rgb = Pixels.toFloatRgb(image);
        if (blur) rgb = GaussianBlur.blur(rgb, w, h, fx.blurSigma());
        if (color != null) color.apply(rgb);
        if (noise) GaussianNoise.add(rgb, fx.noiseStd(), fx.noiseSeed());
        return new RgbaImage(w, h, Pixels.toBytes(rgb, image.rgba()));
    }
}
