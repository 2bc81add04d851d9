package mirage.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process and captures its exit code and error output. */
record CliRun(int exitCode, String err) {
    static CliRun of(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), args);
        return new CliRun(code, err.toString());
    }

    static Path repo() {
        return Path.of(System.getProperty("mirage.repo", "..")).toAbsolutePath().normalize();
    }

    static Path defaultScene() {
        return repo().resolve("examples/default/scene.yaml");
    }
}
