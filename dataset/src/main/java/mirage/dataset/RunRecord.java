package mirage.dataset;

/**
 * Which run a folder holds, as its run file says: the spec (by the SHA-256 of its resolved JSON, seed and frame
 * count included), the run's frame count, and the shard, when the folder holds one shard of the run.
 *
 * @param shard null for the whole run
 */
public record RunRecord(String specHash, int frames, Shard shard) {
    /** The first frame the folder is for. */
    public int firstFrame() {
        return shard == null ? 0 : shard.firstFrame(frames);
    }

    /** One past the last frame the folder is for. */
    public int endFrame() {
        return shard == null ? frames : shard.endFrame(frames);
    }

    /** The same run, whole. */
    public RunRecord whole() {
        return new RunRecord(specHash, frames, null);
    }

    /** "the run" or "shard 1/4 (frames 250-499)", for messages. */
    public String describe() {
        if (shard == null) return "the whole run";
        return "shard " + shard + " (" + FrameRanges.describe(firstFrame(), endFrame()) + ")";
    }
}
