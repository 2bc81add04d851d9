package mirage.assets.assimp;

import static org.lwjgl.assimp.Assimp.aiOrigin_CUR;
import static org.lwjgl.assimp.Assimp.aiOrigin_END;
import static org.lwjgl.assimp.Assimp.aiOrigin_SET;
import static org.lwjgl.assimp.Assimp.aiReturn_FAILURE;
import static org.lwjgl.assimp.Assimp.aiReturn_SUCCESS;
import static org.lwjgl.system.MemoryUtil.memByteBuffer;
import static org.lwjgl.system.MemoryUtil.memUTF8Safe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import mirage.assets.AllowedFolders;
import org.lwjgl.assimp.AIFile;
import org.lwjgl.assimp.AIFileCloseProc;
import org.lwjgl.assimp.AIFileFlushProc;
import org.lwjgl.assimp.AIFileIO;
import org.lwjgl.assimp.AIFileOpenProc;
import org.lwjgl.assimp.AIFileReadProc;
import org.lwjgl.assimp.AIFileSeek;
import org.lwjgl.assimp.AIFileTellProc;
import org.lwjgl.assimp.AIFileWriteProc;

/**
 * The file system Assimp sees during one import ({@code aiImportFileExWithProperties}'s {@code AIFileIO}): every
 * file Assimp opens (the model, its {@code .bin} buffers, {@code .mtl} libraries, external files of any kind)
 * comes through {@link #open}, which lets through only
 * <ul>
 *   <li>the model file itself, or a regular file whose real path lies inside the {@link AllowedFolders};</li>
 *   <li>for reading (a write mode is refused);</li>
 *   <li>of at most {@link ModelFileCheck#MAX_BYTES} bytes, with at most {@link #MAX_TOTAL_BYTES} read in all
 *       and at most {@link #MAX_OPENS} opens per import.</li>
 * </ul>
 * A refused file looks to Assimp as if it did not exist; the first refusal is remembered ({@link #refusal()}) so
 * the import fails with that reason instead of Assimp's "file not found", even when Assimp would carry on
 * without the file (an OBJ's material library).
 *
 * <p>Files are read through {@link FileChannel}s into the buffers Assimp passes, never loaded whole. Every
 * callback catches everything and answers with a failure value, since an exception must not unwind through
 * native frames. One import, one thread; {@link #close} frees the native structs and callbacks.
 */
final class ConfinedFileIO implements AutoCloseable {
    /** Most bytes one import may read through Assimp, over all files and repeated reads. */
    static final long MAX_TOTAL_BYTES = 2 * ModelFileCheck.MAX_BYTES;
    /** Most files one import may open (Assimp opens and closes a file to test that it exists). */
    static final int MAX_OPENS = 4096;

    private final Path model;
    private final AllowedFolders folders;
    private final Map<Long, OpenFile> open = new HashMap<>();
    private final AIFileOpenProc openProc = AIFileOpenProc.create((io, name, mode) -> guarded(() -> open(name, mode), 0L));
    private final AIFileCloseProc closeProc = AIFileCloseProc.create((io, file) -> guarded(() -> closeFile(file), null));
    private final AIFileReadProc readProc =
            AIFileReadProc.create((file, buffer, size, count) -> guarded(() -> read(file, buffer, size, count), 0L));
    private final AIFileWriteProc writeProc = AIFileWriteProc.create((file, buffer, size, count) -> 0L);
    private final AIFileTellProc tellProc = AIFileTellProc.create(file -> guarded(() -> file(file).position, 0L));
    private final AIFileTellProc sizeProc = AIFileTellProc.create(file -> guarded(() -> file(file).size, 0L));
    private final AIFileSeek seekProc =
            AIFileSeek.create((file, offset, origin) -> guarded(() -> seek(file, offset, origin), aiReturn_FAILURE));
    private final AIFileFlushProc flushProc = AIFileFlushProc.create(file -> {
    });
    private final AIFileIO io = AIFileIO.calloc().OpenProc(openProc).CloseProc(closeProc);
    private int opens;
    private long bytesRead;
    private String refusal;

    /**
     * @param model   the model file (absolute, normalised); always readable
     * @param folders where the files it refers to may be
     */
    ConfinedFileIO(Path model, AllowedFolders folders) {
        this.model = model;
        this.folders = folders;
    }

    /** The struct to pass to Assimp; valid until {@link #close}. */
    AIFileIO struct() {
        return io;
    }

