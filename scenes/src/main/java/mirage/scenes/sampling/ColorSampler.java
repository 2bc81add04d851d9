package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.scenes.model.Rgb;
import mirage.scenes.spec.ColorSpec;

/** Draws colours. */
final class ColorSampler {
    private ColorSampler() {}

    /** Draws red, green, blue, or hue, saturation, value (converted by {@link Hsv}), in that order. */
    static Rgb sample(ColorSpec spec, RandomGenerator rng) {
        if (spec instanceof ColorSpec.Hsv hsv) {
            double h = hsv.hueDeg().sample(rng);
            double s = hsv.saturation().sample(rng);
            double v = hsv.value().sample(rng);
            return Hsv.toRgb(h, s, v);
        }
        ColorSpec.Rgb c = (ColorSpec.Rgb) spec;
        float r = Floats.finite(c.r().sample(rng));
        float g = Floats.finite(c.g().sample(rng));
        float b = Floats.finite(c.b().sample(rng));
        return new Rgb(r, g, b);
    }
}
