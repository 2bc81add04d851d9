package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.joml.Matrix4dc;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static double[] flat(Settlement s) {
        double[] out = new double[16 * s.modelToWorld().size()];
        for (int i = 0; i < s.modelToWorld().size(); i++) s.modelToWorld().get(i).get(out, 16 * i);
        return out;
    }

    @Test
    void twentyBodiesInABinSettleBitForBitTheSameAgainAndOnTwoThreads() throws Exception {
        PhysicsWorld world = Worlds.world(List.of(), Worlds.bin(0.2, 0.15), Worlds.mixed(20, 7), 600);
        Settlement first = Settler.settle(world);
        Settlement again = Settler.settle(world);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Settlement> a = pool.submit(() -> Settler.settle(world));
            Future<Settlement> b = pool.submit(() -> Settler.settle(world));
            for (Settlement s : List.of(again, a.get(), b.get())) {
                assertArrayEquals(flat(first), flat(s));   // Double.equals semantics: bit for bit
                assertEquals(first.steps(), s.steps());
                assertEquals(first.restsOn(), s.restsOn());
                assertEquals(first.moving(), s.moving());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("20 bodies in a bin: %d steps, at rest %b, %.1f ms stepping%n", first.steps(), first.atRest(),
                first.nanos() / 1e6);
        for (Matrix4dc m : first.modelToWorld())   // all inside the bin
            assertEquals(true, Math.abs(m.m30()) < 0.2 && Math.abs(m.m32()) < 0.2 && m.m31() > -0.01, m.toString());
    }
}
