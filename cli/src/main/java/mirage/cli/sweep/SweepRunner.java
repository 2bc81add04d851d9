package mirage.cli.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mirage.assets.AssetLibrary;
import mirage.cli.run.Generator;
import mirage.cli.run.InputCheck;
import mirage.core.error.MirageException;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SpecLoader;
import mirage.scenes.spec.SplitPlan;
import mirage.scenes.spec.Sweep;

/**
 * Renders a sweep: every variant's spec is bound and every asset and image they use imported before anything is
 * rendered; then each variant is rendered with the {@link Generator} into {@code OUT/<variant>/}, a full dataset
 * with the base spec's seed. A variant whose folder already holds its complete run is kept as it is; an
 * interrupted one continues (the Generator's resume). The report is rewritten after each variant.
 */
public final class SweepRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How to render each variant; the output folder is the variant's own. */
    public record Settings(Path out, boolean overwrite, mirage.renderer.egl.GlDevice device, int workers, int pngLevel,
                           boolean progress) {}

    /**
     * What the sweep did.
     *
     * @param rendered variants rendered (or continued) by this run
     * @param kept     variants that were already complete
     * @param stopped  stopped by a signal (a rerun continues)
     */
    public record Result(int variants, int rendered, int kept, boolean stopped) {}

    private SweepRunner() {}

    /**
     * @param loader the spec loader (its allowed roots confine what the variants may name)
     * @param assets the asset library every variant shares (so each model is imported once)
     */
    public static Result run(Sweep sweep, SpecLoader loader, AssetLibrary assets, Settings settings) {
        List<SceneSpec> specs = new ArrayList<>();
        for (Sweep.Variant v : sweep.variants()) specs.add(loader.load(sweep.base(), v.overrides()));
        for (SceneSpec s : specs)
            for (SplitPlan.Part part : SplitPlan.of(s).parts()) InputCheck.importAll(part.spec(), assets);
        Path out = prepare(settings.out());
        SweepReport report = new SweepReport(out, sweep, specs.get(0).seed());
        Map<String, Double> speeds = SweepReport.previousSpeeds(out);
        int rendered = 0, kept = 0;
        for (int i = 0; i < specs.size(); i++) {
            Sweep.Variant v = sweep.variants().get(i);
            Path folder = out.resolve(v.name());
            if (Generator.alreadyComplete(folder, specs.get(i))) {
                report.set(i, row(folder, speeds.get(v.name())));
                report.write();
                kept++;
                System.out.printf("%s: complete, kept%n", v.name());
                continue;
            }
            Generator.Summary s = Generator.run(specs.get(i), assets, new Generator.Options(folder, settings.overwrite(),
                    false, settings.device(), settings.workers(), settings.pngLevel(), settings.progress(), null));
            rendered++;
            report.set(i, row(folder, s.rendered() > 0 ? s.framesPerSecond() : speeds.get(v.name())));
            report.write();
            System.out.printf("%s: rendered %d frames in %.1f s (%.1f frames/s); %d annotations%n", v.name(), s.rendered(),
                    s.seconds(), s.framesPerSecond(), s.annotations());
            if (s.stopped()) return new Result(specs.size(), rendered, kept, true);
        }
        return new Result(specs.size(), rendered, kept, false);
    }

    private static Path prepare(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs) && !Files.isDirectory(abs)) throw new MirageException(abs + ": output path exists and is not a folder");
            return Files.createDirectories(abs);
        } catch (IOException e) {
            throw new MirageException(abs + ": cannot create the output folder: " + e.getMessage(), e);
        }
    }

    /** A variant's figures from its dataset.json. */
    private static SweepReport.Row row(Path folder, Double framesPerSecond) {
        try {
            JsonNode m = JSON.readTree(folder.resolve("dataset.json").toFile());
            JsonNode counts = m.path("counts");
            return new SweepReport.Row(m.path("complete").asBoolean(), m.path("frames").asInt(),
                    counts.path("instances").asLong(), counts.path("annotations").asLong(), framesPerSecond);
        } catch (IOException e) {
            throw new MirageException(folder.resolve("dataset.json") + ": cannot read: " + e.getMessage(), e);
        }
    }
}
