package mirage.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import mirage.assets.AssetLibrary;
import mirage.renderer.Renderer;
import mirage.scenes.model.EnvironmentLight;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Light;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.RenderSpec.Antialias;
import mirage.scenes.spec.SceneSpec;

/**
 * What the realistic default scene costs against the classic one it replaced, on one GL context: every measured
 * frame index is rendered from both specs back to back, and from the realistic one again with each of its realism
 * features changed in turn (anti-aliasing on; hard shadows; and, without ambient occlusion, the rest one by one),
 * so every ratio compares figures taken moments apart. The render time is shade +
 * readback of the colour, ids, depth and normals. Poses are the sampled ones, not settled (settling runs on the
 * workers, ahead of the GL thread, and does not change what a frame costs to draw); end to end, settling included,
 * is the e2e phase's business.
 */
public final class DefaultSceneBench {
    private DefaultSceneBench() {}

    /** A variant of the realistic frame: its name and how to make it. */
    private record Variant(String name, UnaryOperator<Scene> apply) {}

    public static void run(SceneSpec classic, SceneSpec realistic, AssetLibrary classicAssets, AssetLibrary realisticAssets,
                    Renderer renderer, int warmup, int frames) {
        SceneSampler classicFrames = VariantTimes.sampler(classic, classicAssets);
        SceneSampler realisticFrames = VariantTimes.sampler(realistic, realisticAssets);
        List<Variant> variants = List.of(
                new Variant("realistic default, as specified", s -> s),
                new Variant("  with msaa4", s -> s.withAntialias(Antialias.MSAA4)),
                new Variant("  with ssaa2", s -> s.withAntialias(Antialias.SSAA2)),
                new Variant("  with hard shadows (light size 0)", s -> s.withLights(s.lights().stream().map(l -> l.withSize(0)).toList())),
                new Variant("  without ambient occlusion", s -> s.withAmbientOcclusion(null)),
                new Variant("    and without shadows", s -> s.withAmbientOcclusion(null).withLights(s.lights().stream()
                        .map(l -> new Light(l.type(), l.position(), l.direction(), l.radiance(), l.coneDeg(), l.softnessDeg(), false, 0)).toList())),
                new Variant("    and without the shadow catcher", s -> s.withAmbientOcclusion(null).withGround(null)),
                new Variant("    and without the map as background", s -> s.withAmbientOcclusion(null).withHdr(new HdrLook(s.hdr().tonemap(),
                        s.hdr().exposureEv(), new EnvironmentLight(s.hdr().environment().map(), s.hdr().environment().rotationDeg(),
                        s.hdr().environment().intensity(), false, s.hdr().environment().sun())))));
        List<String> names = new ArrayList<>(List.of("classic (classic.yaml)"));
        variants.forEach(v -> names.add(v.name()));
        VariantTimes times = new VariantTimes(names, new int[names.size()]);
        for (int i = 0; i < warmup + frames; i++) {
            long[] t = new long[names.size()];
            t[0] = VariantTimes.renderNanos(renderer, classicFrames.sample(i), classicAssets);
            Scene scene = realisticFrames.sample(i);
            for (int v = 0; v < variants.size(); v++)
                t[v + 1] = VariantTimes.renderNanos(renderer, variants.get(v).apply().apply(scene), realisticAssets);
            if (i >= warmup) times.add(t);
        }
        times.print("default scene against the classic one, render per frame");
    }
}
