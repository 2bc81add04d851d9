package mirage.scenes.testing;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** Goodness-of-fit statistics for the sampling tests. */
public final class Stats {
    /**
     * Kolmogorov-Smirnov critical value coefficient at significance 0.001: reject when D &gt; 1.95 / sqrt(n). The
     * tests use fixed seeds, so each either always passes or always fails; a failure means the sampler changed.
     */
    public static final double KS_COEFF_0_001 = 1.95;

    private Stats() {}

    /** The two-sided KS statistic D = sup |F_n(x) - F(x)| of the samples against the CDF. */
    public static double ks(double[] samples, DoubleUnaryOperator cdf) {
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(s[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        return d;
    }

    /** The KS critical value at significance 0.001 for n samples. */
    public static double ksCritical(int n) {
        return KS_COEFF_0_001 / Math.sqrt(n);
    }

    /** Pearson's chi-square statistic of observed counts against equal expected counts. */
    public static double chiSquareUniform(long[] counts) {
        long total = Arrays.stream(counts).sum();
        double expected = (double) total / counts.length;
        double chi = 0;
        for (long c : counts) chi += (c - expected) * (c - expected) / expected;
        return chi;
    }

    /** Standard normal CDF via erf (Abramowitz and Stegun 7.1.26, absolute error below 1.5e-7). */
    public static double normalCdf(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * z);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1 - poly * Math.exp(-z * z);
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
