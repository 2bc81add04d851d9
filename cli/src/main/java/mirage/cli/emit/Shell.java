package mirage.cli.emit;

import java.util.List;
import java.util.stream.Collectors;

/** POSIX shell quoting for the scripts Mirage prints. */
final class Shell {
    private Shell() {}

    /** {@code s} as one shell word: bare when it is plainly safe, else in single quotes. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./:=@%+,-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The words quoted and joined by spaces. */
    static String words(List<String> words) {
        return words.stream().map(Shell::quote).collect(Collectors.joining(" "));
    }
}
