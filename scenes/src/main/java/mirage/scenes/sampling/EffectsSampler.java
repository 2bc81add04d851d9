package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.spec.EffectsSpec;

/** Samples the frame's sensor effects from the {@code effects} stream. */
final class EffectsSampler {
    private EffectsSampler() {}

    /**
     * Draws blur, brightness, contrast, saturation, hue, noise standard deviation, the noise seed (one long) and the
     * JPEG quality, in that order. A spec with every value default gives exactly {@link SensorEffects#NONE} and
     * draws nothing.
     */
    static SensorEffects sample(EffectsSpec spec, RandomGenerator rng) {
        if (spec.isNone()) return SensorEffects.NONE;
        double blur = spec.blurSigma().sample(rng);
        double brightness = spec.brightness().sample(rng);
        double contrast = spec.contrast().sample(rng);
        double saturation = spec.saturation().sample(rng);
        double hue = spec.hueDeg().sample(rng);
        double noise = spec.noiseStd().sample(rng);
        long noiseSeed = rng.nextLong();
        int jpegQuality = spec.jpegQuality() == null ? 0 : spec.jpegQuality().sampleInt(rng);
        return new SensorEffects(blur, brightness, contrast, saturation, hue, noise, noiseSeed, jpegQuality);
    }
}
