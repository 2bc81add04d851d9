package mirage.renderer.gpu;

import static org.lwjgl.opengl.GL45C.*;

import java.util.HashMap;
import java.util.Map;
import mirage.renderer.RenderException;
import mirage.shaders.ShaderProgram;

/** A linked GL program built from a {@link ShaderProgram}'s sources. Owns the GL program; GL thread only. */
public final class GlProgram implements AutoCloseable {
    private final int id;
    private final String name;
    private final Map<String, Integer> locations = new HashMap<>();

    public GlProgram(ShaderProgram program) {
        this.name = program.name();
        int vs = compile(GL_VERTEX_SHADER, program.vertexSources(), program.resourcePath("vert"));
        int fs;
        try {
            fs = compile(GL_FRAGMENT_SHADER, program.fragmentSources(), program.resourcePath("frag"));
        } catch (RenderException e) {
            glDeleteShader(vs);
            throw e;
        }
        id = glCreateProgram();
        glAttachShader(id, vs);
        glAttachShader(id, fs);
        glLinkProgram(id);
        glDeleteShader(vs);
        glDeleteShader(fs);
        if (glGetProgrami(id, GL_LINK_STATUS) != GL_TRUE) {
            String log = glGetProgramInfoLog(id);
            glDeleteProgram(id);
            throw new RenderException("shader program '" + name + "' failed to link: " + log);
        }
    }

    /** Compiles the preamble and the stage's files as consecutive source strings (logs number them from 0). */
    private static int compile(int stage, java.util.List<String> sources, String path) {
        int shader = glCreateShader(stage);
        CharSequence[] strings = new CharSequence[sources.size() + 1];
        strings[0] = ShaderProgram.PREAMBLE;
        for (int i = 0; i < sources.size(); i++) strings[i + 1] = sources.get(i);
        glShaderSource(shader, strings);
        glCompileShader(shader);
        if (glGetShaderi(shader, GL_COMPILE_STATUS) != GL_TRUE) {
            String log = glGetShaderInfoLog(shader);
            glDeleteShader(shader);
            throw new RenderException("shader " + path + " failed to compile: " + log);
        }
        return shader;
    }

    public void use() {
        glUseProgram(id);
    }

    /** Location of a uniform (or of element 0 of an array); -1 when the compiler removed it as unused. */
    public int uniform(String uniformName) {
        return locations.computeIfAbsent(uniformName, n -> glGetUniformLocation(id, n));
    }

    @Override
    public void close() {
        glDeleteProgram(id);
    }
}
