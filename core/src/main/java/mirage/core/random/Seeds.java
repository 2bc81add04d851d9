package mirage.core.random;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The only place seeds are derived. Frame i's randomness comes from (run seed, i, sampler path) alone, so any
 * frame can be regenerated, resumed or sharded without replaying frames 0..i-1, and two samplers (say camera and
 * lights) draw from independent streams: changing one knob does not shift another's values.
 */
public final class Seeds {
    /** Named in dataset.json so a reader knows how the per-frame values were drawn. */
    public static final String ALGORITHM = "L64X128MixRandom";
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

    private Seeds() {}

    /** A fresh generator for one sampler of one frame. */
    public static RandomGenerator derive(long runSeed, long frameIndex, String samplerPath) {
        return FACTORY.create(mix(runSeed, frameIndex, samplerPath));
    }

    /** A 64-bit key from the three inputs; stable across JVMs (no String.hashCode, no HashMap order). */
    static long mix(long runSeed, long frameIndex, String samplerPath) {
        long h = splitmix(runSeed ^ 0x6D69726167650001L);
        h = splitmix(h ^ frameIndex);
        for (byte b : samplerPath.getBytes(StandardCharsets.UTF_8)) h = splitmix(h ^ (b & 0xff));
        return h;
    }

    /** SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mixer. */
    static long splitmix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
