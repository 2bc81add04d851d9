package mirage.physics;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Caps a hull's vertex count for the engine: Bullet's hull collisions cost time linear in the vertex count and it
 * advises about 100 at most, while a smooth scanned or tessellated model's hull has thousands. Keeps the hull vertex
 * that lies furthest along each of {@value #DIRECTIONS} directions spread evenly over the sphere (a Fibonacci
 * lattice), in a fixed order, so the result is deterministic. The kept hull lies inside the full one; for a smooth
 * body the gap is about r(1 - cos(θ/2)) for a lattice spacing θ of about 20°: 1.5% of its radius.
 */
final class HullReduction {
    static final int DIRECTIONS = 96;

    private HullReduction() {}

    /** {@code xyz} itself when it has at most {@code DIRECTIONS} points, else the extreme points along the lattice. */
    static float[] cap(float[] xyz) {
        int n = xyz.length / 3;
        if (n <= DIRECTIONS) return xyz;
        Set<Integer> kept = new LinkedHashSet<>();
        double golden = Math.PI * (3 - Math.sqrt(5));
        for (int d = 0; d < DIRECTIONS; d++) {
            double y = 1 - 2 * (d + 0.5) / DIRECTIONS;
            double r = Math.sqrt(1 - y * y);
            double x = r * Math.cos(golden * d), z = r * Math.sin(golden * d);
            int best = 0;
            double bestDot = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double dot = x * xyz[3 * i] + y * xyz[3 * i + 1] + z * xyz[3 * i + 2];
                if (dot > bestDot) {
                    bestDot = dot;
                    best = i;
                }
            }
            kept.add(best);
        }
        float[] out = new float[3 * kept.size()];
        int k = 0;
        for (int i : kept) {
            out[k++] = xyz[3 * i];
            out[k++] = xyz[3 * i + 1];
            out[k++] = xyz[3 * i + 2];
        }
        return out;
    }
}
