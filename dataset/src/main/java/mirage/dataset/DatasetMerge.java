package mirage.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import mirage.core.error.MirageException;
import mirage.dataset.output.FrameOutput;
import mirage.dataset.output.FrameOutputs;

/**
 * Joins the folders of a sharded run into the dataset a single machine would have written: every done frame's
 * files are linked (or copied, or moved) into the output folder, frame by frame in order and each frame's record
 * last, then the run file, the COCO files and {@code dataset.json} are written from the records one at a time, so
 * memory does not grow with the frame count. Everything is checked before the output folder is touched: a
 * failed check leaves it as it was. The shard folders are locked while the merge reads them.
 */
public final class DatasetMerge {
    /**
     * What a merge did.
     *
     * @param frames   frames joined
     * @param complete every frame of the run was there
     * @param warnings lines for the user (e.g. shards rendered by different GL drivers)
     */
    public record Result(Path out, int frames, boolean complete, DatasetManifest manifest, List<String> warnings) {}

    private DatasetMerge() {}

    /**
     * @param allowPartial join what exists when frames are missing ({@code complete: false}), instead of refusing
     * @throws MirageException listing everything that keeps the shards from merging, or naming a file that could
     *     not be placed
     */
    public static Result merge(List<Path> shardFolders, Path out, AtomicWriter.Placement how, boolean allowPartial,
                               Consumer<Integer> progress) {
        MergePlan plan = MergePlan.of(shardFolders);
        List<String> problems = plan.problems(allowPartial);
        if (!problems.isEmpty()) throw new MirageException("cannot merge: " + String.join("; ", problems));
        Path target = out.toAbsolutePath().normalize();
        for (ShardState s : plan.shards())
            if (target.equals(s.folder()) || target.startsWith(s.folder()) || s.folder().startsWith(target))
                throw new MirageException(target + ": the merged dataset needs a folder of its own, apart from " + s.folder());
        DatasetManifest shardManifest = manifestOf(plan);
        List<String> warnings = renderers(plan);
        List<AutoCloseable> locks = new ArrayList<>();
        try {
            for (ShardState s : plan.shards()) locks.add(FolderLock.acquire(s.folder()));
            try (DatasetFolder folder = DatasetFolder.open(target, plan.run(), false, false, folders(plan))) {
                int placed = 0;
                for (ShardState s : plan.shards()) {
                    BitSet done = s.done();
                    for (int i = done.nextSetBit(0); i >= 0; i = done.nextSetBit(i + 1)) {
                        placeFrame(s.folder(), folder.root(), i, how);
                        progress.accept(++placed);
                    }
                }
                DatasetManifest written = DatasetAssembly.write(folder, shardManifest.whole(), plan.complete());
                return new Result(folder.root(), placed, plan.complete(), written, warnings);
            }
        } finally {
            for (AutoCloseable l : locks) close(l);
        }
    }

    /** Frame i's files, in registry order so its record comes last. */
    private static void placeFrame(Path from, Path to, int frame, AtomicWriter.Placement how) {
        for (FrameOutput o : FrameOutputs.ALL)
            for (String name : o.fileNames(frame)) {
                String relative = o.folder() + "/" + name;
                Path source = from.resolve(relative);
                if (Files.isRegularFile(source)) AtomicWriter.place(source, to.resolve(relative), how);
            }
    }

    /** The folders the shards' frames use. */
    private static List<String> folders(MergePlan plan) {
        Set<String> out = new LinkedHashSet<>();
        for (ShardState s : plan.shards())
            for (FrameOutput o : FrameOutputs.ALL) if (Files.isDirectory(s.folder().resolve(o.folder()))) out.add(o.folder());
        return new ArrayList<>(out);
    }

    /** The first shard's manifest (every shard's says the same of the run, but for its shard and counts). */
    private static DatasetManifest manifestOf(MergePlan plan) {
        for (ShardState s : plan.shards())
            if (Files.isRegularFile(s.folder().resolve(DatasetLayout.MANIFEST))) return DatasetReader.open(s.folder()).manifest();
        throw new MirageException("cannot merge: no shard has a " + DatasetLayout.MANIFEST + " yet (a shard writes it when it ends"
                + " or stops; run the shards again to resume them)");
    }

    private static List<String> renderers(MergePlan plan) {
        Set<String> seen = new LinkedHashSet<>();
        for (ShardState s : plan.shards()) {
            if (!Files.isRegularFile(s.folder().resolve(DatasetLayout.MANIFEST))) continue;
            DatasetManifest.Renderer r = DatasetReader.open(s.folder()).manifest().renderer();
            if (r != null) seen.add(r.glRenderer() + " | " + r.glVersion());
        }
        if (seen.size() < 2) return List.of();
        return List.of("the shards were rendered with different GL drivers (" + String.join("; ", seen) + "): their images"
                + " may differ from one machine's; dataset.json names the first");
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // the lock ends with the process anyway
        }
    }
}
