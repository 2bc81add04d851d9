package mirage.cli.run;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a request to stop: the run finishes the frames in flight, writes the
 * dataset files for what is done and exits, so the folder can be resumed. A second signal is not caught again
 * (the JVM's default applies: it exits at once, and the atomic writes still leave no partial file).
 */
final class StopSignal implements AutoCloseable {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final java.util.List<Restore> previous = new java.util.ArrayList<>();

    private record Restore(Signal signal, sun.misc.SignalHandler handler) {}

    StopSignal() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal s = new Signal(name);
                previous.add(new Restore(s, Signal.handle(s, sig -> onSignal())));
            } catch (IllegalArgumentException unsupported) {
                // the platform has no such signal, or the JVM reserves it: keep the default behaviour
            }
        }
    }

    private void onSignal() {
        if (requested.getAndSet(true)) return;
        System.err.println("mirage: stopping: finishing the frames in flight (signal again to quit at once)");
        for (Restore r : previous) Signal.handle(r.signal(), r.handler());
    }

    boolean requested() {
        return requested.get();
    }

    @Override
    public void close() {
        for (Restore r : previous) Signal.handle(r.signal(), r.handler());
    }
}
