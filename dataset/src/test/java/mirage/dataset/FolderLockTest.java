package mirage.dataset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mirage.core.error.MirageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output folder: a second open is refused at once, naming the holder; the lock leaves no file. */
class FolderLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsRefusedUntilTheFirstCloses() {
        RunRecord run = new RunRecord("d".repeat(64), 4, null);
        try (DatasetFolder first = DatasetFolder.open(dir, run, false, false, List.of())) {
            MirageException e = assertThrows(MirageException.class, () -> DatasetFolder.open(dir, run, false, false, List.of()));
            assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("another Mirage process")
                    && e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
            assertTrue(Files.exists(dir.resolve(FolderLock.NAME)));
        }
        assertFalse(Files.exists(dir.resolve(FolderLock.NAME)), "the lock file goes with the lock");
        DatasetFolder.open(dir, run, false, true, List.of()).close();
    }

    @Test
    void anotherShardIsRefusedNamingBoth() {
        RunRecord shard0 = new RunRecord("d".repeat(64), 10, new Shard(0, 2));
        DatasetFolder.open(dir, shard0, false, false, List.of()).close();
        MirageException e = assertThrows(MirageException.class,
                () -> DatasetFolder.open(dir, new RunRecord("d".repeat(64), 10, new Shard(1, 2)), false, false, List.of()));
        assertTrue(e.getMessage().contains("holds shard 0/2 (frames 0-4) of this run, not shard 1/2 (frames 5-9)"),
                e.getMessage());
    }

    @Test
    void nothingToResumeLeavesNoFolderBehind() {
        Path none = dir.resolve("none");
        assertThrows(MirageException.class, () -> DatasetFolder.open(none, new RunRecord("e".repeat(64), 1, null), false, true, List.of()));
        assertFalse(Files.exists(none));
    }
}
