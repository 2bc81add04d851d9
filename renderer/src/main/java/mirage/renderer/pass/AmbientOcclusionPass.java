package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import mirage.core.geom.CameraIntrinsics;
import mirage.renderer.gpu.Framebuffer;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.TextureTarget;
import mirage.scenes.model.AmbientOcclusion;
import mirage.scenes.model.Ground;
import mirage.scenes.model.Scene;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;
import org.joml.Matrix4f;
import org.joml.Vector3f;

/**
 * Screen-space ambient occlusion (render.ambient_occlusion), from the labels already drawn into the frame's
 * {@link Framebuffer} (camera z and normals, single-sampled at the frame's size): ao.frag estimates each visible
 * point's occlusion from the horizons around it, blur.frag averages its 4 x 4 patterns on the same surface and turns
 * it into the visibility (1 - intensity x occlusion) that the shaded pass multiplies the indirect light by. A shadow
 * catcher writes no label, so its plane is given to the shaders (seen from above only: from below the catcher gets
 * none). Render state as the background passes ({@link FullFrame}). Owns its two targets; GL thread only.
 */
public final class AmbientOcclusionPass implements AutoCloseable {
    private final GlProgram occlusion = new GlProgram(ShaderProgram.AMBIENT_OCCLUSION);
    private final GlProgram blur = new GlProgram(ShaderProgram.AMBIENT_OCCLUSION_BLUR);
    private final int emptyVao = glCreateVertexArrays();
    private final TextureTarget raw = new TextureTarget("ambient occlusion", GL_R16F);
    private final TextureTarget visibility = new TextureTarget("ambient occlusion visibility", GL_RG32F);   // and camera z

    /**
     * Draws the frame's visibility of indirect light; returns its texture (RG32F: the visibility and the camera z it
     * holds for, at 1 / {@link ShaderDefines#AO_DOWNSAMPLE} of the frame's size, rounded up).
     *
     * @param labels the frame's labels, drawn
     */
    public int draw(Scene scene, AmbientOcclusion ao, Framebuffer labels) {
        int w = (labels.width() + ShaderDefines.AO_DOWNSAMPLE - 1) / ShaderDefines.AO_DOWNSAMPLE;
        int h = (labels.height() + ShaderDefines.AO_DOWNSAMPLE - 1) / ShaderDefines.AO_DOWNSAMPLE;
        raw.bind(w, h);
        FullFrame.begin(occlusion, emptyVao);
        surfaces(occlusion, scene, labels);
        glUniform1f(occlusion.uniform("u_radius"), ao.radius());
        FullFrame.drawAndEnd();
        visibility.bind(w, h);
        FullFrame.begin(blur, emptyVao);
        surfaces(blur, scene, labels);
        glUniform1f(blur.uniform("u_intensity"), (float) ao.intensity());
        glBindTextureUnit(ShaderDefines.UNIT_AO_OCCLUSION, raw.texture());
        FullFrame.drawAndEnd();
        return visibility.texture();
    }

    /** The uniforms and textures of ao/surfaces.glsl. */
    private static void surfaces(GlProgram program, Scene scene, Framebuffer labels) {
        CameraIntrinsics k = scene.intrinsics();
        glUniform4f(program.uniform("u_intrinsics"), (float) k.fx(), (float) k.fy(), (float) k.cx(), (float) k.cy());
        glUniform1f(program.uniform("u_far"), scene.far());
        float[] plane = catcherPlane(scene);
        glUniform1i(program.uniform("u_catcher"), plane != null ? 1 : 0);
        if (plane != null) glUniform4f(program.uniform("u_catcherPlane"), plane[0], plane[1], plane[2], plane[3]);
        glBindTextureUnit(ShaderDefines.UNIT_AO_DEPTH, labels.depthTexture());
        glBindTextureUnit(ShaderDefines.UNIT_AO_NORMAL, labels.normalTexture());
    }

    /**
     * The shadow catcher's top face in OpenCV camera space: the unit up normal and the camera's height above it; null
     * without a catcher or with the camera at or below it.
     */
    static float[] catcherPlane(Scene scene) {
        Ground g = scene.ground();
        if (g == null || !g.shadowCatcher()) return null;
        Matrix4f worldToCamera = new Matrix4f(scene.worldToCamera());
        Vector3f eye = worldToCamera.invert(new Matrix4f()).getTranslation(new Vector3f());
        float above = eye.y - g.height();
        if (!(above > 0)) return null;
        Vector3f up = worldToCamera.transformDirection(new Vector3f(0, 1, 0)).normalize();
        return new float[] {up.x, up.y, up.z, above};
    }

    /** GL objects of its targets (0 until first used). */
    public int glObjectCount() {
        return raw.glObjectCount() + visibility.glObjectCount();
    }

    @Override
    public void close() {
        raw.close();
        visibility.close();
        occlusion.close();
        blur.close();
        glDeleteVertexArrays(emptyVao);
    }
}
