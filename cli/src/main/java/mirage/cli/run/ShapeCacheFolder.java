package mirage.cli.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where runs keep V-HACD decompositions between runs (they take seconds per asset; a hull or box takes
 * milliseconds and is not kept): {@code $MIRAGE_CACHE_DIR/shapes}, else {@code $XDG_CACHE_HOME/mirage/shapes}, else
 * {@code ~/.cache/mirage/shapes}; {@code MIRAGE_CACHE_DIR=off} keeps nothing. Files are named by the SHA-256 of the
 * model's geometry and the decomposition's parameters, so an edited model or another Mirage version never reads a
 * stale entry, and a cached decomposition is the one a fresh build gives: outputs do not depend on the cache.
 */
public final class ShapeCacheFolder {
    private ShapeCacheFolder() {}

    /** The folder from the process environment and {@code user.home}, or null for none. */
    public static Path fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Map<String, String> env, String home) {
        String own = env.get("MIRAGE_CACHE_DIR");
        if (own != null && !own.isBlank()) return own.equals("off") ? null : Path.of(own).resolve("shapes");
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "mirage", "shapes");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "mirage", "shapes");
    }
}
