package mirage.dataset;

import java.util.Map;
import mirage.core.error.MirageException;

/**
 * Shard {@code index} of {@code count}: a contiguous part of a run's frames, {@code floor(index F / count)} up to
 * (not including) {@code floor((index + 1) F / count)} for a run of F frames, so the shards cover the run once,
 * in order, and differ in size by at most one frame. Frame i still depends on (seed, i) alone, so a shard's files
 * are those frames' files of a single-machine run.
 *
 * @param index 0 .. count - 1
 * @param count 1 .. {@link #MAX_COUNT}
 */
public record Shard(int index, int count) {
    /** Most shards one run may be split into. */
    public static final int MAX_COUNT = 100_000;

    /** The scheduler variables {@link #fromEnvironment} reads, in the order it tries them. */
    public static final String SLURM_ID = "SLURM_ARRAY_TASK_ID";
    public static final String K8S_INDEX = "JOB_COMPLETION_INDEX";
    public static final String AWS_INDEX = "AWS_BATCH_JOB_ARRAY_INDEX";

    public Shard {
        if (count < 1 || count > MAX_COUNT) throw new MirageException("shard count must be 1.." + MAX_COUNT + ", got " + count);
        if (index < 0 || index >= count)
            throw new MirageException("shard index must be 0.." + (count - 1) + " for " + count + " shards, got " + index);
    }

    /** The first frame of this shard in a run of {@code frames} frames. */
    public int firstFrame(int frames) {
        return (int) ((long) index * frames / count);
    }

    /** One past the last frame of this shard in a run of {@code frames} frames. */
    public int endFrame(int frames) {
        return (int) ((long) (index + 1) * frames / count);
    }

    /** {@code I/N}, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return index + "/" + count;
    }

    /**
     * Parses {@code I/N}: shard I (from 0) of N.
     *
     * @throws MirageException saying what is wrong
     */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,9}") || !parts[1].matches("[0-9]{1,9}"))
            throw new MirageException("'" + text + "' is not a shard: give I/N (shard I of N, I from 0), or auto");
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * The shard a scheduler's array task is: Slurm ({@code SLURM_ARRAY_TASK_ID} less {@code SLURM_ARRAY_TASK_MIN},
     * of {@code SLURM_ARRAY_TASK_COUNT}), a Kubernetes Indexed Job ({@code JOB_COMPLETION_INDEX}) or an AWS Batch
     * array ({@code AWS_BATCH_JOB_ARRAY_INDEX}). Kubernetes and AWS do not tell the task count: it must be given.
     *
     * @param count the shard count given by the user, or null to take it from the environment
     * @throws MirageException when no scheduler variable is set, or they disagree with {@code count}
     */
    public static Shard fromEnvironment(Map<String, String> env, Integer count) {
        if (env.containsKey(SLURM_ID)) return slurm(env, count);
        for (String name : new String[] {K8S_INDEX, AWS_INDEX}) {
            if (!env.containsKey(name)) continue;
            if (count == null) throw new MirageException("--shard auto: " + name + " gives the index but not the shard count;"
                    + " give it as --shard auto/N");
            return new Shard(number(env, name), count);
        }
        throw new MirageException("--shard auto: no array task index in the environment (" + SLURM_ID + ", " + K8S_INDEX
                + " or " + AWS_INDEX + "); run it as an array task, or give --shard I/N");
    }

    private static Shard slurm(Map<String, String> env, Integer given) {
        int id = number(env, SLURM_ID);
        int min = env.containsKey("SLURM_ARRAY_TASK_MIN") ? number(env, "SLURM_ARRAY_TASK_MIN") : 0;
        Integer count = env.containsKey("SLURM_ARRAY_TASK_COUNT") ? Integer.valueOf(number(env, "SLURM_ARRAY_TASK_COUNT"))
                : env.containsKey("SLURM_ARRAY_TASK_MAX") ? Integer.valueOf(number(env, "SLURM_ARRAY_TASK_MAX") - min + 1) : given;
        if (count == null) throw new MirageException("--shard auto: Slurm does not give the array size here; give --shard auto/N");
        if (given != null && !given.equals(count))
            throw new MirageException("--shard auto/" + given + ": the Slurm array has " + count + " tasks");
        if (id - min >= count)
            throw new MirageException("--shard auto: Slurm array task " + id + " is not among " + count + " consecutive ids"
                    + " from " + min + "; submit the array as --array=0-" + (count - 1));
        return new Shard(id - min, count);
    }

    private static int number(Map<String, String> env, String name) {
        String v = env.get(name).strip();
        if (!v.matches("[0-9]{1,9}")) throw new MirageException(name + "=" + v + " is not an index");
        return Integer.parseInt(v);
    }
}
