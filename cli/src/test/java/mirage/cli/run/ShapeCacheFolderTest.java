package mirage.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShapeCacheFolderTest {
    @Test
    void mirageCacheDirWinsThenXdgThenHome() {
        assertEquals(Path.of("/c/shapes"), ShapeCacheFolder.resolve(Map.of("MIRAGE_CACHE_DIR", "/c", "XDG_CACHE_HOME", "/x"), "/h"));
        assertEquals(Path.of("/x/mirage/shapes"), ShapeCacheFolder.resolve(Map.of("XDG_CACHE_HOME", "/x"), "/h"));
        assertEquals(Path.of("/h/.cache/mirage/shapes"), ShapeCacheFolder.resolve(Map.of("XDG_CACHE_HOME", "relative"), "/h"));
        assertEquals(Path.of("/h/.cache/mirage/shapes"), ShapeCacheFolder.resolve(Map.of(), "/h"));
    }

    @Test
    void offKeepsNothing() {
        assertNull(ShapeCacheFolder.resolve(Map.of("MIRAGE_CACHE_DIR", "off"), "/h"));
        assertNull(ShapeCacheFolder.resolve(Map.of(), null));
    }
}
