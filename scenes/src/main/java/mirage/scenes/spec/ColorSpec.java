package mirage.scenes.spec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A random colour, written {@code [<dist>, <dist>, <dist>]} (red, green, blue) or {@code {hsv: [h, s, v]}} (hue in
 * degrees, any value, taken mod 360; saturation and value 0..1). Whether the values are sRGB display values or
 * linear is stated by the field that holds it; an HSV colour gives red, green and blue in 0..1 in the same space.
 * Read and written by {@link ColorJson}.
 */
@JsonDeserialize(using = ColorJson.Reader.class)
@JsonSerialize(using = ColorJson.Writer.class)
public sealed interface ColorSpec {
    /** Red, green, blue, each drawn. */
    record Rgb(Distribution r, Distribution g, Distribution b) implements ColorSpec {
        public Rgb {
            if (r == null || g == null || b == null) throw SpecViolation.invalid("", "needs 3 values [r, g, b]");
        }
    }

    /** Hue (degrees, any value, mod 360), saturation and value (0..1), each drawn. */
    record Hsv(Distribution hueDeg, Distribution saturation, Distribution value) implements ColorSpec {
        public Hsv {
            if (hueDeg == null || saturation == null || value == null) throw SpecViolation.invalid("hsv", "needs 3 values [h, s, v]");
            Range.any().within(Bound.ANGLE).check("hsv[0]", hueDeg);
            Range.closed(0, 1).check("hsv[1]", saturation);
            Range.closed(0, 1).check("hsv[2]", value);
        }
    }

    /** A constant grey. */
    static ColorSpec grey(double v) {
        Distribution c = Distribution.constant(v);
        return new Rgb(c, c, c);
    }
}
