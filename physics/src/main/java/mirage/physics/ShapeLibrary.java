package mirage.physics;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import mirage.assets.MeshData;
import mirage.assets.Model;

/**
 * Convex parts per (model key, kind), computed once per run: the first caller builds, concurrent callers of the same
 * key wait for it, later callers get the stored parts (failures are stored and re-thrown too). V-HACD takes seconds,
 * so its parts are also kept on disk when a cache folder is given: one file per SHA-256 of the model's positions
 * and triangles and the V-HACD parameters, written to a temp file and renamed into place (a reader never sees half a
 * file; two runs writing the same key write the same bytes). A cache file that cannot be read is rebuilt.
 * Thread-safe.
 */
public final class ShapeLibrary {
    private static final int MAGIC = 0x4D525648;   // "MRVH"
    private static final int FORMAT = 1;

    /** One build: what, how long it took (nanoseconds, wall clock), and whether it came from the disk cache. */
    public record Build(Path key, CollisionKind kind, long nanos, boolean fromDisk, int parts) {}

    private record Key(Path path, CollisionKind kind) {}

    private final Path cacheDir;
    private final ConcurrentHashMap<Key, FutureTask<ConvexParts>> entries = new ConcurrentHashMap<>();
    private final List<Build> builds = new CopyOnWriteArrayList<>();

    /** @param cacheDir folder for V-HACD parts (created when first written), or null for no disk cache */
    public ShapeLibrary(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The parts of {@code model} (known as {@code key}, e.g. its file) for {@code kind}. */
    public ConvexParts parts(Path key, Model model, CollisionKind kind) {
        FutureTask<ConvexParts> mine = new FutureTask<>(() -> build(key, model, kind));
        FutureTask<ConvexParts> task = entries.putIfAbsent(new Key(key, kind), mine);
        if (task == null) {
            task = mine;
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(kind.specName() + " parts of " + key + " failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the " + kind.specName() + " parts of " + key, e);
        }
    }

    /** Every build so far, in the order they finished. */
    public List<Build> builds() {
        return List.copyOf(builds);
    }

    private ConvexParts build(Path key, Model model, CollisionKind kind) {
        long t0 = System.nanoTime();
        boolean fromDisk = false;
        ConvexParts parts;
        switch (kind) {
            case BOX -> parts = ConvexParts.box(model);
            case HULL -> parts = ConvexParts.hull(model);
            case VHACD -> {
                Path file = cacheDir == null ? null : cacheDir.resolve("vhacd-" + digest(model) + ".bin");
                List<float[]> sets = file == null ? null : read(file);
                fromDisk = sets != null;
                if (sets == null) {
                    sets = Vhacd.decompose(model);
                    if (sets.isEmpty()) sets = List.of(ConvexParts.hull(model).part(0));   // V-HACD gave up: one hull
                    if (file != null) write(file, sets);
                }
                parts = ConvexParts.vhacd(model, sets);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        builds.add(new Build(key, kind, System.nanoTime() - t0, fromDisk, parts.count()));
        return parts;
    }

    /** SHA-256 (hex) of the V-HACD parameters and every mesh's positions and triangles, in order. */
    static String digest(Model model) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Vhacd.DEFAULT.key().getBytes(StandardCharsets.UTF_8));
            for (MeshData m : model.meshes()) {
                ByteBuffer b = ByteBuffer.allocate(8 + 4 * (m.positions().length + m.indices().length)).order(ByteOrder.LITTLE_ENDIAN);
                b.putInt(m.positions().length).putInt(m.indices().length);
                for (float f : m.positions()) b.putFloat(f);
                for (int i : m.indices()) b.putInt(i);
                md.update(b.array());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<float[]> read(Path file) {
        try (InputStream in = Files.newInputStream(file); DataInputStream d = new DataInputStream(in)) {
            if (d.readInt() != MAGIC || d.readInt() != FORMAT) return null;
            int n = d.readInt();
            if (n < 1 || n > 4096) return null;
            List<float[]> sets = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int len = d.readInt();
                if (len < 3 || len % 3 != 0 || len > 3 * 100_000) return null;
                float[] s = new float[len];
                for (int j = 0; j < len; j++) s[j] = d.readFloat();
                sets.add(s);
            }
            return d.read() == -1 ? sets : null;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;   // unreadable or truncated: rebuilt and rewritten
        }
    }

    private static void write(Path file, List<float[]> sets) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream d = new DataOutputStream(bytes)) {
                d.writeInt(MAGIC);
                d.writeInt(FORMAT);
                d.writeInt(sets.size());
                for (float[] s : sets) {
                    d.writeInt(s.length);
                    for (float f : s) d.writeFloat(f);
                }
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
            try {
                Files.write(tmp, bytes.toByteArray());
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // The cache is an optimisation: a folder that cannot be written costs a rebuild next run, nothing else.
        }
    }
}
