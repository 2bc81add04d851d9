package mirage.shaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShaderProgramTest {
    /** A uniform declaration: its type, then its name. */
    private static final Pattern UNIFORM = Pattern.compile("uniform\\s+(\\w+)\\s+(u_\\w+)");

    @Test
    void declaredUniformsAreExactlyThoseInTheSources() {
        for (ShaderProgram p : ShaderProgram.ALL) {
            TreeSet<String> inSources = new TreeSet<>();
            Matcher m = UNIFORM.matcher(p.vertexSource() + "\n" + p.fragmentSource());
            while (m.find()) if (!m.group(1).matches("[iu]?sampler\\w*")) inSources.add(m.group(2));   // samplers: bound by unit
            assertEquals(inSources, new TreeSet<>(p.uniforms()), p.name() + ": declared uniforms vs sources (samplers aside)");
        }
    }

    @Test
    void sourcesLeaveThePreambleToTheLoader() {
        for (ShaderProgram p : ShaderProgram.ALL) {
            assertFalse(p.vertexSource().contains("#version"), p.resourcePath("vert"));
            assertFalse(p.fragmentSource().contains("#version"), p.resourcePath("frag"));
        }
    }

    @Test
    void framePassesWriteEveryFrameTarget() {
        for (ShaderProgram p : List.of(ShaderProgram.SHADED, ShaderProgram.BACKGROUND, ShaderProgram.BACKDROP))
            for (String out : List.of("location = TARGET_COLOR) out vec4 o_color", "location = TARGET_INSTANCE) out uint o_instance",
                    "location = TARGET_DEPTH) out float o_depth", "location = TARGET_NORMAL) out vec4 o_normal"))
                assertTrue(p.fragmentSource().contains("layout(" + out), p.name() + " writes " + out);
    }

    /** Background passes label nothing: their pixels are background in every mask. */
    @Test
    void backgroundPassesWriteInstanceZero() {
        for (ShaderProgram p : List.of(ShaderProgram.BACKGROUND, ShaderProgram.BACKDROP))
            assertTrue(p.fragmentSource().contains("o_instance = 0u;"), p.name());
    }


    /** The shaded and silhouette passes must rasterise identical positions, so amodal masks contain visible ones. */
    @Test
    void shadedAndSilhouetteShareAnInvariantTransform() {
        for (ShaderProgram p : List.of(ShaderProgram.SHADED, ShaderProgram.SILHOUETTE, ShaderProgram.COVERAGE_IDS)) {
            String vs = p.vertexSource();
            assertTrue(vs.contains("invariant gl_Position;"), p.name());
            assertTrue(vs.contains("vec4 world = u_model * vec4(a_position, 1.0);"), p.name());
            assertTrue(vs.contains("gl_Position = u_viewProj * world;"), p.name());
        }
    }

    @Test
    void stagesListTheirFilesInCompileOrder() {
        assertEquals("mirage/shaders/silhouette/silhouette.vert", ShaderProgram.SILHOUETTE.resourcePath("vert"));
        List<String> frag = ShaderProgram.SHADED.fragmentFiles();
        assertEquals("shaded/shaded.frag", frag.get(frag.size() - 1), "the program's own file comes last");
        assertEquals(frag.size(), ShaderProgram.SHADED.fragmentSources().size());
    }
}
