package mirage.scenes.sampling;

/**
 * Narrowing of drawn doubles to the floats the scene model stores. A spec range like "&gt; 0" admits doubles that
 * have no float (1e-50 rounds to 0, 1e300 to infinity) and the model refuses those, so a valid spec could fail
 * mid-run; such values are clamped to the nearest float the model accepts instead. Values a float can hold are
 * only rounded.
 */
final class Floats {
    private Floats() {}

    /** The nearest finite float. */
    static float finite(double v) {
        return (float) Math.max(-Float.MAX_VALUE, Math.min(Float.MAX_VALUE, v));
    }

    /** The nearest finite float &gt; 0, for a value drawn from a "&gt; 0" range. */
    static float positive(double v) {
        return Math.max(Float.MIN_VALUE, finite(v));
    }
}
