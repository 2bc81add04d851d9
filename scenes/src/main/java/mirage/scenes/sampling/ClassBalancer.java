package mirage.scenes.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import mirage.scenes.spec.ClassBalanceSpec;
import mirage.scenes.spec.SceneSpec;

/**
 * Chooses the object entry of every instance of a frame under {@code class_balance}: first the instance's category
 * (drawn with the weights, or dealt from the run's shuffled targets), then one of that category's entries, picked
 * uniformly. Categories are handled in spec order, so the result does not depend on the order the weights or
 * targets were written in. Thread-safe once built.
 */
final class ClassBalancer {
    private final ClassBalanceSpec spec;
    /** Per category (spec order): the indices of its object entries. */
    private final List<int[]> pools = new ArrayList<>();
    /** Per category (spec order): its weight, 0 when not named; null with targets. */
    private final double[] weights;
    /** The weights' sum, &gt; 0; 0 with targets. */
    private final double weightSum;
    /** With targets: the run's instances as category indices, shuffled once; null with weights. */
    private final short[] dealt;
    private final int firstFrame;
    private final int frames;

    /**
     * @param firstFrame the index of the run's first frame; targets are dealt over frames firstFrame ..
     *                   firstFrame + spec.frames() - 1
     */
    ClassBalancer(SceneSpec scene, int firstFrame) {
        this.spec = scene.classBalance();
        this.firstFrame = firstFrame;
        this.frames = scene.frames();
        List<String> categories = scene.categories();
        for (String c : categories) {
            List<Integer> pool = new ArrayList<>();
            for (int j = 0; j < scene.objects().size(); j++) if (scene.objects().get(j).category().equals(c)) pool.add(j);
            pools.add(pool.stream().mapToInt(Integer::intValue).toArray());
        }
        if (spec.exact()) {
            this.weights = null;
            this.weightSum = 0;
            this.dealt = shuffledTargets(categories, SamplerPaths.rng(scene.seed(), 0, SamplerPaths.BALANCE_TARGETS));
        } else {
            this.weights = new double[categories.size()];
            double sum = 0;
            for (int c = 0; c < categories.size(); c++) {
                weights[c] = spec.weights().getOrDefault(categories.get(c), 0.0);
                sum += weights[c];
            }
            this.weightSum = sum;
            this.dealt = null;
        }
    }

    /** The multiset {category: target} in category order, then a Fisher-Yates shuffle. */
    private short[] shuffledTargets(List<String> categories, RandomGenerator rng) {
        short[] out = new short[Math.toIntExact(spec.totalTargets())];
        int n = 0;
        for (int c = 0; c < categories.size(); c++)
            for (long k = spec.targets().getOrDefault(categories.get(c), 0L); k > 0; k--) out[n++] = (short) c;
        for (int i = out.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            short t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /**
     * The object entry of each of the frame's instances, in instance order. With weights it draws the count, then
     * per instance the category and the entry; with targets it takes the frame's share of the deal-out and draws
     * each instance's entry.
     *
     * @param rng the frame's {@code balance} stream
     */
    int[] entries(int frameIndex, RandomGenerator rng) {
        int[] categories = spec.exact() ? dealtTo(frameIndex) : drawCategories(rng);
        int[] entries = new int[categories.length];
        for (int k = 0; k < categories.length; k++) {
            int[] pool = pools.get(categories[k]);
            entries[k] = pool[rng.nextInt(pool.length)];
        }
        return entries;
    }

    /** Frame i (counted from the run's first frame) receives floor((i+1) T / F) - floor(i T / F) of the T instances. */
    private int[] dealtTo(int frameIndex) {
        long i = (long) frameIndex - firstFrame;
        if (i < 0 || i >= frames)
            throw new IllegalArgumentException("frame " + frameIndex + " is outside the run's frames " + firstFrame + ".."
                    + (firstFrame + (long) frames - 1) + ", over which class_balance.targets are dealt out");
        long total = dealt.length;
        int from = (int) (i * total / frames);
        int to = (int) ((i + 1) * total / frames);
        int[] out = new int[to - from];
        for (int k = from; k < to; k++) out[k - from] = dealt[k];
        return out;
    }

    private int[] drawCategories(RandomGenerator rng) {
        int[] out = new int[spec.instancesPerFrame().sampleInt(rng)];
        for (int k = 0; k < out.length; k++) out[k] = weighted(rng);
        return out;
    }

    /** A category drawn with probability weight / sum (one uniform draw against the cumulative weights). */
    private int weighted(RandomGenerator rng) {
        double u = rng.nextDouble() * weightSum;
        int last = 0;
        for (int c = 0; c < weights.length; c++) {
            if (weights[c] <= 0) continue;
            last = c;
            u -= weights[c];
            if (u < 0) return c;
        }
        return last; // rounding left u at or just above 0: the last category with weight
    }
}
