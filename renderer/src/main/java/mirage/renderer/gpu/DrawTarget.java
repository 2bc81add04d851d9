package mirage.renderer.gpu;

/** A framebuffer the background and shaded passes draw a frame's colour into. GL thread only. */
public interface DrawTarget {
    /** Binds for drawing, sets the viewport to the whole target and clears: colour to the given values, depth to far. */
    void bindAndClear(float r, float g, float b);

    /** Width drawn, pixels (a supersampled target's is a multiple of the frame's). */
    int width();

    /** Height drawn, pixels. */
    int height();
}
