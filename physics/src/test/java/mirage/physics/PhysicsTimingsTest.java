package mirage.physics;

import java.util.List;
import mirage.core.geom.Primitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Timings, printed, on demand: {@code mvn -B -o -q -pl physics -am test -Dtest=PhysicsTimingsTest
 * -Dmirage.physics.timings=true -Dsurefire.failIfNoSpecifiedTests=false}. Checks nothing.
 */
@EnabledIfSystemProperty(named = "mirage.physics.timings", matches = "true")
class PhysicsTimingsTest {
    @Test
    void shapeBuildsAndSettles() {
        ShapeLibrary lib = new ShapeLibrary(null);
        for (Primitive p : new Primitive[] {Primitive.CUBE, Primitive.TORUS})
            for (CollisionKind k : CollisionKind.values()) lib.parts(PrimitiveMeshesSource.of(p), Worlds.model(p), k);
        for (ShapeLibrary.Build b : lib.builds())
            System.out.printf("build %-28s %-5s %9.2f ms, %d parts%n", b.key(), b.kind().specName(), b.nanos() / 1e6, b.parts());
        for (int n : new int[] {10, 50}) {
            PhysicsWorld w = Worlds.world(List.of(), Worlds.bin(0.2, 0.3), Worlds.mixed(n, 3), 2400);
            Settler.settle(w);   // warm-up
            for (int rep = 0; rep < 3; rep++) {
                long t0 = System.nanoTime();
                Settlement s = Settler.settle(w);
                long total = System.nanoTime() - t0;
                System.out.printf("settle %d bodies: %d steps, at rest %b, stepping %.1f ms (%.3f ms/step), whole call %.1f ms%n",
                        n, s.steps(), s.atRest(), s.nanos() / 1e6, s.nanos() / 1e6 / s.steps(), total / 1e6);
            }
        }
    }

    private static final class PrimitiveMeshesSource {
        static java.nio.file.Path of(Primitive p) {
            return mirage.assets.primitives.PrimitiveMeshes.source(p);
        }
    }
}
