package mirage.assets;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository (for the bundled examples) and the optional developer asset set (see docs/TESTING.md). */
public final class RepoPaths {
    /** System property naming the developer asset set's folder. */
    public static final String SHARED_ASSETS_PROPERTY = "mirage.shared.assets";

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

    /**
     * The developer asset set, from {@code -Dmirage.shared.assets} (surefire sets it from the environment variable
     * {@code MIRAGE_SHARED_ASSETS}); null when neither is given. The folder may still be missing.
     */
    public static Path sharedAssets() {
        String configured = System.getProperty(SHARED_ASSETS_PROPERTY);
        return configured == null || configured.isBlank() ? null : Path.of(configured).toAbsolutePath().normalize();
    }

    private static Path upwardsToExamples(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("examples"))) return p;
        return null;
    }
}
