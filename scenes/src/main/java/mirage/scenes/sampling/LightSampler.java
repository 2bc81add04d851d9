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

/** Samples the lights of one light entry from its {@code lights/<j>} stream and their sizes from {@code lights/<j>/size}. */
final class LightSampler {
    private LightSampler() {}

    /**
     * Draws the count, then per light: intensity, colour (r, g, b; or h, s, v; or the temperature), then
     * elevation and azimuth (directional), position x, y, z (point), or position x, y, z, target x, y, z, cone and
     * softness (spot). Radiance = colour * intensity, linear RGB. Each light's size is drawn in turn from
     * {@code sizes}, a stream of its own, so the other draws are those of a spec without sizes.
     */
    static List<Light> sample(LightSpec spec, RandomGenerator rng, RandomGenerator sizes) {
        int count = spec.count().sampleInt(rng);
        List<Light> lights = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float intensity = (float) spec.intensity().sample(rng);
            Rgb radiance = color(spec, rng).scale(intensity);
            Light light = switch (spec.type()) {
                case DIRECTIONAL -> {
                    double elevation = spec.elevationDeg().sample(rng);
                    double azimuth = spec.azimuthDeg().sample(rng);
                    yield Light.directional(travelDirection(elevation, azimuth), radiance, spec.shadows());
                }
                case POINT -> Light.point(vector(spec.position().sample(rng)), radiance, spec.shadows());
                case SPOT -> spot(spec, radiance, rng);
            };
            lights.add(light.withSize((float) spec.sizeOrDefault().sample(sizes)));
        }
        return lights;
    }

    private static Rgb color(LightSpec spec, RandomGenerator rng) {
        if (spec.temperatureK() != null) return Kelvin.toRgb(spec.temperatureK().sample(rng));
        return ColorSampler.sample(spec.color(), rng);
    }

    private static Light spot(LightSpec spec, Rgb radiance, RandomGenerator rng) {
        Vector3f position = vector(spec.position().sample(rng));
        Vector3f target = vector(spec.target().sample(rng));
        // a double cone just inside (0, 90) can round to a float on the bound, which the model refuses
        float cone = Math.min(Floats.positive(spec.coneDeg().sample(rng)), Math.nextDown(90f));
        float softness = Math.min(cone, (float) spec.softnessDeg().sample(rng));
        return Light.spot(position, spotDirection(position, target), radiance, cone, softness, spec.shadows());
    }

    /**
     * The unit direction from {@code position} to {@code target}; straight down (-Y) in the measure-zero case that
     * a position and a target drawn from overlapping boxes coincide.
     */
    static Vector3f spotDirection(Vector3f position, Vector3f target) {
        Vector3f d = target.sub(position, new Vector3f());
        float length = d.length();
        return length > 1e-6f ? d.div(length) : new Vector3f(0, -1, 0);
    }

    /** The unit direction the light travels in: -(cos(el) sin(az), sin(el), cos(el) cos(az)). */
    static Vector3f travelDirection(double elevationDeg, double azimuthDeg) {
        Vector3d towardsLight = OrbitCamera.direction(elevationDeg, azimuthDeg);
        return new Vector3f(towardsLight.negate().normalize());
    }

    private static Vector3f vector(Vec3 v) {
        return new Vector3f((float) v.x(), (float) v.y(), (float) v.z());
    }
}
