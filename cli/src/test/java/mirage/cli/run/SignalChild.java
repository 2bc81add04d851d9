package mirage.cli.run;

import java.nio.file.Path;
import mirage.assets.AssetLibrary;
import mirage.assets.ImageFiles;
import mirage.scenes.spec.SpecLoader;

/**
 * A test-only JVM for {@link SignalTest} to send signals to. {@code input-check SPEC}: checks the spec's inputs with
 * a model import that never ends (it prints "importing" when it starts). {@code run}: holds a run's
 * {@link StopSignal} and waits (it prints "ready", then "stop requested" after the first signal).
 */
public final class SignalChild {
    private SignalChild() {}

    public static void main(String[] args) throws InterruptedException {
        if (args[0].equals("input-check")) {
            AssetLibrary slow = new AssetLibrary(model -> {
                System.out.println("importing");
                sleepForever();
                return null;
            }, ImageFiles::read);
            InputCheck.importAll(new SpecLoader().load(Path.of(args[1])), slow);
            return;
        }
        try (StopSignal stop = new StopSignal()) {
            System.out.println("ready");
            while (!stop.requested()) Thread.sleep(10);
            System.out.println("stop requested");
            sleepForever();
        }
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
