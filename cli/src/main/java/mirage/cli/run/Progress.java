package mirage.cli.run;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Frames done, frames per second and ETA on stderr: a live bar on a terminal, a plain line every few seconds
 * when stderr is a file or a pipe (CI logs). Disabled progress costs nothing.
 */
public final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    /** @param alreadyDone frames a resumed run already has: counted as done, not in frames/s or ETA */
    public Progress(String task, long total, long alreadyDone, boolean enabled) {
        if (!enabled) {
            bar = null;
            return;
        }
        boolean terminal = System.console() != null;
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" frames", 1)
                .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(terminal ? 500 : 5000)
                .continuousUpdate().startsFrom(alreadyDone, java.time.Duration.ZERO);
        b.setConsumer(terminal ? new ConsoleProgressBarConsumer(System.err)
                : new DelegatingProgressBarConsumer(line -> System.err.println(line.strip()), 100));
        bar = b.build();
    }

    public void step() {
        if (bar != null) bar.step();
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
