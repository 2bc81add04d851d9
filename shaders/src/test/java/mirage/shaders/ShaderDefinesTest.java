package mirage.shaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mirage.core.Limits;
import org.junit.jupiter.api.Test;

class ShaderDefinesTest {
    private static final Pattern DEFINE = Pattern.compile("(?m)^#define (\\w+) (-?\\d+)$");

    @Test
    void preambleCarriesTheJavaValues() {
        assertTrue(ShaderProgram.PREAMBLE.startsWith(ShaderProgram.VERSION));
        assertTrue(ShaderProgram.PREAMBLE.contains("\n#define MAX_LIGHTS " + Limits.MAX_LIGHTS + "\n"));
        assertTrue(ShaderProgram.PREAMBLE.contains("\n#define LIGHT_SPOT " + ShaderDefines.LIGHT_SPOT + "\n"));
        assertTrue(ShaderProgram.PREAMBLE.contains("\n#define UNIT_SHADOW_MAPS " + ShaderDefines.UNIT_SHADOW_MAPS + "\n"));
        assertTrue(ShaderProgram.PREAMBLE.endsWith("\n"), "the first file starts on a line of its own");
    }

    @Test
    void noShaderFileDefinesASharedConstant() throws IOException, URISyntaxException {
        List<String> shared = names();
        for (Path f : shaderFiles()) {
            String text = Files.readString(f);
            for (String name : shared)
                assertFalse(Pattern.compile("(?m)^\\s*#\\s*define\\s+" + name + "\\b").matcher(text).find(),
                        f + " hard-codes " + name + "; it comes from ShaderDefines");
        }
    }

    private static List<String> names() {
        Matcher m = DEFINE.matcher(ShaderDefines.block());
        List<String> names = m.results().map(r -> r.group(1)).toList();
        assertEquals(ShaderDefines.block().lines().count(), names.size(), "one well-formed #define per line");
        return names;
    }

    private static List<Path> shaderFiles() throws IOException, URISyntaxException {
        Path root = Path.of(ShaderDefinesTest.class.getClassLoader().getResource("mirage/shaders/common/color.glsl").toURI())
                .getParent().getParent();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().matches(".*\\.(glsl|vert|frag)")).sorted().toList();
            assertFalse(files.isEmpty());
            return files;
        }
    }
}
