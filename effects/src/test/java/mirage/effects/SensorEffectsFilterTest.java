package mirage.effects;

import static mirage.core.image.Images.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mirage.core.image.Images;
import mirage.core.image.RgbaImage;
import mirage.scenes.model.SensorEffects;
import org.junit.jupiter.api.Test;

class SensorEffectsFilterTest {
    /** Rounding to 8 bits moves a value by at most half a step; the rest allows for float against double. */
    private static final double ROUNDING = 0.5 + 1e-3;

    static SensorEffects fx(double blur, double brightness, double contrast, double saturation, double hue,
            double noise, long seed) {
        return new SensorEffects(blur, brightness, contrast, saturation, hue, noise, seed, 0);
    }

    static SensorEffects blur(double sigma) {
        return fx(sigma, 0, 1, 1, 0, 0, 0);
    }

    /** The normalised 1D Gaussian for offsets -r..r, r = ceil(3 sigma), computed here from its definition. */
    static double[] gaussian(double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        double[] g = new double[2 * r + 1];
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            double x = i - r;
            g[i] = Math.exp(-x * x / (2 * sigma * sigma));
            sum += g[i];
        }
        for (int i = 0; i < g.length; i++) g[i] /= sum;
        return g;
    }

    @Test
    void blurOfOneWhitePixelIsTheGaussianKernel() {
        double sigma = 1.5;
        RgbaImage img = Images.flat(21, 21, 0, 0, 0, 77);
        Images.set(img, 10, 10, 255, 255, 255);
        RgbaImage out = SensorEffectsFilter.apply(img, blur(sigma));
        double[] g = gaussian(sigma);
        int r = g.length / 2;
        for (int y = 0; y < 21; y++) {
            for (int x = 0; x < 21; x++) {
                int dx = x - 10, dy = y - 10;
                double expected = Math.abs(dx) <= r && Math.abs(dy) <= r ? 255 * g[dx + r] * g[dy + r] : 0;
                for (int c = 0; c < 3; c++)
                    assertEquals(expected, at(out, x, y, c), ROUNDING, "(" + x + ", " + y + ") channel " + c);
                assertEquals(77, at(out, x, y, 3), "alpha untouched");
            }
        }
    }

    @Test
    void blurClampsEdgesInsteadOfPaddingWithBlack() {
        double sigma = 1.2;
        RgbaImage img = Images.flat(12, 6, 0, 0, 0, 255);
        for (int y = 0; y < 6; y++) Images.set(img, 0, y, 255, 255, 255);
        RgbaImage out = SensorEffectsFilter.apply(img, blur(sigma));
        double[] g = gaussian(sigma);
        int r = g.length / 2;
        double left = 0;                   // every tap at or left of column 0 reads column 0
        for (int j = -r; j <= 0; j++) left += g[j + r];
        assertEquals(255 * left, at(out, 0, 3, 0), ROUNDING);
        assertEquals(255 * (left - g[r]), at(out, 1, 3, 0), ROUNDING);   // one column in: taps left of -1 read column 0
        assertTrue(Math.abs(255 * g[r] - at(out, 0, 3, 0)) > 10, "padding with black would give the centre weight alone");
        RgbaImage flat = SensorEffectsFilter.apply(Images.flat(5, 4, 100, 150, 200, 255), blur(4));   // kernel wider than the image
        assertArrayEquals(Images.flat(5, 4, 100, 150, 200, 255).rgba(), flat.rgba());
    }

    @Test
    void brightnessAndContrastScaleAboutHalfThenAdd() {
        RgbaImage img = Images.flat(3, 1, 0, 0, 0, 255);
        int[][] pixels = {{100, 20, 240}, {128, 64, 191}, {5, 250, 77}};
        for (int x = 0; x < 3; x++) Images.set(img, x, 0, pixels[x][0], pixels[x][1], pixels[x][2]);
        double contrast = 1.3;
        double brightness = -0.07;
        RgbaImage out = SensorEffectsFilter.apply(img, fx(0, brightness, contrast, 1, 0, 0, 0));
        for (int x = 0; x < 3; x++) {
            for (int c = 0; c < 3; c++) {
                double v = 0.5 + contrast * (pixels[x][c] / 255.0 - 0.5) + brightness;
                long expected = Math.round(255 * Math.min(1, Math.max(0, v)));
                assertEquals(expected, at(out, x, 0, c), "pixel " + x + " channel " + c + " from " + pixels[x][c]);
            }
        }
        // Known by hand: 100 -> 0.5 + 1.3 (100/255 - 0.5) - 0.07 = 0.28980... -> 73.9 -> 74
        assertEquals(74, at(out, 0, 0, 0));
        assertEquals(255, at(SensorEffectsFilter.apply(img, fx(0, 0.6, 1, 1, 0, 0, 0)), 0, 0, 2), "clamped at 1");
    }

    @Test
    void saturationZeroGivesGreyAtTheLuma() {
        RgbaImage img = Images.random(16, 16, 5);
        RgbaImage out = SensorEffectsFilter.apply(img, fx(0, 0, 1, 0, 0, 0, 0));
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                double luma = 0.2126 * at(img, x, y, 0) + 0.7152 * at(img, x, y, 1) + 0.0722 * at(img, x, y, 2);
                assertEquals(luma, at(out, x, y, 0), ROUNDING);
                assertEquals(at(out, x, y, 0), at(out, x, y, 1));
                assertEquals(at(out, x, y, 0), at(out, x, y, 2));
            }
        }
    }

    @Test
    void saturationScalesTheDistanceFromLuma() {
        RgbaImage img = Images.flat(1, 1, 200, 100, 50, 255);
        RgbaImage out = SensorEffectsFilter.apply(img, fx(0, 0, 1, 0.5, 0, 0, 0));
        double luma = 0.2126 * 200 + 0.7152 * 100 + 0.0722 * 50;
        int[] in = {200, 100, 50};
        for (int c = 0; c < 3; c++) assertEquals(luma + 0.5 * (in[c] - luma), at(out, 0, 0, c), ROUNDING);
    }

    @Test
    void hueOf360IsTheIdentityAnd120TurnsRedIntoGreen() {
        RgbaImage img = Images.random(8, 8, 9);
        for (double turn : new double[] {360, -360, 720})
            assertArrayEquals(img.rgba(), SensorEffectsFilter.apply(img, fx(0, 0, 1, 1, turn, 0, 0)).rgba());
        RgbaImage red = Images.flat(2, 2, 255, 0, 0, 255);
        assertEquals(0x00ff00, SensorEffectsFilter.apply(red, fx(0, 0, 1, 1, 120, 0, 0)).rgb(1, 1));
        assertEquals(0x0000ff, SensorEffectsFilter.apply(red, fx(0, 0, 1, 1, 240, 0, 0)).rgb(1, 1));
        assertEquals(0x0000ff, SensorEffectsFilter.apply(red, fx(0, 0, 1, 1, -120, 0, 0)).rgb(1, 1));
    }

    @Test
    void hueRotationKeepsTheChannelMean() {
        RgbaImage img = Images.flat(1, 1, 150, 110, 90, 255);   // close enough to grey that no channel clamps
        for (double hue : new double[] {30, 75, 200, 333}) {
            RgbaImage out = SensorEffectsFilter.apply(img, fx(0, 0, 1, 1, hue, 0, 0));
            double mean = (at(out, 0, 0, 0) + at(out, 0, 0, 1) + at(out, 0, 0, 2)) / 3.0;
            assertEquals(350 / 3.0, mean, ROUNDING, "hue " + hue);
            assertTrue(out.rgb(0, 0) != img.rgb(0, 0), "hue " + hue + " changes the colour");
        }
    }

    /**
     * The colour steps in the documented order, computed here in double: contrast and brightness, then saturation
     * about the Rec. 709 luma, then a rotation about the grey axis written as Rodrigues' vector formula.
     */
    static double[] expectedColour(int[] rgb, double brightness, double contrast, double saturation, double hueDeg) {
        double[] v = new double[3];
        for (int c = 0; c < 3; c++) v[c] = 0.5 + contrast * (rgb[c] / 255.0 - 0.5) + brightness;
        v = saturate(v, saturation);
        return rotateAboutGrey(v, hueDeg);
    }

    static double[] saturate(double[] v, double s) {
        double luma = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
        return new double[] {luma + s * (v[0] - luma), luma + s * (v[1] - luma), luma + s * (v[2] - luma)};
    }

    static double[] rotateAboutGrey(double[] v, double deg) {
        double k = 1 / Math.sqrt(3);
        double t = Math.toRadians(deg);
        double dot = k * (v[0] + v[1] + v[2]);
        double[] cross = {k * (v[2] - v[1]), k * (v[0] - v[2]), k * (v[1] - v[0])};   // k x v
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) out[c] = v[c] * Math.cos(t) + cross[c] * Math.sin(t) + k * dot * (1 - Math.cos(t));
        return out;
    }

    @Test
    void colourStepsRunInOrderBrightnessContrastThenSaturationThenHue() {
        int[] px = {180, 90, 60};
        RgbaImage img = Images.flat(1, 1, px[0], px[1], px[2], 255);
        double b = 0.05, k = 0.8, s = 1.6, hue = 50;
        RgbaImage out = SensorEffectsFilter.apply(img, fx(0, b, k, s, hue, 0, 0));
        double[] expected = expectedColour(px, b, k, s, hue);
        for (int c = 0; c < 3; c++) {
            assertTrue(expected[c] > 0 && expected[c] < 1, "unclamped test value");
            assertEquals(255 * expected[c], at(out, 0, 0, c), ROUNDING, "channel " + c);
        }
        // The check can tell the order: hue before saturation gives another colour.
        double[] v = new double[3];
        for (int c = 0; c < 3; c++) v[c] = 0.5 + k * (px[c] / 255.0 - 0.5) + b;
        double[] swapped = saturate(rotateAboutGrey(v, hue), s);
        assertTrue(Math.abs(255 * swapped[0] - at(out, 0, 0, 0)) > 3, "swapped order differs: " + Arrays.toString(swapped));
    }

    @Test
    void noiseOnFlatGreyIsNormalWithTheGivenStd() {
        double std = 0.06;                  // 8 std from 0 and 1: clamping never happens
        int grey = 128;
        RgbaImage out = SensorEffectsFilter.apply(Images.flat(256, 256, grey, grey, grey, 255), fx(0, 0, 1, 1, 0, std, 42));
        long[] histogram = new long[256];
        double sum = 0, sumSq = 0;
        long n = 0;
        for (int p = 0; p < out.rgba().length; p++) {
            if ((p & 3) == 3) continue;
            int v = out.rgba()[p] & 0xff;
            histogram[v]++;
            double d = (v - grey) / 255.0;
            sum += d;
            sumSq += d * d;
            n++;
        }
        double mean = sum / n;
        double measuredStd = Math.sqrt(sumSq / n - mean * mean);
        assertEquals(0, mean, 4 * std / Math.sqrt(n), "mean");
        // Rounding to 8 bits adds a uniform error of variance (1/255)^2 / 12.
        assertEquals(Math.sqrt(std * std + 1 / (255.0 * 255 * 12)), measuredStd, 0.01 * std, "std");
        // Kolmogorov-Smirnov against the normal as rounded to 8 bits: P(out <= k) = Phi(((k + 0.5)/255 - grey/255) / std).
        // Critical value at significance 0.001 is 1.95 / sqrt(n) (conservative for a discrete law).
        double d = 0;
        long below = 0;
        for (int k = 0; k < 256; k++) {
            below += histogram[k];
            double model = Normal.cdf(((k + 0.5) / 255.0 - grey / 255.0) / std);
            d = Math.max(d, Math.abs((double) below / n - model));
        }
        double critical = 1.95 / Math.sqrt(n);
        assertTrue(d < critical, "KS statistic " + d + " >= " + critical);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() {
        RgbaImage img = Images.random(32, 24, 1);
        SensorEffects a = fx(0.8, 0.02, 1.1, 0.9, 10, 0.03, 7);
        byte[] first = SensorEffectsFilter.apply(img, a).rgba();
        assertArrayEquals(first, SensorEffectsFilter.apply(img, a).rgba());
        assertFalse(Arrays.equals(first, SensorEffectsFilter.apply(img, fx(0.8, 0.02, 1.1, 0.9, 10, 0.03, 8)).rgba()));
    }

    @Test
    void noneIsTheIdentity() {
        RgbaImage img = Images.random(20, 10, 3);
        byte[] before = img.rgba().clone();
        RgbaImage out = SensorEffectsFilter.apply(img, SensorEffects.NONE);
        assertSame(img, out);
        assertArrayEquals(before, out.rgba());
        SensorEffects onlyJpeg = new SensorEffects(0, 0, 1, 1, 0, 0, 99, 80);
        assertArrayEquals(before, SensorEffectsFilter.apply(img, onlyJpeg).rgba());
    }

    @Test
    void noiseIsAddedAfterBlurNotBlurredWithIt() {
        // Noise added after the blur keeps its std; noise added first would be blurred down to about
        // std / (2 sqrt(pi) sigma) = 0.0047 here.
        double std = 0.05;
        RgbaImage out = SensorEffectsFilter.apply(Images.flat(128, 128, 128, 128, 128, 255), fx(3, 0, 1, 1, 0, std, 11));
        double sum = 0, sumSq = 0;
        int n = 0;
        for (int p = 0; p < out.rgba().length; p++) {
            if ((p & 3) == 3) continue;
            double v = (out.rgba()[p] & 0xff) / 255.0;
            sum += v;
            sumSq += v * v;
            n++;
        }
        double measured = Math.sqrt(sumSq / n - (sum / n) * (sum / n));
        assertEquals(std, measured, 0.05 * std);
    }

    @Test
    void blurComesBeforeTheColourSteps() {
        // A white pixel blurred then pushed by contrast 3 about 0.5: the kernel tail (below 0.5) goes to black.
        // Contrast first would saturate the pixel and the blur would then leave a grey tail.
        RgbaImage img = Images.flat(9, 9, 0, 0, 0, 255);
        Images.set(img, 4, 4, 255, 255, 255);
        RgbaImage out = SensorEffectsFilter.apply(img, fx(1, 0, 3, 1, 0, 0, 0));
        double[] g = gaussian(1);
        double neighbour = g[3] * g[4];      // (5, 4): one step right of the centre
        double expected = Math.max(0, 0.5 + 3 * (neighbour - 0.5));
        assertEquals(255 * expected, at(out, 5, 4, 0), ROUNDING);
        assertEquals(0, at(out, 5, 4, 0));
    }

    @Test
    void threadsGetTheSameResultAsOneThread() throws Exception {
        RgbaImage img = Images.random(64, 48, 4);
        SensorEffects effects = fx(1.3, 0.05, 1.2, 0.7, 33, 0.02, 5);
        byte[] expected = SensorEffectsFilter.apply(img, effects).rgba();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) results.add(pool.submit(() -> SensorEffectsFilter.apply(img, effects).rgba()));
            for (Future<byte[]> f : results) assertArrayEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void absurdBlurIsRefused() {
        RgbaImage img = Images.flat(4, 4, 0, 0, 0, 255);
        assertThrows(IllegalArgumentException.class, () -> SensorEffectsFilter.apply(img, blur(SensorEffectsFilter.MAX_BLUR_SIGMA + 1)));
    }
}
