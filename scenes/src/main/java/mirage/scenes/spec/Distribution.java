package mirage.scenes.spec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A random value of a spec field. In a spec it is written as
 * <ul>
 *   <li>a bare number or {@code {constant: x}} — always x;</li>
 *   <li>{@code {uniform: [a, b]}} — uniform on [a, b], a &lt;= b;</li>
 *   <li>{@code {normal: [mean, std]}} — normal, std &gt;= 0; or {@code {normal: {mean, std, min, max}}} truncated
 *       to [min, max] (either bound may be left out);</li>
 *   <li>{@code {choice: [v1, v2, ...]}} — one of the values, each equally likely;</li>
 *   <li>{@code {int_uniform: [a, b]}} — a uniform integer in a..b inclusive.</li>
 * </ul>
 * Sampling uses only the generator passed in, and StrictMath where it needs functions, so a given generator state
 * gives the same value on every JVM. The field a distribution belongs to checks its support ({@link #min()},
 * {@link #max()}) against the field's allowed range when the spec is built.
 */
@JsonDeserialize(using = DistributionJson.Reader.class)
@JsonSerialize(using = DistributionJson.Writer.class)
public sealed interface Distribution {
    /** Draws one value. */
    double sample(RandomGenerator rng);

    /** The smallest value {@link #sample} can return; -infinity if unbounded. */
    double min();

    /** The largest value {@link #sample} can return; +infinity if unbounded. */
    double max();

    /** True when every value it can return is an integer (integer constants, int_uniform, choices of integers). */
    boolean integral();

    /** Draws one value of an {@link #integral()} distribution whose support fits in an int. */
    default int sampleInt(RandomGenerator rng) {
        if (!integral()) throw new IllegalStateException("not an integer distribution: " + this);
        return Math.toIntExact((long) sample(rng));
    }

    /** A constant distribution. */
    static Distribution constant(double value) {
        return new Constant(value);
    }

    /** Always {@code value}. */
    record Constant(double value) implements Distribution {
        public Constant {
            requireFinite(value, "constant");
        }

        @Override public double sample(RandomGenerator rng) {
            return value;
        }

        @Override public double min() {
            return value;
        }

        @Override public double max() {
            return value;
        }

        @Override public boolean integral() {
            return Numbers.isExactInteger(value);
        }

        @Override public String toString() {
            return Numbers.show(value);
        }
    }

    /** Uniform on [a, b]. */
    record Uniform(double a, double b) implements Distribution {
        public Uniform {
            requireFinite(a, "uniform");
            requireFinite(b, "uniform");
            if (!(a <= b)) throw SpecViolation.invalid("", "uniform needs [a, b] with a <= b, got " + List.of(a, b));
        }

        @Override public double sample(RandomGenerator rng) {
            double v = a + (b - a) * rng.nextDouble();
            return Math.min(b, Math.max(a, v));
        }

        @Override public double min() {
            return a;
        }

        @Override public double max() {
            return b;
        }

        @Override public boolean integral() {
            return false;
        }

        @Override public String toString() {
            return "uniform " + List.of(a, b);
        }
    }

    /**
     * Normal with the given mean and standard deviation, truncated to [min, max] (infinite bounds when not
     * truncated). A truncated sample is drawn by rejection, at most {@link #MAX_TRIES} draws; if none falls inside,
     * the last draw is clamped to [min, max], so sampling always ends and stays deterministic.
     */
    record Normal(double mean, double std, double min, double max) implements Distribution {
        /** Rejection-sampling budget for a truncated normal. */
        public static final int MAX_TRIES = 64;
        /**
         * A draw lies within this many standard deviations of the mean: Box-Muller's radius sqrt(-2 ln u1) is at most
         * sqrt(-2 ln 2^-53) = 8.57, since u1 is a multiple of 2^-53 in (0, 1].
         */
        public static final double MAX_DEVIATIONS = 8.6;

        public Normal {
            requireFinite(mean, "normal mean");
            requireFinite(std, "normal std");
            if (!(std >= 0)) throw SpecViolation.invalid("", "normal std must be >= 0, got " + Numbers.show(std));
            if (Double.isNaN(min) || Double.isNaN(max) || min == Double.POSITIVE_INFINITY
                    || max == Double.NEGATIVE_INFINITY || !(min <= max))
                throw SpecViolation.invalid("", "normal needs min <= max, got min " + min + ", max " + max);
        }

        /** An untruncated normal. */
        public Normal(double mean, double std) {
            this(mean, std, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        /** True when min or max is finite. */
        public boolean truncated() {
            return min != Double.NEGATIVE_INFINITY || max != Double.POSITIVE_INFINITY;
        }

        @Override public double sample(RandomGenerator rng) {
            double v = mean;
            for (int i = 0; i < MAX_TRIES; i++) {
                v = mean + std * standardNormal(rng);
                if (v >= min && v <= max) return v;
            }
            return Math.min(max, Math.max(min, v));
        }

        /** Box-Muller with StrictMath, one value per call (the sine half is not kept, so the call is stateless). */
        static double standardNormal(RandomGenerator rng) {
            double u1 = 1.0 - rng.nextDouble(); // (0, 1]
            double u2 = rng.nextDouble();
            return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
        }

        @Override public double min() {
            return std == 0 ? Math.min(max, Math.max(min, mean)) : min;
        }

        @Override public double max() {
            return std == 0 ? Math.min(max, Math.max(min, mean)) : max;
        }

        @Override public boolean integral() {
            return false;
        }

        @Override public String toString() {
            if (!truncated()) return "normal " + List.of(mean, std);
            return "normal {mean: " + mean + ", std: " + std + (Double.isInfinite(min) ? "" : ", min: " + min)
                    + (Double.isInfinite(max) ? "" : ", max: " + max) + "}";
        }
    }

    /** One of the values, each with equal probability. */
    record Choice(List<Double> values) implements Distribution {
        public Choice {
            values = List.copyOf(values);
            if (values.isEmpty()) throw SpecViolation.invalid("", "choice needs at least one value");
            for (double v : values) requireFinite(v, "choice");
        }

        @Override public double sample(RandomGenerator rng) {
            return values.get(rng.nextInt(values.size()));
        }

        @Override public double min() {
            return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        @Override public double max() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }

        @Override public boolean integral() {
            return values.stream().allMatch(Numbers::isExactInteger);
        }

        @Override public String toString() {
            return "choice " + Numbers.showList(values);
        }
    }

    /** A uniform integer in a..b inclusive; |a|, |b| &lt;= 2^53 so every value is exact as a double. */
    record IntUniform(long a, long b) implements Distribution {
        private static final long LIMIT = 1L << 53;

        public IntUniform {
            if (Math.abs(a) > LIMIT || Math.abs(b) > LIMIT)
                throw SpecViolation.invalid("", "int_uniform bounds must be within -2^53..2^53, got [" + a + ", " + b + "]");
            if (a > b) throw SpecViolation.invalid("", "int_uniform needs [a, b] with a <= b, got [" + a + ", " + b + "]");
        }

        @Override public double sample(RandomGenerator rng) {
            return rng.nextLong(a, b + 1);
        }

        @Override public double min() {
            return a;
        }

        @Override public double max() {
            return b;
        }

        @Override public boolean integral() {
            return true;
        }

        @Override public String toString() {
            return "int_uniform [" + a + ", " + b + "]";
        }
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) throw SpecViolation.invalid("", what + " values must be finite numbers, got " + v);
    }
}
