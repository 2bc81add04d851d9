package mirage.scenes.sampling;

import java.nio.file.Path;
import mirage.core.geom.Aabb;

/**
 * The bounding box of an imported asset, in the asset file's own units and axes (node transforms applied), as the
 * renderer will draw it. The sampler asks once per object entry, when it is built.
 */
@FunctionalInterface
public interface AssetBounds {
    /** Bounds of the asset at {@code asset} (an absolute path from the spec). */
    Aabb boundsOf(Path asset);
}
