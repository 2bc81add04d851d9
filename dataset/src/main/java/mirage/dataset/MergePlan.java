package mirage.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import mirage.core.error.MirageException;

/**
 * Whether folders of one run (its shards) merge into the dataset a single machine would have written, and what
 * keeps them from it: another spec, shards that overlap, frames no shard covers, frames a shard has not done.
 */
public final class MergePlan {
    private final List<ShardState> shards;
    private final List<String> conflicts = new ArrayList<>();
    private final BitSet covered = new BitSet();
    private final BitSet done = new BitSet();

    private MergePlan(List<ShardState> shards) {
        this.shards = shards.stream().sorted(Comparator.comparingInt(s -> s.run().firstFrame())).toList();
        RunRecord first = this.shards.get(0).run();
        ShardState previous = null;
        for (ShardState s : this.shards) {
            if (!s.run().specHash().equals(first.specHash()) || s.run().frames() != first.frames())
                conflicts.add(s.folder() + " holds a run of another spec (or seed or frame count) than " + this.shards.get(0).folder());
            else if (previous != null && s.run().firstFrame() < previous.run().endFrame())
                conflicts.add(previous.folder() + " and " + s.folder() + " overlap ("
                        + FrameRanges.describe(s.run().firstFrame(), Math.min(previous.run().endFrame(), s.run().endFrame())) + ")");
            covered.set(s.run().firstFrame(), s.run().endFrame());
            done.or(s.done());
            previous = s;
        }
    }

    /**
     * The plan of merging {@code folders}.
     *
     * @throws MirageException when there is none, a folder is given twice, or one holds no Mirage run
     */
    public static MergePlan of(List<Path> folders) {
        if (folders.isEmpty()) throw new MirageException("no shard folders given");
        List<ShardState> states = new ArrayList<>();
        for (Path f : folders) {
            ShardState s = ShardState.read(f);
            for (ShardState other : states)
                if (other.folder().equals(s.folder())) throw new MirageException(s.folder() + ": given twice");
            states.add(s);
        }
        return new MergePlan(states);
    }

    public List<ShardState> shards() {
        return shards;
    }

    /** The run the shards are parts of. */
    public RunRecord run() {
        return shards.get(0).run().whole();
    }

    /** The run's frames that are done in some shard. */
    public BitSet done() {
        return (BitSet) done.clone();
    }

    /** What keeps the shards from merging; with {@code allowPartial}, missing frames do not. Empty when they merge. */
    public List<String> problems(boolean allowPartial) {
        List<String> out = new ArrayList<>(conflicts);
        if (!conflicts.isEmpty() || allowPartial) return out;
        BitSet uncovered = new BitSet();
        uncovered.set(0, run().frames());
        uncovered.andNot(covered);
        if (!uncovered.isEmpty()) out.add("no shard holds frames " + FrameRanges.list(uncovered) + " (a shard folder is missing)");
        for (ShardState s : shards)
            if (!s.missing().isEmpty()) out.add(s.folder() + " has not done frames " + FrameRanges.list(s.missing())
                    + " (run its shard again to resume it)");
        return out;
    }

    /** Every frame of the run is done in some shard. */
    public boolean complete() {
        return done.cardinality() == run().frames();
    }
}
