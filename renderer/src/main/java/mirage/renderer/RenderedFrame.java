package mirage.renderer;

import mirage.core.image.IdImage;
import mirage.core.image.RgbaImage;

/**
 * What one frame's render gives back, as plain arrays (top-left origin).
 *
 * @param color     sRGB-encoded colour, alpha 255
 * @param instances per pixel, the 1-based index of the instance whose surface covers the pixel centre, 0 for background
 */
public record RenderedFrame(RgbaImage color, IdImage instances) {}
