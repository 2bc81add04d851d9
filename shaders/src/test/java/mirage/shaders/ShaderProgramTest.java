package mirage.shaders;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShaderProgramTest {
    private static final List<ShaderProgram> ALL = List.of(ShaderProgram.SHADED, ShaderProgram.BACKGROUND, ShaderProgram.SILHOUETTE);

    @Test
    void everyDeclaredUniformAppearsInTheSources() {
        for (ShaderProgram p : ALL) {
            String all = p.vertexSource() + p.fragmentSource();
            for (String u : p.uniforms())
                assertTrue(Pattern.compile("uniform\\s+\\w+\\s+" + u + "\\b").matcher(all).find(),
                        p.name() + " declares " + u + " but no stage has it");
        }
    }

    @Test
    void sourcesLeaveTheVersionLineToTheLoader() {
        for (ShaderProgram p : ALL) {
            assertFalse(p.vertexSource().contains("#version"), p.resourcePath("vert"));
            assertFalse(p.fragmentSource().contains("#version"), p.resourcePath("frag"));
        }
    }

    @Test
    void framePassesWriteTheInstanceIdTarget() {
        for (ShaderProgram p : List.of(ShaderProgram.SHADED, ShaderProgram.BACKGROUND))
            assertTrue(p.fragmentSource().contains("layout(location = 1) out uint o_instance"), p.name());
    }

    @Test
    void shadedMaxLightsMatchesTheShader() {
        assertTrue(ShaderProgram.SHADED.fragmentSource().contains("#define MAX_LIGHTS " + ShaderProgram.MAX_LIGHTS));
    }
}
