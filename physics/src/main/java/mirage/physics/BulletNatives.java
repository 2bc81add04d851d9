package mirage.physics;

import com.jme3.bullet.util.NativeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import mirage.core.error.MirageException;

/**
 * Loads Libbulletjme's native library (Bullet and V-HACD, single precision, release build) once per JVM.
 *
 * <p>Libbulletjme's own loader writes into a fixed folder and logs; instead the library is copied from its
 * classpath resource to a new private temp file ({@link Files#createTempFile}: a unique name, owner-only
 * permissions, so JVMs starting at once never share or truncate each other's copy), loaded with
 * {@link System#load}, and deleted at once (Linux keeps the mapping; {@code deleteOnExit} covers a failed delete).
 * The native start-up banner (a {@code printf} on stdout) is turned off before the first call that would print it,
 * and Libbulletjme's {@code java.util.logging} loggers are raised to SEVERE: the CLI's stdout and stderr are parsed.
 */
public final class BulletNatives {
    static final String RESOURCE = "native/linux/x86_64/libbulletjme.so";
    /** Held strongly: a logger's level is lost when nothing references it. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("com.jme3"), Logger.getLogger("vhacd"),
            Logger.getLogger("vhacd4"), Logger.getLogger("jme3utilities"));
    private static boolean loaded;

    private BulletNatives() {}

    /** Loads the library unless this JVM already has; thread-safe. */
    public static synchronized void load() {
        if (loaded) return;
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64")))
            throw new MirageException("physics needs linux x86-64 (Bullet's native library is built for it only); this is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        for (Logger l : QUIET) l.setLevel(Level.SEVERE);
        Path file = null;
        try (InputStream in = BulletNatives.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new MirageException("Bullet's native library " + RESOURCE + " is not on the classpath "
                        + "(the Libbulletjme-Linux64 SpRelease jar is missing)");
            file = Files.createTempFile("mirage-bulletjme-", ".so");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.load(file.toAbsolutePath().toString());
        } catch (IOException | UnsatisfiedLinkError e) {
            throw new MirageException("cannot load Bullet's native library: " + e.getMessage(), e);
        } finally {
            if (file != null) delete(file);
        }
        NativeLibrary.setStartupMessageEnabled(false);
        loaded = true;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
