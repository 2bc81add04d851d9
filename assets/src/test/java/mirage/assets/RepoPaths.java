package mirage.assets;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository (for the bundled examples) and the optional team asset folder next to it. */
public final class RepoPaths {
    private RepoPaths() {
    }

    /** The folder holding {@code examples/}: {@code -Dmirage.repo} (set by surefire), else searched upwards from the working directory. */
    public static Path repo() {
        String configured = System.getProperty("mirage.repo");
        if (configured != null && !configured.isBlank()) {
            Path found = upwardsToExamples(Path.of(configured));
            if (found != null) return found;
        }
        Path found = upwardsToExamples(Path.of("").toAbsolutePath());
        if (found == null) throw new IllegalStateException("no folder with examples/ above " + Path.of("").toAbsolutePath());
        return found;
    }

    /** {@code <repo>/../shared/assets}; may not exist (e.g. on a fresh clone). */
    public static Path sharedAssets() {
        return repo().resolve("../shared/assets").normalize();
    }

    private static Path upwardsToExamples(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("examples"))) return p;
        return null;
    }
}
