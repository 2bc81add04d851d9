package mirage.core.frame;

/**
 * Wall-clock nanoseconds the GL thread spent on one frame's stages (for the bench; never part of a dataset).
 *
 * @param shade      shadow maps, clearing, background and the shaded draw, up to glFinish
 * @param readback   reading colour, ids, depth and normals into arrays
 * @param amodal     silhouette batches, including their readback
 * @param truncation whole-silhouette counts of the instances whose projection leaves the image
 * @param coverage   the coverage image (supersampled ids, reduction, readback); 0 when not asked for
 */
public record RenderTimings(long shade, long readback, long amodal, long truncation, long coverage) {
    public long total() {
        return shade + readback + amodal + truncation + coverage;
    }
}
