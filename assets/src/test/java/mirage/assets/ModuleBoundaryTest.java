package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No GL in this module, and Assimp only inside {@code mirage.assets.assimp}. */
class ModuleBoundaryTest {
    private static final Path SOURCES = RepoPaths.repo().resolve("assets/src/main/java");

    @Test
    void imports() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String text = Files.readString(f);
            String rel = SOURCES.relativize(f).toString().replace('\\', '/');
            assertFalse(text.contains("org.lwjgl.opengl") || text.contains("org.lwjgl.egl"), rel + " uses GL");
            boolean assimp = text.contains("org.lwjgl.assimp");
            assertEquals(rel.startsWith("mirage/assets/assimp/") && assimp, assimp, rel + " imports Assimp outside mirage.assets.assimp");
        }
    }
}
