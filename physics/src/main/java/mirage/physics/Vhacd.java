package mirage.physics;

import com.jme3.bullet.FillMode;
import java.util.ArrayList;
import java.util.List;
import mirage.assets.Model;
import vhacd4.Vhacd4;
import vhacd4.Vhacd4Hull;
import vhacd4.Vhacd4Parameters;

/**
 * V-HACD 4 convex decomposition of a model, with parameters chosen for tabletop parts: shrink-wrap on (hull
 * vertices snapped to the surface, so hulls stay tight), 400,000 voxels (a torus's tube gets several voxels across),
 * up to 32 hulls of up to 32 vertices, 1% volume error, 12 recursion levels, flood fill, run on the caller's thread.
 *
 * <p>Libbulletjme collects the hulls in a static list, so computations are serialised on one lock.
 */
final class Vhacd {
    static final int RESOLUTION = 400_000;
    static final int MAX_HULLS = 32;
    static final int MAX_VERTICES_PER_HULL = 32;
    static final double VOLUME_PERCENT_ERROR = 1.0;
    static final int MAX_RECURSION = 12;
    static final int MIN_EDGE_LENGTH = 2;
    /** Part of the disk cache key: changes whenever the parameters above or the algorithm's use change. */
    static final String PARAMETERS = "vhacd4 libbulletjme-23.1.0 res=" + RESOLUTION + " hulls=" + MAX_HULLS + " verts="
            + MAX_VERTICES_PER_HULL + " err=" + VOLUME_PERCENT_ERROR + " rec=" + MAX_RECURSION + " edge=" + MIN_EDGE_LENGTH
            + " shrinkwrap fill=flood";
    private static final Object LOCK = new Object();

    private Vhacd() {}

    /** The decomposition's hull point sets, model coordinates. */
    static List<float[]> decompose(Model model) {
        float[] positions = ConvexParts.positions(model);
        int[] indices = ConvexParts.indices(model);
        BulletNatives.load();
        synchronized (LOCK) {
            Vhacd4Parameters params = new Vhacd4Parameters();
            try {
                params.setAsync(false);
                params.setDebugEnabled(false);
                params.setShrinkWrap(true);
                params.setFillMode(FillMode.FloodFill);
                params.setFindBestPlane(false);
                params.setVoxelResolution(RESOLUTION);
                params.setMaxHulls(MAX_HULLS);
                params.setMaxVerticesPerHull(MAX_VERTICES_PER_HULL);
                params.setVolumePercentError(VOLUME_PERCENT_ERROR);
                params.setMaxRecursion(MAX_RECURSION);
                params.setMinEdgeLength(MIN_EDGE_LENGTH);
                List<float[]> out = new ArrayList<>();
                for (Vhacd4Hull h : Vhacd4.compute(positions, indices, params)) out.add(h.clonePositions());
                return out;
            } finally {
                NativeFree.free(params);
            }
        }
    }
}
