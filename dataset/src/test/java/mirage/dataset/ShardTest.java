package mirage.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import mirage.core.error.MirageException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Shards cover a run's frames once, in order, and come from the schedulers' array variables. */
class ShardTest {
    @Property(tries = 300)
    void shardsTileTheRunWithoutGapOrOverlap(@ForAll @IntRange(min = 0, max = 100_000) int frames,
                                             @ForAll @IntRange(min = 1, max = 1000) int count) {
        int next = 0;
        for (int k = 0; k < count; k++) {
            Shard s = new Shard(k, count);
            assertEquals(next, s.firstFrame(frames));
            int size = s.endFrame(frames) - s.firstFrame(frames);
            assertTrue(size == frames / count || size == frames / count + 1, "sizes differ by at most one frame");
            next = s.endFrame(frames);
        }
        assertEquals(frames, next);
    }

    @Test
    void parsesAndRefusesClearly() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertEquals("2/4", new Shard(2, 4).toString());
        for (String bad : new String[] {"4/4", "-1/4", "1/0", "a/b", "1", "1/2/3"})
            assertThrows(MirageException.class, () -> Shard.parse(bad), bad);
    }

    @Test
    void readsSlurmKubernetesAndAwsArrays() {
        assertEquals(new Shard(3, 4), Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_COUNT", "4"), null));
        assertEquals(new Shard(2, 4), Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "7", "SLURM_ARRAY_TASK_MIN", "5",
                "SLURM_ARRAY_TASK_MAX", "8"), null), "ids 5..8: four tasks, the third");
        assertEquals(new Shard(5, 8), Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "5"), 8));
        assertEquals(new Shard(0, 2), Shard.fromEnvironment(Map.of("AWS_BATCH_JOB_ARRAY_INDEX", "0"), 2));
        assertTrue(assertThrows(MirageException.class, () -> Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "5"), null))
                .getMessage().contains("auto/N"));
        assertTrue(assertThrows(MirageException.class, () -> Shard.fromEnvironment(Map.of(), null)).getMessage()
                .contains("no array task index"));
        assertTrue(assertThrows(MirageException.class, () -> Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "3",
                "SLURM_ARRAY_TASK_COUNT", "4"), 8)).getMessage().contains("has 4 tasks"));
        assertTrue(assertThrows(MirageException.class, () -> Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "6",
                "SLURM_ARRAY_TASK_COUNT", "4"), null)).getMessage().contains("--array=0-3"), "a stepped array");
    }
}
