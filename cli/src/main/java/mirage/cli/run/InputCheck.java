package mirage.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Set;
import mirage.assets.AssetLibrary;
import mirage.assets.HdrFiles;
import mirage.assets.Model;
import mirage.core.error.MirageException;
import mirage.scenes.spec.DistractorSpec;
import mirage.scenes.spec.ObjectSpec;
import mirage.scenes.spec.SceneSpec;

/**
 * Imports every model and checks every image a spec can use (header, limits, complete data; see
 * {@link AssetLibrary#checkImage}) and every environment map (header and limits, {@link HdrFiles#check}), before anything is written: a broken asset fails the run up front with a message
 * naming the file, never half-way through. The library keeps the models; images are decoded when a frame needs them,
 * into its bounded cache, so the check's memory does not grow with the number of images. Ctrl-C or SIGTERM during
 * the check quits at once with exit status 130.
 */
public final class InputCheck {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mirage-import");
        t.setDaemon(true);
        return t;
    });

    private InputCheck() {}

    private static Model join(CompletableFuture<Model> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** What the check loaded. */
    public record Counts(int models, int images, long triangles) {}

    /** The files a spec reads: its models and its images, each once, in spec order. */
    public record Inputs(Set<Path> models, Set<Path> images, Set<Path> environmentMaps) {}

    public static Inputs inputs(SceneSpec spec) {
        Set<Path> models = new LinkedHashSet<>();
        Set<Path> images = new LinkedHashSet<>();
        for (ObjectSpec o : spec.objects()) {
            models.add(o.asset().path());
            images.addAll(o.material().images());
        }
        images.addAll(spec.background().images());
        for (DistractorSpec d : spec.distractors()) {
            if (d.assetFolder() != null) models.addAll(d.assetFolder().models());
            images.addAll(d.material().images());
        }
        if (spec.occluders() != null) {
            if (spec.occluders().assetFolder() != null) models.addAll(spec.occluders().assetFolder().models());
            images.addAll(spec.occluders().material().images());
        }
        if (spec.ground() != null && spec.ground().material() != null) images.addAll(spec.ground().material().images());
        Set<Path> maps = new LinkedHashSet<>();
        if (spec.environment() != null) maps.addAll(spec.environment().hdriFolder().images());
        return new Inputs(models, images, maps);
    }

    /**
     * Refuses an output folder that holds one of the spec's inputs (a model or an image, e.g. a background folder
     * beside the spec rendered with {@code --out .}): its run would mix with them, and {@code --overwrite} could
     * delete them.
     */
    public static void checkApart(SceneSpec spec, Path out) {
        Path dir = out.toAbsolutePath().normalize();
        Inputs in = inputs(spec);
        for (Set<Path> files : List.of(in.models(), in.images(), in.environmentMaps()))
            for (Path f : files)
                if (f.toAbsolutePath().normalize().startsWith(dir))
                    throw new MirageException(dir + ": the output folder holds the spec's inputs (" + f + "); choose another --out");
    }

    public static Counts importAll(SceneSpec spec, AssetLibrary assets) {
        Inputs in = inputs(spec);
        try (StopSignal quit = StopSignal.quitting("stopped while checking the inputs, before writing anything")) {
            long triangles = importModels(in.models(), assets);
            for (Path i : in.images()) assets.checkImage(i);
            for (Path m : in.environmentMaps()) HdrFiles.check(m);   // header and limits; decoded once per run by the renderer
            return new Counts(in.models().size(), in.images().size(), triangles);
        }
    }

    /**
     * Models import in child processes (see IsolatedModelLoader): started together, then waited for in order, so the
     * first failure reported is the first model's in the spec whatever finishes first. Returns their triangles.
     */
    private static long importModels(Set<Path> models, AssetLibrary assets) {
        List<CompletableFuture<Model>> imports = new ArrayList<>();
        for (Path m : models) imports.add(CompletableFuture.supplyAsync(() -> assets.model(m), POOL));
        long triangles = 0;
        for (CompletableFuture<Model> f : imports) triangles += join(f).triangleCount();
        return triangles;
    }

}
