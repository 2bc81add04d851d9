package mirage.cli.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * A bash script that submits a sharded run to Slurm and prints nothing else: an {@code sbatch --array} job whose
 * task k renders shard k ({@code --shard auto} reads {@code SLURM_ARRAY_TASK_ID}) into {@code OUT/shard-k}, then a
 * merge job that runs once every task has succeeded ({@code --dependency=afterok}) and writes {@code OUT/dataset}.
 * A task that dies is run again by Slurm ({@code --requeue}) and resumes its own frames. Logs go to
 * {@code OUT/logs/}.
 *
 * @param mirage    the command that runs Mirage on the cluster's nodes (words)
 * @param spec      the spec's path as the nodes see it
 * @param renderArgs more arguments for {@code mirage render} (e.g. {@code --allow-root DIR})
 * @param gpus      GPUs per task (0: none requested)
 * @param extra     more {@code #SBATCH} lines for both jobs (e.g. {@code --partition=gpu}), without the prefix
 */
public record SlurmScript(List<String> mirage, String spec, String out, int shards, List<String> renderArgs, String name,
                          int cpusPerTask, int gpus, List<String> extra) {
    public String text() {
        List<String> render = new ArrayList<>(mirage);
        render.addAll(List.of("render", spec, "--shard", "auto", "--out", out + "/shard-{shard}", "--no-progress"));
        render.addAll(renderArgs);
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/bash\n");
        s.append("# Mirage: render ").append(spec).append(" as ").append(shards).append(" shards on a Slurm array, then merge\n");
        s.append("# them into ").append(out).append("/dataset. Submit with: bash THIS_FILE (it runs sbatch twice).\n");
        s.append("set -euo pipefail\n");
        s.append("mkdir -p ").append(Shell.quote(out + "/logs")).append('\n');
        s.append("render=$(sbatch --parsable <<'MIRAGE_RENDER'\n");
        s.append("#!/bin/bash\n");
        header(s, name, out + "/logs/render-%A_%a.out");
        s.append("#SBATCH --array=0-").append(shards - 1).append('\n');
        s.append("#SBATCH --requeue\n");
        s.append("#SBATCH --cpus-per-task=").append(cpusPerTask).append('\n');
        if (gpus > 0) s.append("#SBATCH --gres=gpu:").append(gpus).append('\n');
        s.append("set -euo pipefail\n");
        s.append("exec ").append(Shell.words(render)).append('\n');
        s.append("MIRAGE_RENDER\n)\n");
        s.append("render=${render%%;*}\n");
        s.append("merge=$(sbatch --parsable --dependency=afterok:$render <<'MIRAGE_MERGE'\n");
        s.append("#!/bin/bash\n");
        header(s, name + "-merge", out + "/logs/merge-%j.out");
        s.append("set -euo pipefail\n");
        s.append("out=").append(Shell.quote(out)).append('\n');
        s.append("exec ").append(Shell.words(mirage)).append(" merge \"$out\"/shard-* --out \"$out/dataset\"\n");
        s.append("MIRAGE_MERGE\n)\n");
        s.append("echo \"submitted: render array $render (").append(shards).append(" tasks), merge ${merge%%;*} after it\"\n");
        return s.toString();
    }

    private void header(StringBuilder s, String job, String log) {
        s.append("#SBATCH --job-name=").append(job).append('\n');
        s.append("#SBATCH --output=").append(log).append('\n');
        for (String e : extra) s.append("#SBATCH ").append(e).append('\n');
    }
}
