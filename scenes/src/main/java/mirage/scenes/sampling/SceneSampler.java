package mirage.scenes.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.nio.file.Path;
import mirage.core.geom.EnvironmentSun;
import mirage.scenes.model.AmbientOcclusion;
import mirage.scenes.model.Background;
import mirage.scenes.model.EnvironmentLight;
import mirage.scenes.model.Ground;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Light;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.spec.AmbientOcclusionSpec;
import mirage.scenes.spec.Distribution;
import mirage.scenes.spec.EnvironmentSpec;
import mirage.scenes.spec.GroundSpec;
import mirage.scenes.spec.LightSpec;
import mirage.scenes.spec.SceneSpec;
import org.joml.Matrix3f;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;

/**
 * Turns a {@link SceneSpec} into the {@link Scene} of any frame. Pure and deterministic: frame i's values come only
 * from {@code Seeds.derive(spec.seed(), i, path)}, with one stream per concern (see {@link SamplerPaths}), so any
 * frame can be sampled alone, in any order, on any thread, and changing one knob moves nothing else.
 *
 * <p>Instances: object entries in spec order, each repeated its sampled count times (or as {@code class_balance}
 * chooses), numbered 1, 2, ...; then distractors, placed after the instances, and occluders. Thread-safe once built
 * (it holds only immutable state).
 */
public final class SceneSampler {
    private final SceneSpec spec;
    private final CameraSampler camera;
    private final InstanceSampler instances;
    private final PropSampler props;
    private final EnvironmentSuns suns;

    /**
     * @param spec   the validated spec
     * @param bounds bounds of each imported asset (file units); asked once per object entry and per model of a
     *               distractor or occluder asset folder, here
     */
    public SceneSampler(SceneSpec spec, AssetBounds bounds) {
        this(spec, bounds, 0);
    }

    /**
     * A sampler for a run whose frames are {@code firstFrame .. firstFrame + spec.frames() - 1} (a split's global
     * frame indices): {@code class_balance.targets} are dealt out over those frames.
     */
    public SceneSampler(SceneSpec spec, AssetBounds bounds, int firstFrame) {
        this(spec, bounds, firstFrame, EnvironmentSuns.NONE);
    }

    /** Like {@link #SceneSampler(SceneSpec, AssetBounds, int)}, with the maps' suns for {@code environment.sun}. */
    public SceneSampler(SceneSpec spec, AssetBounds bounds, int firstFrame, EnvironmentSuns suns) {
        if (firstFrame < 0) throw new IllegalArgumentException("first frame must be >= 0, got " + firstFrame);
        this.spec = spec;
        this.camera = new CameraSampler(spec.camera(), spec.image());
        this.instances = new InstanceSampler(spec, bounds, firstFrame);
        this.props = new PropSampler(spec, bounds);
        this.suns = suns;
    }

    /**
     * The scene of frame {@code frameIndex} (0-based, &gt;= 0; frames past the spec's count are allowed, except with
     * {@code class_balance.targets}, which are dealt out over the run's frames only).
     *
     * @throws mirage.core.error.MirageException when collision-free placement fails with {@code on_failure: error}
     */
    public Scene sample(int frameIndex) {
        return sampleWithReport(frameIndex).scene();
    }

    /** Like {@link #sample}, with the frame's placement report (which objects were dropped, how many redraws). */
    public FrameSample sampleWithReport(int frameIndex) {
        if (frameIndex < 0) throw new IllegalArgumentException("frame index must be >= 0, got " + frameIndex);
        CameraSampler.Sample cam = camera.sample(rng(frameIndex, SamplerPaths.CAMERA));
        Placer placer = new Placer(spec.placement(), frameIndex, () -> rng(frameIndex, SamplerPaths.PHYSICS));
        InstanceSampler.Placed placed = instances.sample(frameIndex, placer);
        List<Prop> props = props(frameIndex, placer, cam.worldToCamera(), placed.centers());
        List<Integer> binProps = new ArrayList<>();
        if (spec.placement().physics() != null && spec.placement().physics().bin() != null) {
            for (Prop wall : BinProps.of(spec.placement().physics().bin(), rng(frameIndex, SamplerPaths.PHYSICS_BIN))) {
                binProps.add(props.size());
                props.add(wall);
            }
        }
        HdrLook hdr = hdr(frameIndex);
        List<Light> lights = lights(frameIndex);
        if (hdr != null && hdr.environment() != null && hdr.environment().sun() != null) lights.add(sunLight(hdr.environment()));
        Scene scene = new Scene(frameIndex, cam.intrinsics(), new Matrix4f(cam.worldToCamera()),
                spec.camera().near().floatValue(), spec.camera().far().floatValue(), placed.instances(), props,
                lights, ambient(frameIndex), background(frameIndex), effects(frameIndex), cam.draw(), hdr,
                spec.renderOrDefault().antialiasOrDefault(), ground(frameIndex), ambientOcclusion(frameIndex));
        return new FrameSample(scene, placer.report(), placer.drop(binProps));
    }

