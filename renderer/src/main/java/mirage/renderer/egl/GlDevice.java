package mirage.renderer.egl;

/** Which EGL device the renderer may use. */
public enum GlDevice {
    /** A hardware GPU when one is present, else Mesa's software rasteriser (llvmpipe). */
    AUTO,
    /** A hardware GPU, or fail. */
    GPU,
    /** Mesa's software rasteriser even when a GPU is present. */
    SOFTWARE
}
