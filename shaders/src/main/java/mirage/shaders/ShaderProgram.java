package mirage.shaders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A GLSL program shipped as classpath resources under {@code mirage/shaders/<name>/<name>.{vert,frag}}.
 * The {@code #version} line is not in the files: {@link #VERSION} is prepended as its own source string so every
 * stage targets the same GLSL version.
 *
 * @param name     program name, also its folder
 * @param uniforms uniform names the program declares (checked by a test against the sources)
 */
public record ShaderProgram(String name, List<String> uniforms) {
    public static final String VERSION = "#version 450 core\n";

    /** Lit, textured objects; writes colour and instance id. */
    public static final ShaderProgram SHADED = new ShaderProgram("shaded", List.of(
            "u_model", "u_normalMatrix", "u_viewProj", "u_baseColor", "u_useTexture", "u_planarUv", "u_planarUvScale",
            "u_useVertexColor", "u_instanceId", "u_cameraPos", "u_view", "u_ambient", "u_lightCount", "u_lightType",
            "u_lightVector", "u_lightRadiance"));

    /**
     * Full silhouettes for amodal masks: every instance ORs its bit {@code 1 << ((index - 1) % 32)} into an R32UI
     * target (logic op OR, no depth test), so one readback gives 32 overlapping masks.
     */
    public static final ShaderProgram SILHOUETTE = new ShaderProgram("silhouette", List.of("u_model", "u_viewProj", "u_bit"));

    /** A background image covering the frame; writes instance id 0. */
    public static final ShaderProgram BACKGROUND = new ShaderProgram("background", List.of("u_uvRect"));

    public static final int MAX_LIGHTS = 16;

    public ShaderProgram {
        uniforms = List.copyOf(uniforms);
    }

    public String vertexSource() {
        return read(name + "/" + name + ".vert");
    }

    public String fragmentSource() {
        return read(name + "/" + name + ".frag");
    }

    /** Resource path of a stage, for error messages. */
    public String resourcePath(String stage) {
        return "mirage/shaders/" + name + "/" + name + "." + stage;
    }

    private static String read(String relative) {
        String path = "mirage/shaders/" + relative;
        try (InputStream in = ShaderProgram.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("shader resource missing from the classpath: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shader resource " + path, e);
        }
    }
}
