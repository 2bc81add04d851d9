package mirage.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import mirage.cli.Main;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a request to stop: the run finishes the frames in flight, writes the
 * dataset files for what is done and exits, so the folder can be resumed. A second signal quits at once, with one
 * line and exit status 130 (the atomic writes still leave no partial file). {@link #quitting} makes a guard for a
 * phase that writes nothing, such as the input check, where the first signal already quits at once.
 * {@link #close} puts the previous handlers back.
 */
final class StopSignal implements AutoCloseable {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final List<Restore> previous = new ArrayList<>();
    private final String quitLine;

    private record Restore(Signal signal, SignalHandler handler) {}

    /** The run's guard: the first signal asks to stop, the second quits at once. */
    StopSignal() {
        this(null);
    }

    private StopSignal(String quitLine) {
        this.quitLine = quitLine;
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal s = new Signal(name);
                previous.add(new Restore(s, Signal.handle(s, sig -> onSignal())));
            } catch (IllegalArgumentException unsupported) {
                // the platform has no such signal, or the JVM reserves it: keep the default behaviour
            }
        }
    }

    /** A guard under which the first signal quits at once, printing {@code "mirage: " + line}. */
    static StopSignal quitting(String line) {
        return new StopSignal(line);
    }

    private void onSignal() {
        if (quitLine != null) quit(quitLine);
        if (requested.getAndSet(true)) quit("stopped at once by a second signal; run the same command again to resume");
        System.err.println("mirage: stopping: finishing the frames in flight (signal again to quit at once)");
    }

    /** One line on stderr, then exit status 130 without waiting for anything (import children die with this JVM). */
    private static void quit(String line) {
        System.err.println("mirage: " + line);
        System.err.flush();
        Runtime.getRuntime().halt(Main.EXIT_INTERRUPTED);
    }

    boolean requested() {
        return requested.get();
    }

    @Override
    public void close() {
        for (Restore r : previous) Signal.handle(r.signal(), r.handler());
    }
}
