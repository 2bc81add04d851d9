package mirage.scenes.model;

/**
 * Camera sensor effects applied to the RGB image only, after rendering and never to any label, in this order:
 * blur, brightness/contrast, saturation, hue, noise; then, if {@code jpegQuality} is set, the image is written as
 * JPEG at that quality. {@link #NONE} changes nothing.
 *
 * @param blurSigma   Gaussian blur standard deviation, pixels, 0..{@link #MAX_BLUR_SIGMA} (0: none)
 * @param brightness  added to every channel, in [0, 1] display units (0: none)
 * @param contrast    scales each channel about 0.5 (1: none), &gt;= 0
 * @param saturation  scales the distance from the pixel's luma (1: none), &gt;= 0
 * @param hueDeg      rotates the hue, degrees (0: none)
 * @param noiseStd    standard deviation of per-channel Gaussian noise, in [0, 1] display units (0: none)
 * @param noiseSeed   seed of the noise field (drawn from the frame's effects stream)
 * @param jpegQuality 1..100, or 0 for PNG output
 */
public record SensorEffects(double blurSigma, double brightness, double contrast, double saturation, double hueDeg,
                            double noiseStd, long noiseSeed, int jpegQuality) {
    /** Largest blur sigma, pixels: the kernel (and the cost) grows with it. */
    public static final double MAX_BLUR_SIGMA = 100;

    public static final SensorEffects NONE = new SensorEffects(0, 0, 1, 1, 0, 0, 0, 0);

    public SensorEffects {
        if (!(blurSigma >= 0 && blurSigma <= MAX_BLUR_SIGMA) || !(contrast >= 0) || !(saturation >= 0) || !(noiseStd >= 0)
                || !Double.isFinite(blurSigma + brightness + contrast + saturation + hueDeg + noiseStd))
            throw new IllegalArgumentException("sensor effect values out of range");
        if (jpegQuality < 0 || jpegQuality > 100) throw new IllegalArgumentException("jpeg quality out of 0..100: " + jpegQuality);
    }

    /** True when the image is written as JPEG. */
    public boolean jpeg() {
        return jpegQuality > 0;
    }
}
