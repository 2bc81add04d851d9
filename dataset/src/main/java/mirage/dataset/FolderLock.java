package mirage.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import mirage.core.error.MirageException;

/**
 * An exclusive lock on an output folder, held by one process while it writes there: a second process (another
 * run, a merge, the same shard started twice) is refused at once, naming the folder and the holder's process id.
 * The lock is the operating system's on {@code .mirage-lock} in the folder (so it ends with the process, even when
 * killed); the file holds the holder's pid and a mark, by which a process that locked a file just deleted by the
 * holder before it knows to try again; the holder deletes it before it releases the lock.
 */
final class FolderLock implements AutoCloseable {
    static final String NAME = ".mirage-lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder} (which must exist) or throws naming the process that holds it. */
    static FolderLock acquire(Path folder) {
        Path file = folder.resolve(NAME);
        try {
            while (true) {
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = ch.tryLock();
                if (lock == null) {
                    String holder = holder(ch);
                    ch.close();
                    throw new MirageException(folder + ": another Mirage process" + holder + " is writing this folder;"
                            + " wait for it to end, or choose another --out");
                }
                String mark = ProcessHandle.current().pid() + " " + Long.toHexString(System.nanoTime()) + "\n";
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(mark.getBytes(StandardCharsets.UTF_8)), 0);
                if (!mark.equals(onDisk(file))) {   // the holder deleted it as we opened it: lock the new one instead
                    lock.release();
                    ch.close();
                    continue;
                }
                return new FolderLock(file, ch, lock);
            }
        } catch (IOException e) {
            throw new MirageException(folder + ": cannot lock the folder: " + e.getMessage(), e);
        }
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(32);
        ch.read(b, 0);
        String pid = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip().split(" ")[0];
        return pid.matches("[0-9]+") ? " (process " + pid + ")" : "";
    }

    /** What the lock file's path holds now, or null when it is gone. */
    private static String onDisk(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException gone) {
            return null;
        }
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the process's end releases the lock anyway
        }
    }
}
