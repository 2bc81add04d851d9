package mirage.renderer;

import mirage.core.frame.RenderedFrame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.Primitive;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Background;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/**
 * A spot light on a wall facing the camera. Each pixel's wall point is found by ray casting; its angle from the
 * spot's axis decides: outside the cone only ambient light, inside (cone - softness) the full inverse-square GGX
 * value computed in {@link Shading}, in between the smoothstep fade.
 */
class SpotLightRenderTest {
    static final int W = 96, H = 72;
    static final CameraIntrinsics K = new CameraIntrinsics(W, H, 80.3, 80.3, 47.21, 35.37);
    static final Matrix4d WALL = new Matrix4d().translation(0, 0, 4).scale(6, 6, 0.1);   // front face z = 3.95
    static final double[] LIGHT = {0.2, -0.1, 1.0};
    static final Vector3f AXIS = new Vector3f(0.05f, 0.02f, 1f).normalize();
    static final float CONE = 15, SOFTNESS = 5;
    static final double INTENSITY = 8, AMBIENT = 0.1;
    static final Rgb BASE = new Rgb(0.7f, 0.6f, 0.5f);

    @Test
    void outsideTheConeIsAmbientOnlyAndInsideIsTheAnalyticValue() {
        Prop wall = new Prop(Prop.Role.DISTRACTOR, null, Primitive.CUBE, new Matrix4f(WALL), Material.of(new Material.Surface.BaseColor(BASE)));
        Light spot = Light.spot(new Vector3f((float) LIGHT[0], (float) LIGHT[1], (float) LIGHT[2]), AXIS,
                new Rgb((float) INTENSITY, (float) INTENSITY, (float) INTENSITY), CONE, SOFTNESS, false);
        float amb = (float) AMBIENT;
        Scene s = new Scene(0, K, new Matrix4f(), 0.1f, 50f, List.of(), List.of(wall), List.of(spot), new Rgb(amb, amb, amb),
                new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null);
        RenderedFrame f;
        try (Renderer r = Renderer.open(GlDevice.AUTO)) {
            f = r.render(s, new TestAssets(Map.of()));
        }
        double[] base = Shading.linear(BASE.r(), BASE.g(), BASE.b());
        double[] n = {0, 0, -1};
        double[] axis = {AXIS.x, AXIS.y, AXIS.z};
        int outside = 0, inside = 0, fading = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                Rays.Ray ray = Rays.pixel(K, new Matrix4d(), u, v);
                Vector3d p = ray.at(Rays.box(WALL, ray));
                double[] point = {p.x, p.y, p.z};
                double[] fromLight = Shading.sub(point, LIGHT);
                double dist2 = Shading.dot(fromLight, fromLight);
                double theta = Math.toDegrees(Math.acos(Shading.dot(Shading.normalize(fromLight), axis)));
                double[] expected = {AMBIENT * base[0], AMBIENT * base[1], AMBIENT * base[2]};
                int tolerance;
                if (theta > CONE + 0.3) {
                    tolerance = 1;
                    outside++;
                } else {
                    double[] toLight = Shading.normalize(Shading.sub(LIGHT, point));
                    double[] toEye = Shading.normalize(new double[] {-p.x, -p.y, -p.z});
                    double[] brdf = Shading.brdfTimesPi(n, toEye, toLight, base, Material.DEFAULT_ROUGHNESS, 0);
                    double strength = INTENSITY / dist2 * Shading.dot(n, toLight) * Shading.spot(theta, CONE, SOFTNESS);
                    for (int c = 0; c < 3; c++) expected[c] += strength * brdf[c];
                    if (theta < CONE - SOFTNESS - 0.3) {
                        tolerance = 2;
                        inside++;
                    } else if (theta > CONE - SOFTNESS + 0.3 && theta < CONE - 0.3) {
                        tolerance = 3;   // the fade's slope across the pixel's float rounding
                        fading++;
                    } else {
                        continue;        // within 0.3 degrees of where the fade starts or ends
                    }
                }
                Shading.assertRgb(Shading.rgbOf(expected), f.color().rgb(u, v), tolerance,
                        "pixel " + u + "," + v + " at " + String.format("%.2f", theta) + " deg");
            }
        assertTrue(outside > 500 && inside > 300 && fading > 200, outside + " outside, " + inside + " inside, " + fading + " fading");
    }
}
