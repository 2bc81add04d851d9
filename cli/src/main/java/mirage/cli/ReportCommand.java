package mirage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mirage.cli.run.Progress;
import mirage.core.error.MirageException;
import mirage.report.ContactSheet;
import mirage.report.html.HtmlReport;
import mirage.report.stats.DatasetReport;
import mirage.report.stats.DatasetScan;
import mirage.report.stats.SweepIndex;
import mirage.report.stats.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mirage report DIR --out report.html}: one offline HTML page to look at a dataset (or a sweep) before training. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML file about a rendered dataset: counts per split and category,"
                + " label distributions, every drawn scene value, warnings about likely mistakes and sample frames with"
                + " their labels. For a sweep folder (with sweep.json), every variant side by side."})
final class ReportCommand implements Callable<Integer> {
    static final int DEFAULT_SAMPLES = 8;
    static final int DEFAULT_SWEEP_SAMPLES = 4;
    static final int MAX_SAMPLES = 64;
    static final int MAX_TILE_WIDTH = 1024;

    @Parameters(index = "0", paramLabel = "DIR", description = "A dataset folder written by mirage render, or a sweep folder.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
    Path out;

    @Option(names = "--samples", paramLabel = "N", description = "Frames to show, spread over the dataset (default "
            + DEFAULT_SAMPLES + "; " + DEFAULT_SWEEP_SAMPLES + " per variant of a sweep; 0.." + MAX_SAMPLES + ").")
    Integer samples;

    @Option(names = "--tile-width", paramLabel = "PX", defaultValue = "240", description = "Width of each shown frame (default 240).")
    int tileWidth;

    @Option(names = "--small-box", paramLabel = "PX", defaultValue = "8",
            description = "Warn about visible boxes narrower or lower than this (default 8 pixels).")
    int smallBox;

    @Option(names = "--no-progress", description = "Do not show progress on stderr.")
    boolean noProgress;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        int n = samples != null ? samples : SweepIndex.isSweep(dir) ? DEFAULT_SWEEP_SAMPLES : DEFAULT_SAMPLES;
        if (n < 0 || n > MAX_SAMPLES) throw new MirageException("--samples must be 0.." + MAX_SAMPLES + ": " + n);
        if (tileWidth < ContactSheet.MIN_TILE_WIDTH || tileWidth > MAX_TILE_WIDTH)
            throw new MirageException("--tile-width must be " + ContactSheet.MIN_TILE_WIDTH + ".." + MAX_TILE_WIDTH + " pixels: " + tileWidth);
        if (smallBox < 0) throw new MirageException("--small-box must be >= 0: " + smallBox);
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) throw new MirageException(target + ": is a folder; --out names the HTML file to write");
        if (!Files.isDirectory(target.getParent())) throw new MirageException(target.getParent() + ": no such folder for --out");
        HtmlReport.Options options = new HtmlReport.Options(new DatasetScan.Options(n, tileWidth, smallBox), Version.current());
        HtmlReport.Result result = HtmlReport.write(dir, target, options, new ProgressListener(!noProgress));
        long records = 0;
        int warnings = 0;
        for (DatasetReport r : result.datasets()) {
            records += r.records();
            warnings += r.warnings().size();
            for (Warning w : r.warnings())
                command.commandLine().getErr().println("mirage: warning: " + (result.sweep() ? r.name() + ": " : "") + w.message());
        }
        System.out.printf("report of %s%d records, %d warnings -> %s%n",
                result.sweep() ? result.datasets().size() + " variants, " : "", records, warnings, target);
        return 0;
    }

    /** Frames read, rate and ETA on stderr, one bar per dataset. */
    private static final class ProgressListener implements DatasetScan.Listener {
        private final boolean enabled;
        private Progress progress;

        ProgressListener(boolean enabled) {
            this.enabled = enabled;
        }

        @Override public void started(String name, long records) {
            progress = new Progress("report " + name, records, 0, enabled);
        }

        @Override public void record() {
            progress.step();
        }

        @Override public void finished() {
            progress.close();
        }
    }
}
