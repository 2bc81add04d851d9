package mirage.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files Mirage owns in a folder, told by their names: each rule is a folder and a pattern of file names in it
 * (frame files are named by frame index, {@code 000017.png}). Deleting them deletes nothing else: a user's
 * {@code images/holiday/beach.jpg} or {@code frames/notes.txt} stays, and a folder is removed only when it is left
 * empty.
 *
 * @param rules what is owned
 */
public record OwnedFiles(List<Rule> rules) {
    /** File names Mirage gives frames: a frame index of six digits or more. */
    public static final String FRAME = "\\d{6,}";

    /** Files in {@code folder} (relative, "" for the top) whose whole name matches {@code names}. */
    public record Rule(String folder, Pattern names) {
        public static Rule of(String folder, String regex) {
            return new Rule(folder, Pattern.compile(regex));
        }
    }

    public OwnedFiles {
        rules = List.copyOf(rules);
    }

    /** These rules and those of {@code other}. */
    public OwnedFiles and(OwnedFiles other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new OwnedFiles(all);
    }

    /** Deletes the owned files under {@code root} and the temporaries of their writes, then the folders left empty. */
    public void delete(Path root) throws IOException {
        for (Rule r : rules) {
            Path dir = r.folder().isEmpty() ? root : root.resolve(r.folder());
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.toList())
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && owned(r, f.getFileName().toString())) Files.delete(f);
            }
        }
        for (Rule r : rules) if (!r.folder().isEmpty()) removeEmpty(root, r.folder());
    }

    private static boolean owned(Rule r, String name) {
        if (r.names().matcher(name).matches()) return true;
        int dot = name.lastIndexOf('.', name.length() - ".tmp".length() - 1);   // .NAME.<hex>.tmp of an AtomicWriter
        return name.startsWith(".") && name.endsWith(".tmp") && dot > 1 && r.names().matcher(name.substring(1, dot)).matches();
    }

    /** Removes {@code folder} and then its parents up to {@code root}, each only if empty. */
    private static void removeEmpty(Path root, String folder) throws IOException {
        for (Path d = root.resolve(folder); d != null && !d.equals(root) && d.startsWith(root); d = d.getParent()) {
            if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) continue;
            try (Stream<Path> s = Files.list(d)) {
                if (s.findAny().isPresent()) return;
            }
            Files.delete(d);
        }
    }
}
