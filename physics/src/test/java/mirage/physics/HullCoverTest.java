package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.assets.Model;
import mirage.core.geom.Primitive;
import org.junit.jupiter.api.Test;

/** Collision parts cover their model: no vertex lies further outside them than the cover tolerance. */
class HullCoverTest {
    @Test
    void aCappedSphereHullIsGrownBackOverEveryVertex() {
        // The bundled sphere: 10,201 vertices, whose 96-point cap leaves vertices 1.9% of its diameter outside.
        Path examples = Path.of("..").toAbsolutePath().normalize().resolve("examples");
        Model sphere = new AssetLibrary(List.of(examples)).model(examples.resolve("default/assets/models/sphere.obj"));
        float[] all = ConvexParts.positions(sphere);
        double tolerance = ConvexParts.COVER_TOLERANCE * sphere.bounds().maxExtent();
        ConvexHull capped = ConvexHull.of(HullReduction.cap(ConvexHull.of(all).vertices));
        assertTrue(worstOutside(List.of(capped), all) > 1.5 * tolerance, "the cap alone cuts corners");
        ConvexParts parts = ConvexParts.hull(sphere);
        assertTrue(worstOutside(List.of(ConvexHull.of(parts.part(0))), all) <= tolerance);
    }

    @Test
    void vhacdPartsOfATorusCoverItsVertices() {
        Model torus = Worlds.model(Primitive.TORUS);
        ConvexParts parts = Worlds.parts(Primitive.TORUS, CollisionKind.VHACD);
        List<ConvexHull> hulls = new java.util.ArrayList<>();
        for (int i = 0; i < parts.count(); i++) hulls.add(ConvexHull.of(parts.part(i)));
        assertTrue(worstOutside(hulls, ConvexParts.positions(torus)) <= ConvexParts.COVER_TOLERANCE * torus.bounds().maxExtent());
    }

    /** The largest distance of a point outside every hull. */
    static double worstOutside(List<ConvexHull> hulls, float[] points) {
        double worst = 0;
        for (int i = 0; i < points.length; i += 3) {
            double best = Double.POSITIVE_INFINITY;
            for (ConvexHull h : hulls) best = Math.min(best, h.outside(points[i], points[i + 1], points[i + 2]));
            worst = Math.max(worst, best);
        }
        return worst;
    }
}
