package mirage.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mirage.core.error.MirageException;
import mirage.dataset.output.FrameOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening an output folder: new, resumed, refused or replaced, deleting only what a run writes. */
class DatasetFolderTest {
    static final String HASH = "a".repeat(64);
    static final String OTHER = "b".repeat(64);

    @TempDir
    Path dir;

    DatasetFolder open(String hash, boolean overwrite, boolean resume) {
        return open(new RunRecord(hash, 3, null), overwrite, resume);
    }

    DatasetFolder open(RunRecord run, boolean overwrite, boolean resume) {
        try (DatasetFolder f = DatasetFolder.open(dir, run, overwrite, resume, List.of(DatasetLayout.IMAGES, DatasetLayout.FRAMES))) {
            return f;   // released: each test step is one process's run
        }
    }

    @Test
    void aNewFolderGetsItsFoldersAndRunFile() {
        DatasetFolder f = open(HASH, false, false);
        assertTrue(Files.isDirectory(dir.resolve("images")) && Files.isDirectory(dir.resolve("frames"))
                && Files.isDirectory(dir.resolve("annotations")));
        assertEquals(HASH, RunFile.recordedHash(dir));
        assertTrue(f.framesDone(0, 3, i -> null).isEmpty());
        f.write(DatasetLayout.record(0), out -> out.write("{\"frame\": 0}".getBytes()));
        f.write(DatasetLayout.record(1), out -> out.write("{\"frame\": 7}".getBytes()));
        f.write(DatasetLayout.record(2), out -> out.write("{\"frame\": 2".getBytes()));
        assertEquals(java.util.BitSet.valueOf(new long[] {1}), f.framesDone(0, 3, i -> null),
                "frame 1's record is another frame's, frame 2's is cut");
    }

    @Test
    void theSameSpecResumesKeepingFramesAndDroppingTemporaries() throws IOException {
        open(HASH, false, false).write(DatasetLayout.record(1), out -> out.write("{\"frame\": 1}".getBytes()));
        Path tmp = Files.writeString(dir.resolve("images/.000002.png.77.tmp"), "partial");
        DatasetFolder again = open(HASH, false, true);
        assertTrue(again.framesDone(0, 3, i -> null).get(1));
        assertFalse(Files.exists(tmp));
    }

    @Test
    void anotherSpecIsRefusedUnlessOverwrittenWhichDeletesOnlyTheRunsFiles() throws IOException {
        DatasetFolder first = open(HASH, false, false);
        for (var o : FrameOutputs.ALL) first.write(o.folder() + "/" + o.fileNames(0).get(0), out -> out.write(1));
        first.write(DatasetLayout.COCO, out -> out.write(1));
        first.write(DatasetLayout.MANIFEST, out -> out.write(1));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.createDirectories(dir.resolve("photos"));
        Files.writeString(dir.resolve("photos/beach.jpg"), "mine too");
        MirageException e = assertThrows(MirageException.class, () -> open(OTHER, false, false));
        assertTrue(e.getMessage().contains("holds a run of another spec") && e.getMessage().contains("--overwrite"),
                e.getMessage());
        assertThrows(MirageException.class, () -> open(OTHER, false, true), "--resume needs the same spec");
        open(OTHER, true, false);
        assertEquals(OTHER, RunFile.recordedHash(dir));
        for (var o : FrameOutputs.ALL) {
            try (var s = Files.walk(dir.resolve(o.folder()))) {
                assertTrue(s.noneMatch(Files::isRegularFile), o.folder() + " emptied");
            } catch (java.nio.file.NoSuchFileException gone) {
                // deleted and not re-created: not among the run's folders
            }
        }
        assertFalse(Files.exists(dir.resolve(DatasetLayout.COCO)) || Files.exists(dir.resolve(DatasetLayout.MANIFEST)));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertEquals("mine too", Files.readString(dir.resolve("photos/beach.jpg")));
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Files.writeString(dir.resolve("out"), "x");
        MirageException e = assertThrows(MirageException.class,
                () -> DatasetFolder.open(dir.resolve("out"), new RunRecord(HASH, 1, null), true, false, List.of()));
        assertTrue(e.getMessage().contains("exists and is not a folder"), e.getMessage());
    }

    @Test
    void aCompleteRunIsOneWhoseManifestSaysSo() throws IOException {
        DatasetFolder f = open(HASH, false, false);
        assertFalse(DatasetFolder.holdsCompleteRun(dir, new RunRecord(HASH, 3, null)), "no dataset.json yet");
        f.write(DatasetLayout.MANIFEST, out -> DatasetManifestJson.write(DatasetManifestJsonTest.sample(true), out));
        assertTrue(DatasetFolder.holdsCompleteRun(dir, new RunRecord(HASH, 3, null)));
        assertFalse(DatasetFolder.holdsCompleteRun(dir, new RunRecord(OTHER, 3, null)));
        f.write(DatasetLayout.MANIFEST, out -> DatasetManifestJson.write(DatasetManifestJsonTest.sample(false), out));
        assertFalse(DatasetFolder.holdsCompleteRun(dir, new RunRecord(HASH, 3, null)));
    }
}
