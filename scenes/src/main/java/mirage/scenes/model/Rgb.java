package mirage.scenes.model;

/** A colour triple. Whether it is sRGB-encoded or linear is stated where it is used. */
public record Rgb(float r, float g, float b) {
    public Rgb {
        if (!Float.isFinite(r) || !Float.isFinite(g) || !Float.isFinite(b) || r < 0 || g < 0 || b < 0)
            throw new IllegalArgumentException("colour components must be finite and >= 0: " + r + ", " + g + ", " + b);
    }

    public Rgb scale(float s) {
        return new Rgb(r * s, g * s, b * s);
    }
}
