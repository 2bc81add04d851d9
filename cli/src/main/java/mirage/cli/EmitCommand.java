package mirage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.cli.emit.K8sManifest;
import mirage.cli.emit.SlurmScript;
import mirage.core.error.MirageException;
import mirage.dataset.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirage emit slurm|k8s}: prints the recipe that runs a sharded run on an existing scheduler (submits nothing). */
@Command(name = "emit", mixinStandardHelpOptions = true,
        description = "Print a launch recipe for a sharded run on an existing scheduler: a Slurm submit script or "
                + "Kubernetes Jobs. Nothing is submitted.",
        subcommands = {EmitCommand.Slurm.class, EmitCommand.K8s.class})
final class EmitCommand {
    /** What both recipes take. */
    static class Common {
        @Parameters(index = "0", paramLabel = "SPEC", description = "The spec, as the cluster's nodes (or pods) see it.")
        String spec;

        @Option(names = "--shards", required = true, paramLabel = "N", description = "Shards (array tasks).")
        int shards;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "The run's folder on shared storage: shards go to DIR/shard-K, the merged dataset to DIR/dataset.")
        String out;

        @Option(names = "--gpus", paramLabel = "G", defaultValue = "0", description = "GPUs per render task (default 0).")
        int gpus;

        @Option(names = "--name", paramLabel = "NAME", description = "Job name (default: mirage-<spec file name>).")
        String name;

        @Option(names = "--render-arg", paramLabel = "ARG", description = "One more argument for mirage render (repeatable).")
        List<String> renderArgs = new ArrayList<>();

        void check() {
            if (shards < 1 || shards > Shard.MAX_COUNT) throw new MirageException("--shards must be 1.." + Shard.MAX_COUNT + ", got " + shards);
            if (gpus < 0 || gpus > 64) throw new MirageException("--gpus must be 0..64, got " + gpus);
        }

        String jobName() {
            if (name != null) return name;
            String file = Path.of(spec).getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
            return ("mirage-" + file.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")).replaceAll("-+$", "");
        }
    }

    @Command(name = "slurm", mixinStandardHelpOptions = true,
            description = "Print a bash script that submits an sbatch --array job (one task per shard) and a merge job "
                    + "after it. Run it with bash on a Slurm login node.")
    static final class Slurm extends Common implements Callable<Integer> {
        @Option(names = "--cpus-per-task", paramLabel = "C", defaultValue = "2", description = "CPUs per task (default 2).")
        int cpus;

        @Option(names = "--sbatch", paramLabel = "OPTION", description = "One more #SBATCH option for both jobs, e.g. --partition=gpu (repeatable).")
        List<String> sbatch = new ArrayList<>();

        @Option(names = "--mirage", paramLabel = "COMMAND",
                description = "How the nodes run Mirage (default: this installation's launcher).")
        String mirage;

        @Override
        public Integer call() {
            check();
            if (out.matches(".*\\s.*")) throw new MirageException("--out " + out + ": Slurm's #SBATCH lines cannot hold a folder with spaces");
            List<String> command = mirage != null ? List.of(mirage.strip().split("\\s+")) : List.of(launcher());
            Path specFile = Path.of(spec).toAbsolutePath().normalize();
            if (!Files.isRegularFile(specFile)) throw new MirageException(specFile + ": no such spec file");
            String outDir = Path.of(out).toAbsolutePath().normalize().toString();   // jobs may start elsewhere
            System.out.print(new SlurmScript(command, specFile.toString(), outDir, shards, renderArgs, jobName(), cpus,
                    gpus, sbatch).text());
            return 0;
        }

        private static String launcher() {
            Path home = Path.of(System.getProperty("mirage.home", "."));
            Path script = home.resolve("mirage").toAbsolutePath().normalize();
            return Files.isExecutable(script) ? script.toString() : "mirage";
        }
    }

    @Command(name = "k8s", mixinStandardHelpOptions = true,
            description = "Print a Kubernetes Indexed Job (one pod per shard) and a merge Job, for kubectl apply -f.")
    static final class K8s extends Common implements Callable<Integer> {
        @Option(names = "--image", required = true, paramLabel = "IMAGE", description = "The image built from Mirage's Dockerfile.")
        String image;

        @Option(names = "--parallelism", paramLabel = "P", description = "Pods at once (default: all shards).")
        Integer parallelism;

        @Option(names = "--backoff-limit-per-index", paramLabel = "B", defaultValue = "3",
                description = "Retries of one shard before it counts as failed (default 3).")
        int backoff;

        @Option(names = "--claim", required = true, paramLabel = "PVC",
                description = "A ReadWriteMany PersistentVolumeClaim holding the spec, its assets and DIR.")
        String claim;

        @Option(names = "--mount", paramLabel = "PATH", defaultValue = "/data", description = "Where the claim is mounted (default /data).")
        String mount;

        @Option(names = "--cpu", paramLabel = "CPU", defaultValue = "2", description = "CPU request per pod (default 2).")
        String cpu;

        @Option(names = "--memory", paramLabel = "MEM", defaultValue = "4Gi", description = "Memory request per pod (default 4Gi).")
        String memory;

        @Override
        public Integer call() {
            check();
            if (backoff < 0) throw new MirageException("--backoff-limit-per-index must be >= 0, got " + backoff);
            int p = parallelism != null ? parallelism : shards;
            if (p < 1) throw new MirageException("--parallelism must be >= 1, got " + p);
            System.out.print(new K8sManifest(jobName(), image, spec, out, shards, p, backoff, claim, mount, gpus, cpu,
                    memory, renderArgs).text());
            return 0;
        }
    }
}
