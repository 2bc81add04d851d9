package mirage.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mirage.core.error.MirageException;

/**
 * An exclusive lock on an output folder, held by one process while it writes there: a second process (another
 * run, a merge, the same shard started twice) is refused at once, naming the folder and the holder's process id.
 * The lock is the operating system's on {@code .mirage-lock} in the folder, so it ends with the process even when
 * the process is killed; the file holds the holder's pid, and the holder deletes it before releasing the lock.
 *
 * <p>POSIX record locks belong to the process and end when any descriptor of the file is closed, so the file is
 * opened once per lock and never again while locked (its path is only stat'ed), and folders this JVM holds are
 * refused before any open.
 */
final class FolderLock implements AutoCloseable {
    static final String NAME = ".mirage-lock";
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path folder, Path file, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder} (which must exist) or throws naming the process that holds it. */
    static FolderLock acquire(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!HELD.add(dir)) throw busy(dir, " (process " + ProcessHandle.current().pid() + ")");
        try {
            return lock(dir);
        } catch (RuntimeException e) {
            HELD.remove(dir);
            throw e;
        }
    }

    private static FolderLock lock(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            while (true) {
                Object before = key(file);
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = ch.tryLock();
                if (lock == null) {
                    String holder = holder(ch);
                    ch.close();
                    throw busy(dir, holder);
                }
                // The path must have named one file before and after the open, so the lock is on the file there now
                // (not on one the last holder deleted as it let go).
                if (before == null || !before.equals(key(file))) {
                    lock.release();
                    ch.close();
                    continue;
                }
                ch.truncate(0);
                ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                return new FolderLock(dir, file, ch, lock);
            }
        } catch (IOException e) {
            throw new MirageException(dir + ": cannot lock the folder: " + e.getMessage(), e);
        }
    }

    private static MirageException busy(Path dir, String holder) {
        return new MirageException(dir + ": another Mirage process" + holder + " is writing this folder;"
                + " wait for it to end, or choose another --out");
    }

    /** The file's identity (device and inode) from its path, without opening it; null when it is not there. */
    private static Object key(Path file) {
        try {
            return Objects.requireNonNull(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
        } catch (IOException gone) {
            return null;
        }
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(32);
        ch.read(b, 0);
        String pid = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
        return pid.matches("[0-9]+") ? " (process " + pid + ")" : "";
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
        } finally {
            HELD.remove(folder);
        }
    }
}
