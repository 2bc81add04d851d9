package mirage.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void sameInputsGiveTheSameStream() {
        RandomGenerator a = Seeds.derive(42, 17, "camera"), b = Seeds.derive(42, 17, "camera");
        for (int i = 0; i < 100; i++) assertEquals(a.nextLong(), b.nextLong());
    }

    @Test
    void everyInputChangesTheStream() {
        long base = Seeds.derive(42, 17, "camera").nextLong();
        assertNotEquals(base, Seeds.derive(43, 17, "camera").nextLong());
        assertNotEquals(base, Seeds.derive(42, 18, "camera").nextLong());
        assertNotEquals(base, Seeds.derive(42, 17, "lights/0").nextLong());
    }

    @Test
    void neighbouringFramesAndPathsGiveDistinctKeys() {
        Set<Long> keys = new HashSet<>();
        for (long frame = 0; frame < 10_000; frame++)
            for (String path : new String[] {"camera", "objects/0", "objects/1", "lights/0"})
                keys.add(Seeds.mix(1, frame, path));
        assertEquals(40_000, keys.size());
    }

    /**
     * Frozen values: a dataset's frames must come out the same in every later version of Mirage, so the
     * derivation and the generator algorithm may never change silently. If this fails, reproducibility broke.
     */
    @Test
    void derivationIsFrozen() {
        assertEquals(FROZEN_MIX, Seeds.mix(1, 0, "camera"));
        assertEquals(FROZEN_FIRST, Seeds.derive(1, 0, "camera").nextLong());
    }

    static final long FROZEN_MIX = -6384347983506244853L;
    static final long FROZEN_FIRST = -1047618977669030654L;
}
