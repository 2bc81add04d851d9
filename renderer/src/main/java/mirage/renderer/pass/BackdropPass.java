package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import mirage.assets.AssetSource;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuResources;
import mirage.scenes.model.Background;
import mirage.shaders.ShaderProgram;

/**
 * Draws a textured background (see {@link Background.Texture}): the material's surface across the frame, unlit, at
 * u = column / width, v = row / width after its UV transform. Render state as {@link BackgroundPass}; writes
 * instance id 0. GL thread only.
 */
public final class BackdropPass implements AutoCloseable {
    private final GlProgram program = new GlProgram(ShaderProgram.BACKDROP);
    private final SurfaceUniforms surface = new SurfaceUniforms(program);
    private final int emptyVao = glCreateVertexArrays();

    public void draw(Background.Texture bg, int frameWidth, int frameHeight, GpuResources gpu, AssetSource assets) {
        FullFrame.begin(program, emptyVao);
        glUniform2f(program.uniform("u_frameSize"), frameWidth, frameHeight);
        surface.uvTransform(bg.material().uv());
        surface.surface(bg.material().surface(), null, null, false, gpu, assets);
        FullFrame.drawAndEnd();
    }

    @Override
    public void close() {
        program.close();
        glDeleteVertexArrays(emptyVao);
    }
}
