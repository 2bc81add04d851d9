package mirage.core.frame;

import java.util.List;

/**
 * Every instance's full silhouette (its amodal mask) as bit planes, 32 to a layer: instance k (1-based) is bit
 * {@code (k - 1) % 32} of layer {@code (k - 1) / 32}. Each layer is {@code width * height} ints, row-major, origin
 * top-left; a set bit means the instance's own surface covers that pixel's centre, whatever lies in front of it.
 *
 * @param instances the number of instances, so the last layer holds {@code instances - 32 * (layers - 1)} planes
 * @param layers    {@code ceil(instances / 32)} layers, owned by this record (not copied)
 */
public record AmodalMasks(int width, int height, int instances, List<int[]> layers) {
    /** Instances per layer: one bit each of an int. */
    public static final int PER_LAYER = Integer.SIZE;

    public AmodalMasks {
        layers = List.copyOf(layers);
        if (layers.size() != (instances + PER_LAYER - 1) / PER_LAYER)
            throw new IllegalArgumentException(layers.size() + " layers for " + instances + " instances");
        for (int[] layer : layers)
            if (layer.length != width * height) throw new IllegalArgumentException("a layer is not width*height ints");
    }

    /** Layer i's words. */
    public int[] layer(int i) {
        return layers.get(i);
    }

    /** How many instances layer i holds (32, or fewer in the last layer). */
    public int planesIn(int i) {
        return Math.min(PER_LAYER, instances - i * PER_LAYER);
    }

    /** Whether instance k's silhouette covers pixel (x, y). */
    public boolean covers(int instance, int x, int y) {
        return (layers.get((instance - 1) / PER_LAYER)[y * width + x] >>> ((instance - 1) % PER_LAYER) & 1) != 0;
    }
}
