package mirage.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and captures what it prints on standard output, with its exit code and errors. */
record CliOut(int exitCode, String out, String err) {
    static synchronized CliOut of(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            CliRun r = CliRun.of(args);
            return new CliOut(r.exitCode(), buffer.toString(StandardCharsets.UTF_8), r.err());
        } finally {
            System.setOut(saved);
        }
    }
}
