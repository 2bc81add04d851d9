package mirage.core.frame;

import java.util.List;
import mirage.core.geom.ProjectedBox;
import mirage.core.image.CoverageImage;
import mirage.core.image.DepthImage;
import mirage.core.image.IdImage;
import mirage.core.image.RgbaImage;

/**
 * What one frame's render gives back, as plain arrays (top-left origin): the contract between the renderer and
 * everything after it (labelling, outputs), free of GL. Instance k (1-based) is at list or
 * array position k - 1 where a per-instance value is given.
 *
 * @param color             sRGB-encoded colour, alpha 255
 * @param instances         per pixel, the index of the instance whose surface covers the pixel centre, 0 for background
 * @param depth             per pixel, camera z in metres of that surface, 0 for background
 * @param normals           per pixel, that surface's camera-space normal (OpenCV axes) as RGB = round(255 (n + 1) / 2), 0 for background
 * @param amodal            every instance's full silhouette, whatever is in front of it
 * @param projectedBoxes    per instance, its vertices' unclipped projected box, or null when it reaches behind the camera
 * @param silhouettePixels  per instance, pixels of its whole silhouette on the image's pixel grid, inside and
 *                          outside the image (within a guard band of 1.5 image sizes each side); -1 where the projected box
 *                          lies inside the image, so the silhouette is the amodal mask itself
 * @param timings           where the GL thread spent its time on this frame
 * @param coverage          per pixel, the fraction of it the owning instance covers (supersampled), or null when the
 *                          render was not asked for it
 */
public record RenderedFrame(RgbaImage color, IdImage instances, DepthImage depth, RgbaImage normals, AmodalMasks amodal,
                            List<ProjectedBox> projectedBoxes, long[] silhouettePixels, RenderTimings timings,
                            CoverageImage coverage) {
    public RenderedFrame {
        projectedBoxes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(projectedBoxes));
    }
}
