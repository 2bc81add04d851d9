package mirage.renderer;

import java.util.List;
import mirage.core.geom.ProjectedBox;
import mirage.core.image.DepthImage;
import mirage.core.image.IdImage;
import mirage.core.image.RgbaImage;

/**
 * What one frame's render gives back, as plain arrays (top-left origin). Instance k (1-based) is at list or
 * array position k - 1 where a per-instance value is given.
 *
 * @param color             sRGB-encoded colour, alpha 255
 * @param instances         per pixel, the index of the instance whose surface covers the pixel centre, 0 for background
 * @param depth             per pixel, camera z in metres of that surface, 0 for background
 * @param normals           per pixel, that surface's camera-space normal (OpenCV axes) as RGB = round(255 (n + 1) / 2), 0 for background
 * @param amodal            amodal bit images, one per batch of 32 instances: bit (k - 1) % 32 of batch (k - 1) / 32 is set
 *                          where instance k's own full silhouette covers the pixel centre, whatever is in front of it
 * @param projectedBoxes    per instance, its vertices' unclipped projected box, or null when it reaches behind the camera
 * @param silhouettePixels  per instance, pixels of its whole silhouette on the image's pixel grid, inside and
 *                          outside the image (within a guard band, see SilhouetteArea); -1 where the projected box
 *                          lies inside the image, so the silhouette is the amodal mask itself
 * @param timings           where the GL thread spent its time on this frame
 */
public record RenderedFrame(RgbaImage color, IdImage instances, DepthImage depth, RgbaImage normals, List<int[]> amodal,
                            List<ProjectedBox> projectedBoxes, long[] silhouettePixels, RenderTimings timings) {
    public RenderedFrame {
        amodal = List.copyOf(amodal);
        projectedBoxes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(projectedBoxes));
    }
}
