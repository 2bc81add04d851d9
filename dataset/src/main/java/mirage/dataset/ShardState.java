package mirage.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import mirage.core.error.MirageException;
import mirage.dataset.output.FrameOutputs;

/**
 * What one folder of a run holds: its run (spec, frame count, shard) and which of its frames are done (their
 * record is in place and whole, and so are the files of theirs that are there). Nothing is locked.
 */
public record ShardState(Path folder, RunRecord run, BitSet done) {
    /**
     * @throws MirageException naming the folder when it is not a folder or holds no Mirage run
     */
    public static ShardState read(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) throw new MirageException(abs + ": no such folder");
        RunRecord run = RunFile.read(abs);
        if (run == null) throw new MirageException(abs + ": not a Mirage run (no " + DatasetLayout.RUN_FILE + ")");
        return new ShardState(abs, run, FrameOutputs.framesDone(abs, run.firstFrame(), run.endFrame(), i -> null));
    }

    /** The folder's frames that are not done. */
    public BitSet missing() {
        BitSet m = new BitSet(run.endFrame());
        m.set(run.firstFrame(), run.endFrame());
        m.andNot(done);
        return m;
    }

    /** One line: {@code shard-2: shard 2/4 (frames 500-749): 250 of 250 frames done}. */
    public String describe() {
        int total = run.endFrame() - run.firstFrame();
        BitSet missing = missing();
        return folder.getFileName() + ": " + run.describe() + ": " + done.cardinality() + " of " + total + " frames done"
                + (missing.isEmpty() ? "" : "; missing " + FrameRanges.list(missing));
    }
}
