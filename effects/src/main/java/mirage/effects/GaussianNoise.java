package mirage.effects;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/** Additive Gaussian noise from a generator seeded per image. */
final class GaussianNoise {
    /** The algorithm, named so the stream is the same on every JVM (JEP 356). */
    static final String ALGORITHM = "L64X128MixRandom";
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

    private GaussianNoise() {
    }

    /** Adds {@code std} times a standard normal draw to every value, in buffer order. */
    static void add(float[] rgb, double std, long seed) {
        RandomGenerator random = FACTORY.create(seed);
        for (int i = 0; i < rgb.length; i++) rgb[i] += (float) (std * random.nextGaussian());
    }
}
