package mirage.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Escaping, numbers for people, and where axis labels go. */
class HtmlTest {
    @Test
    void textIsEscapedForElementsAndAttributes() {
        assertEquals("a&lt;/script&gt; &amp; &quot;b&quot; &#39;c&#39;", Html.esc("a</script> & \"b\" 'c'"));
    }

    @Test
    void numbersAreShortAndLocaleIndependent() {
        assertEquals("12", Html.num(12.0));
        assertEquals("-3", Html.num(-3.0));
        assertEquals("0.125", Html.num(0.125));
        assertEquals("4.313", Html.num(4.3125));
        assertEquals("1235", Html.num(1234.56));
        assertEquals("1.200e-04", Html.num(0.00012));
        assertEquals("–", Html.num(Double.NaN));
        assertEquals("#0a0b0c", Html.color(0x0a0b0c));
    }

    @Test
    void ticksFallOnRoundValues() {
        double[] unit = new double[21];
        for (int i = 0; i <= 20; i++) unit[i] = i / 20.0;
        assertArrayEquals(new int[] {0, 5, 10, 15, 20}, Svg.ticks(unit, false), "0, .25, .5, .75, 1");
        double[] eighths = {3.75, 3.875, 4, 4.125, 4.25, 4.375, 4.5, 4.625, 4.75, 4.875, 5};
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 10}, Svg.ticks(eighths, false), "multiples of 0.25");
        double[] octaves = new double[9];
        for (int i = 0; i <= 8; i++) octaves[i] = Math.pow(2, 5 + i / 2.0);
        assertArrayEquals(new int[] {0, 2, 4, 6, 8}, Svg.ticks(octaves, true), "whole octaves: 32, 64, 128, 256, 512");
        assertArrayEquals(new int[] {0, 1}, Svg.ticks(new double[] {0.1, 0.3}, false));
    }
}
