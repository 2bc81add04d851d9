package mirage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.dataset.MergePlan;
import mirage.dataset.ShardState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mirage status DIR...}: frames done per shard folder, what is missing, and whether they would merge. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the frames done and missing in run or shard folders, and whether mirage merge would succeed. "
                + "Exit code 0 when it would, " + StatusCommand.EXIT_NOT_READY + " when not.")
final class StatusCommand implements Callable<Integer> {
    /** The shards would not merge (yet). */
    static final int EXIT_NOT_READY = 3;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run or shard folders of one run.")
    List<Path> folders;

    @Override
    public Integer call() {
        MergePlan plan = MergePlan.of(folders);
        int done = 0;
        for (ShardState s : plan.shards()) {
            System.out.println(s.describe());
            done += s.done().cardinality();
        }
        System.out.printf("run: %d of %d frames done in %d folder(s)%n", done, plan.run().frames(), plan.shards().size());
        List<String> problems = plan.problems(false);
        if (problems.isEmpty()) {
            System.out.println("merge: ready");
            return 0;
        }
        for (String p : problems) System.out.println("merge: not ready: " + p);
        return EXIT_NOT_READY;
    }
}
