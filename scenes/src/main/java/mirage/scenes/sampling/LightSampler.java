package mirage.scenes.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import mirage.scenes.model.Light;
import mirage.scenes.model.Rgb;
import mirage.scenes.spec.LightSpec;
import mirage.scenes.spec.Vec3;
import org.joml.Vector3d;
import org.joml.Vector3f;

/** Samples the lights of one light entry from its {@code lights/<j>} stream. */
final class LightSampler {
    private LightSampler() {}

    /**
     * Draws the count, then per light: intensity, colour (r, g, b), then elevation and azimuth (directional) or
     * position x, y, z (point). Radiance = colour * intensity, linear RGB.
     */
    static List<Light> sample(LightSpec spec, RandomGenerator rng) {
        int count = spec.count().sampleInt(rng);
        List<Light> lights = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float intensity = (float) spec.intensity().sample(rng);
            Rgb radiance = spec.color().sample(rng).scale(intensity);
            if (spec.type() == LightSpec.Type.DIRECTIONAL) {
                double elevation = spec.elevationDeg().sample(rng);
                double azimuth = spec.azimuthDeg().sample(rng);
                lights.add(Light.directional(travelDirection(elevation, azimuth), radiance, false));
            } else {
                Vec3 p = spec.position().sample(rng);
                lights.add(Light.point(new Vector3f((float) p.x(), (float) p.y(), (float) p.z()), radiance));
            }
        }
        return lights;
    }

    /** The unit direction the light travels in: -(cos(el) sin(az), sin(el), cos(el) cos(az)). */
    static Vector3f travelDirection(double elevationDeg, double azimuthDeg) {
        Vector3d towardsLight = OrbitCamera.direction(elevationDeg, azimuthDeg);
        return new Vector3f(towardsLight.negate().normalize());
    }
}