    private Rgb ambient(int frameIndex) {
        float ambient = (float) spec.ambient().sample(rng(frameIndex, SamplerPaths.AMBIENT));
        return new Rgb(ambient, ambient, ambient);
    }

    /** The frame's HDR pipeline, or null when the spec does not ask for it: exposure and environment, each on its own stream. */
    private HdrLook hdr(int frameIndex) {
        if (!spec.hdr()) return null;
        Distribution ev = spec.camera().exposureEv();
        double exposure = ev == null ? 0 : ev.sample(rng(frameIndex, SamplerPaths.EXPOSURE));
        EnvironmentLight environment = null;
        EnvironmentSpec env = spec.environment();
        if (env != null) {
            RandomGenerator rng = rng(frameIndex, SamplerPaths.ENVIRONMENT);
            List<Path> maps = env.hdriFolder().images();
            Path map = MaterialSampler.pick(maps, rng);
            double rotation = env.rotationDeg().sample(rng);
            double intensity = env.intensity().sample(rng);
            EnvironmentLight.Sun sun = null;
            if (env.sun() != null) {   // drawn after the map's own values, so adding a sun moves none of them
                EnvironmentSun s = suns.sunOf(map);
                sun = new EnvironmentLight.Sun(new Vector3f((float) s.x(), (float) s.y(), (float) s.z()).normalize(),
                        new Rgb((float) s.red(), (float) s.green(), (float) s.blue()), env.sun().intensity().sample(rng),
                        env.sun().size().sample(rng));
            }
            environment = new EnvironmentLight(map, rotation, intensity, env.visible(), sun);
        }
        return new HdrLook(spec.renderOrDefault().tonemapOrDefault(), exposure, environment);
    }

    /** The frame's ambient occlusion, or null without {@code render.ambient_occlusion}: its intensity on its own stream. */
    private AmbientOcclusion ambientOcclusion(int frameIndex) {
        AmbientOcclusionSpec ao = spec.renderOrDefault().ambientOcclusion();
        if (ao == null) return null;
        double intensity = ao.intensity().sample(rng(frameIndex, SamplerPaths.AMBIENT_OCCLUSION));
        return new AmbientOcclusion(ao.radius().floatValue(), intensity);
    }

    /** The frame's ground, or null without {@code ground}: height, then material, on its own stream. */
    private Ground ground(int frameIndex) {
        GroundSpec g = spec.ground();
        if (g == null) return null;
        RandomGenerator rng = rng(frameIndex, SamplerPaths.GROUND);
        float height = (float) g.height().sample(rng);
        return new Ground(height, g.shadowCatcher() ? null : MaterialSampler.sample(g.material(), rng));
    }

    private Background background(int frameIndex) {
        return BackgroundSampler.sample(spec.background(), rng(frameIndex, SamplerPaths.BACKGROUND));
    }

    private SensorEffects effects(int frameIndex) {
        return EffectsSampler.sample(spec.effects(), rng(frameIndex, SamplerPaths.EFFECTS));
    }

    /** Distractors (placed after the instances, sharing the placer), then occluders. */
    private List<Prop> props(int frameIndex, Placer placer, Matrix4d worldToCamera, List<Vector3d> instanceCenters) {
        List<Prop> out = new ArrayList<>(props.distractors(frameIndex, placer));
        out.addAll(props.occluders(frameIndex, worldToCamera, instanceCenters));
        return out;
    }

    private List<Light> lights(int frameIndex) {
        List<Light> out = new ArrayList<>();
        for (int j = 0; j < spec.lights().size(); j++) {
            LightSpec l = spec.lights().get(j);
            out.addAll(LightSampler.sample(l, rng(frameIndex, SamplerPaths.lights(j)), rng(frameIndex, SamplerPaths.lightSizes(j))));
        }
        return out;
    }

    /**
     * The directional light standing in for the map's sun: it travels from the sun's direction turned with the map
     * (about +Y by rotation_deg, as the renderer turns the map), its radiance the drawn intensity times the sun
     * patch's colour. It casts shadows.
     */
    private static Light sunLight(EnvironmentLight env) {
        EnvironmentLight.Sun sun = env.sun();
        Vector3f toSun = new Matrix3f().rotationY((float) Math.toRadians(env.rotationDeg())).transform(new Vector3f(sun.mapDirection()));
        float k = (float) sun.intensity();
        return Light.directional(toSun.negate().normalize(), new Rgb(sun.color().r() * k, sun.color().g() * k, sun.color().b() * k), true)
                .withSize((float) sun.sizeDeg());
    }

    private RandomGenerator rng(int frameIndex, String path) {
        return SamplerPaths.rng(spec.seed(), frameIndex, path);
    }
}
