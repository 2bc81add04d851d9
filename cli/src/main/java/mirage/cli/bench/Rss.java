package mirage.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory, from /proc (Linux); -1 where it cannot be read. */
public final class Rss {
    private Rss() {}

    /** Resident set size in MiB. */
    public static double mib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        } catch (IOException | NumberFormatException e) {
            // not Linux, or no /proc: reported as unknown
        }
        return -1;
    }
}
