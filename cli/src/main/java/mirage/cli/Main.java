package mirage.cli;

import java.io.PrintWriter;
import mirage.core.error.MirageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mirage} command: a thin adapter from arguments to the pipeline, and from failures to exit codes. */
@Command(name = "mirage", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Synthetic, exactly labelled training images.",
        subcommands = {RenderCommand.class, SweepCommand.class, ValidateCommand.class, ExportCommand.class, BenchCommand.class,
                ContactSheetCommand.class, ReportCommand.class, MergeCommand.class, StatusCommand.class, EmitCommand.class,
                SceneCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    /** A user-input or environment failure: the message says what to fix. */
    public static final int EXIT_FAILURE = 1;
    /** Bad command-line usage. */
    public static final int EXIT_USAGE = 2;
    /** Stopped by Ctrl-C or SIGTERM after finishing the frames in flight (128 + SIGINT, as shells report). */
    public static final int EXIT_INTERRUPTED = 130;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (used by tests in-process). */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with errors going to {@code err}; returns the exit code. */
    public static int execute(PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_FAILURE);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof MirageException) {
                cmd.getErr().println("mirage: error: " + ex.getMessage());
                return EXIT_FAILURE;
            }
            throw ex;   // a bug: picocli prints the stack trace
        });
        return cl.execute(args);
    }
}
