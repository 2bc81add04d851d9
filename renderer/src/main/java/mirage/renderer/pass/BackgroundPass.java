package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuTexture;
import mirage.scenes.model.Background;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;

/**
 * Draws a window of a background image over the whole frame (see {@link BackgroundCrop}), mirrored when asked.
 * Render state: no depth test, no depth write, no blending; writes instance id 0. GL thread only.
 */
public final class BackgroundPass implements AutoCloseable {
    private final GlProgram program = new GlProgram(ShaderProgram.BACKGROUND);
    private final int emptyVao = glCreateVertexArrays();

    public void draw(GpuTexture image, Background.Image bg, int frameWidth, int frameHeight) {
        FullFrame.begin(program, emptyVao);
        BackgroundCrop crop = BackgroundCrop.of(bg, image.width(), image.height(), frameWidth, frameHeight);
        glUniform4f(program.uniform("u_uvRect"), crop.u0(), crop.v0(), crop.width(), crop.height());
        glUniform1i(program.uniform("u_flip"), bg.flip() ? 1 : 0);
        image.bind(ShaderDefines.UNIT_BACKGROUND);
        FullFrame.drawAndEnd();
    }

    @Override
    public void close() {
        program.close();
        glDeleteVertexArrays(emptyVao);
    }
}