    /** Why the first refused file was refused ("refers to ..."), or null if none was. */
    String refusal() {
        return refusal;
    }

    private long open(long namePointer, long modePointer) throws IOException {
        String name = memUTF8Safe(namePointer);
        String mode = memUTF8Safe(modePointer);
        if (name == null) return 0;
        if (mode != null && (mode.contains("w") || mode.contains("a") || mode.contains("+")))
            return refuse("tried to open " + name + " for writing");
        Path path;
        try {
            path = model.resolveSibling(Path.of(name)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return refuse("refers to a file whose name is not a valid path: " + name);
        }
        if (!Files.exists(path)) return 0; // Assimp probes for optional files; a missing one is its business
        if (!path.equals(model) && !folders.allows(path))
            return refuse("refers to " + path + ", which is outside the folders it may read (" + folders.describe() + ")");
        if (!Files.isRegularFile(path)) return refuse("refers to " + path + ", which is not a regular file");
        long size = Files.size(path);
        if (size > ModelFileCheck.MAX_BYTES)
            return refuse("refers to " + path + ", of " + size + " bytes, more than the limit of " + ModelFileCheck.MAX_BYTES);
        if (++opens > MAX_OPENS) return refuse("opens more than " + MAX_OPENS + " files");
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        AIFile file = AIFile.calloc().set(readProc, writeProc, tellProc, sizeProc, seekProc, flushProc, 0L);
        open.put(file.address(), new OpenFile(channel, size, file));
        return file.address();
    }

    private long refuse(String reason) {
        if (refusal == null) refusal = reason;
        return 0;
    }

    private Void closeFile(long address) throws IOException {
        OpenFile f = open.remove(address);
        if (f != null) f.close();
        return null;
    }

    private long read(long address, long buffer, long size, long count) throws IOException {
        OpenFile f = file(address);
        if (size <= 0 || count <= 0 || f.position >= f.size) return 0;
        long elements = Math.min(count, (f.size - f.position) / size);
        long bytes = elements * size;
        if (bytesRead + bytes > MAX_TOTAL_BYTES) {
            refuse("makes Assimp read more than " + MAX_TOTAL_BYTES + " bytes in all");
            return 0;
        }
        ByteBuffer target = memByteBuffer(buffer, (int) bytes);
        while (target.hasRemaining()) {
            int n = f.channel.read(target, f.position + target.position());
            if (n < 0) break; // the file shrank while being read
        }
        long whole = target.position() / size;
        f.position += whole * size;
        bytesRead += whole * size;
        return whole;
    }

    private int seek(long address, long offset, int origin) {
        OpenFile f = file(address);
        long base = origin == aiOrigin_SET ? 0 : origin == aiOrigin_CUR ? f.position : origin == aiOrigin_END ? f.size : -1;
        if (base < 0) return aiReturn_FAILURE;
        long target = base + offset;
        if (target < 0 || target > f.size) return aiReturn_FAILURE;
        f.position = target;
        return aiReturn_SUCCESS;
    }

    private OpenFile file(long address) {
        OpenFile f = open.get(address);
        if (f == null) throw new IllegalStateException("Assimp used a file that is not open: " + address);
        return f;
    }

    /** Closes files Assimp left open, then frees the struct and every callback. */
    @Override public void close() {
        for (OpenFile f : open.values()) {
            try {
                f.close();
            } catch (IOException e) {
                // reading is over; nothing to report
            }
        }
        open.clear();
        io.free();
        openProc.free();
        closeProc.free();
        readProc.free();
        writeProc.free();
        tellProc.free();
        sizeProc.free();
        seekProc.free();
        flushProc.free();
    }

    /** Runs a callback body; any exception becomes {@code onError} (remembered as a refusal when nothing else was). */
    private <T> T guarded(Body<T> body, T onError) {
        try {
            return body.run();
        } catch (Throwable t) {
            refuse("reading a file it refers to failed: " + t);
            return onError;
        }
    }

    private interface Body<T> {
        T run() throws Exception;
    }

    private static final class OpenFile {
        final FileChannel channel;
        final long size;
        final AIFile struct;
        long position;

        OpenFile(FileChannel channel, long size, AIFile struct) {
            this.channel = channel;
            this.size = size;
            this.struct = struct;
        }

        void close() throws IOException {
            try {
                channel.close();
            } finally {
                struct.free();
            }
        }
    }
}
