package mirage.assets.assimp;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for an import child that exited without a proper answer, from its exit status and standard error. A JVM
 * that hits SIGSEGV (or another fatal signal) in native code writes a fatal-error report to standard error
 * ({@code -XX:+ErrorFileToStderr}) and exits (status 1 with {@code -XX:-CreateCoredumpOnCrash}), so the report's
 * signal and problematic frame are quoted when present. A child killed by signal N before the JVM could report
 * (a native stack overflow, SIGKILL) exits with status 128 + N as {@link Process#exitValue} reports it on Linux.
 */
final class WorkerDeath {
    private static final Map<Integer, String> SIGNALS = Map.ofEntries(Map.entry(1, "SIGHUP"), Map.entry(2, "SIGINT"),
            Map.entry(3, "SIGQUIT"), Map.entry(4, "SIGILL"), Map.entry(5, "SIGTRAP"), Map.entry(6, "SIGABRT"), Map.entry(7, "SIGBUS"),
            Map.entry(8, "SIGFPE"), Map.entry(9, "SIGKILL"), Map.entry(11, "SIGSEGV"), Map.entry(13, "SIGPIPE"),
            Map.entry(15, "SIGTERM"), Map.entry(24, "SIGXCPU"), Map.entry(25, "SIGXFSZ"));
    private static final Pattern FATAL_SIGNAL = Pattern.compile("#\\s+(SIG[A-Z]+ \\(0x[0-9a-f]+\\))");
    private static final Pattern FRAME = Pattern.compile("# Problematic frame:\\s*\\n#\\s*(.+)");

    private WorkerDeath() {
    }

    /**
     * @param status  the child's exit status, not 0
     * @param stderr  what it wrote on standard error (head and tail)
     * @param heapMiB its heap limit, for the out-of-memory message
     * @return a problem description to follow "{@code <file>: }"
     */
    static String describe(int status, String stderr, int heapMiB) {
        String report = fatalErrorSummary(stderr);
        if (report != null) return "the importer crashed (" + report + ") on this file";
        if (status == 3) return "the importer ran out of memory on this file (Java heap limit " + heapMiB + " MiB)";
        if (status > 128 && status < 128 + 65) {
            int signal = status - 128;
            return "the importer crashed (signal " + signal + ", " + SIGNALS.getOrDefault(signal, "unknown") + ") on this file";
        }
        String last = lastLine(stderr);
        return "the importer exited with status " + status + " on this file" + (last == null ? "" : "; it said: " + last);
    }

    /** "SIGSEGV (0xb) in C [libassimp.so+0x1234] ...", or null when stderr holds no fatal-error report. */
    static String fatalErrorSummary(String stderr) {
        Matcher signal = FATAL_SIGNAL.matcher(stderr);
        if (!signal.find()) return null;
        Matcher frame = FRAME.matcher(stderr);
        String where = frame.find() ? " in " + cut(frame.group(1).strip().replaceAll("\\s+", " "), 160) : "";
        return signal.group(1) + where;
    }

    private static String lastLine(String stderr) {
        String[] lines = stderr.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return last.isEmpty() ? null : cut(last, 300);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }
}
