package mirage.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mirage.core.error.MirageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer: a file appears whole under its name or not at all, and leaves no temporary behind. */
class AtomicWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesReplacesAndCreatesFolders() throws IOException {
        Path file = dir.resolve("a/b/c.txt");
        AtomicWriter.writeText(file, "first");
        AtomicWriter.writeText(file, "second");
        assertEquals("second", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path file = dir.resolve("x.json");
        AtomicWriter.writeText(file, "old");
        IOException disk = new IOException("No space left on device");
        MirageException e = assertThrows(MirageException.class, () -> AtomicWriter.write(file, out -> {
            out.write("half of the new".getBytes());
            throw disk;
        }));
        assertTrue(e.getMessage().equals(file + ": cannot write: No space left on device"), e.getMessage());
        IllegalStateException bug = new IllegalStateException("bad label");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicWriter.write(file, out -> {
            out.write("half".getBytes());
            throw bug;
        })), "other failures pass through unchanged");
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void recognisesItsTemporaries() throws IOException {
        Path tmp = Files.writeString(dir.resolve(".000001.png.1f2e3d.tmp"), "partial");
        assertTrue(AtomicWriter.isTemporary(tmp));
        assertFalse(AtomicWriter.isTemporary(Files.writeString(dir.resolve("000001.png"), "whole")));
        assertFalse(AtomicWriter.isTemporary(Files.writeString(dir.resolve("notes.tmp"), "a user's file")));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
