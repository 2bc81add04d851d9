package mirage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mirage.core.error.MirageException;
import mirage.dataset.AtomicWriter;
import mirage.dataset.DatasetMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirage merge SHARD_DIR... --out OUT}: joins a sharded run into the dataset one machine would have written. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the shard folders of one run (mirage render --shard) into one dataset, byte-identical to a "
                + "single-machine run: frame files linked (or copied, or moved), COCO and dataset.json assembled anew.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The shard folders, in any order.")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "The merged dataset's folder: absent, empty, or an earlier merge of the same run.")
    Path out;

    @Option(names = "--allow-partial",
            description = "Merge what exists when frames are missing (dataset.json says complete: false).")
    boolean allowPartial;

    @Option(names = "--files", paramLabel = "link|copy|move", defaultValue = "link",
            description = "How frame files reach OUT: hard links (default; a copy across file systems), copies, or moved.")
    String files;

    @Override
    public Integer call() {
        AtomicWriter.Placement how;
        try {
            how = AtomicWriter.Placement.valueOf(files.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MirageException("--files must be link, copy or move, got '" + files + "'");
        }
        DatasetMerge.Result r = DatasetMerge.merge(shards, out, how, allowPartial, n -> { });
        for (String w : r.warnings()) System.err.println("mirage: warning: " + w);
        System.out.printf("merged %d shards: %d frames, %d annotations%s%n-> %s%n", shards.size(), r.frames(),
                r.manifest().counts().annotations(), r.complete() ? "" : " (incomplete: dataset.json says so)", r.out());
        return 0;
    }
}
