package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuModel;
import mirage.renderer.gpu.ShadowMaps;
import mirage.scenes.model.Light;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryStack;

/**
 * Draws the shadow maps of a frame: for every light that casts shadows (one map for a directional or spot light, six
 * for a point light's cube), the depth of every
 * drawn object (instances and props) as the light sees it, fitted to the bounding sphere of all of them. Render
 * state: depth test LESS with depth write, no colour, culling off (open meshes cast too), slope-scaled polygon offset
 * (the depth bias against self-shadowing). Shadows only dim light in the shaded pass: no label comes from here.
 * Owns its program and maps; GL thread only.
 */
public final class ShadowPass implements AutoCloseable {
    /** Polygon offset: depth slope factor and constant units added to every depth written. */
    static final float SLOPE_BIAS = 2.5f;
    static final float CONSTANT_BIAS = 2f;

    private final GlProgram program = new GlProgram(ShaderProgram.SHADOW);
    private final ShadowMaps maps = new ShadowMaps();

    /** Per light of a frame: its shadow layer and view, or none. */
    public final class Shadows {
        private final int[] layers;
        private final LightView[] views;

        private Shadows(int lights) {
            layers = new int[lights];
            views = new LightView[lights];
            Arrays.fill(layers, -1);
        }

        /** The map layer of light i, or -1 when it casts no shadow this frame. */
        public int layer(int light) {
            return layers[light];
        }

        /** The view of light i, or null when it casts no shadow this frame. */
        public LightView view(int light) {
            return views[light];
        }

        /** Binds the maps for sampling when any light has one: compared at {@code unit}, plain depths at {@code depthsUnit}. */
        public void bind(int unit, int depthsUnit) {
            if (Arrays.stream(layers).anyMatch(l -> l >= 0)) {
                maps.bind(unit);
                maps.bindDepths(depthsUnit);
            }
        }
    }

    /** Draws a map per shadow-casting light; leaves the shadow framebuffer bound. */
    public Shadows render(List<Light> lights, List<Drawable> drawables) {
        LightUniforms.requireSupported(lights);
        Shadows shadows = new Shadows(lights.size());
        BoundingSphere.Builder bounds = new BoundingSphere.Builder();
        for (Drawable d : drawables) bounds.add(d.model().bounds(), d.modelToWorld());
        BoundingSphere scene = bounds.build();
        if (scene == null) return shadows;   // nothing drawn, nothing to shadow
        List<Integer> casting = new ArrayList<>();
        int layersNeeded = 0;
        for (int i = 0; i < lights.size(); i++)
            if (lights.get(i).castsShadows()) {
                casting.add(i);
                layersNeeded += layers(lights.get(i));
            }
        if (casting.isEmpty()) return shadows;
        maps.reserve(layersNeeded);
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LESS);
        glDepthMask(true);
        glDisable(GL_BLEND);
        glDisable(GL_CULL_FACE);
        glEnable(GL_POLYGON_OFFSET_FILL);
        glPolygonOffset(SLOPE_BIAS, CONSTANT_BIAS);
        program.use();
        glVertexAttrib2f(ShaderDefines.ATTRIB_UV, 0f, 0f);              // as in the shaded pass
        glVertexAttrib4f(ShaderDefines.ATTRIB_COLOR, 1f, 1f, 1f, 1f);
        try {
            int layer = 0;
            for (int i : casting) {
                Light light = lights.get(i);
                LightView view = switch (light.type()) {
                    case SPOT -> LightView.spot(light.position(), light.direction(), light.coneDeg(), scene, ShadowMaps.SIZE);
                    case POINT -> LightView.pointProjection(light.position(), scene, ShadowMaps.SIZE);
                    case DIRECTIONAL -> LightView.directional(light.direction(), scene, ShadowMaps.SIZE);
                };
                shadows.layers[i] = layer;
                shadows.views[i] = view;
                for (int face = 0; face < layers(light); face++) {
                    Matrix4f viewProj = light.type() == Light.Type.POINT
                            ? LightView.pointFace(light.position(), face, view) : new Matrix4f(view.viewProj());
                    drawLayer(layer++, viewProj, drawables);
                }
            }
        } finally {
            glDisable(GL_POLYGON_OFFSET_FILL);
        }
        return shadows;
    }

    /** Map layers a light needs: six for a point light (a cube), else one. */
    private static int layers(Light light) {
        return light.type() == Light.Type.POINT ? ShadowMaps.CUBE_FACES : 1;
    }

    private void drawLayer(int layer, Matrix4f viewProj, List<Drawable> drawables) {
        maps.bindLayer(layer);
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(program.uniform("u_viewProj"), false, viewProj.get(stack.mallocFloat(16)));
        }
        for (Drawable d : drawables) draw(d.model(), d);
    }

    private void draw(GpuModel model, Drawable d) {
        try (MemoryStack stack = stackPush()) {
            glUniformMatrix4fv(program.uniform("u_model"), false, d.modelToWorld().get(stack.mallocFloat(16)));
        }
        for (GpuModel.Part part : model.parts()) {
            MaterialMaps.alpha(program, d.material(), part);
            part.mesh().draw();
        }
    }

    /** GL objects of the maps (texture and framebuffer), for leak checks. */
    public int glObjectCount() {
        return maps.glObjectCount();
    }

    @Override
    public void close() {
        maps.close();
        program.close();
    }
}
