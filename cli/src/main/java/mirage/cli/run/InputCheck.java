package mirage.cli.run;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import mirage.assets.AssetLibrary;
import mirage.scenes.spec.BackgroundSpec;
import mirage.scenes.spec.MaterialSpec;
import mirage.scenes.spec.ObjectSpec;
import mirage.scenes.spec.SceneSpec;

/**
 * Imports every model and decodes every image a spec can use, before anything is written: a broken asset
 * fails the run up front with a message naming the file, never half-way through. The library keeps what it
 * loaded, so the render does not read any file twice.
 */
public final class InputCheck {
    private InputCheck() {}

    /** What the check loaded. */
    public record Counts(int models, int images, long triangles) {}

    public static Counts importAll(SceneSpec spec, AssetLibrary assets) {
        Set<Path> models = new LinkedHashSet<>();
        Set<Path> images = new LinkedHashSet<>();
        for (ObjectSpec o : spec.objects()) {
            models.add(o.asset().path());
            if (o.material() instanceof MaterialSpec.TextureFolder t) images.addAll(t.folder().images());
        }
        if (spec.background() instanceof BackgroundSpec.Images b) images.addAll(b.folder().images());
        long triangles = 0;
        for (Path m : models) triangles += assets.model(m).triangleCount();
        for (Path i : images) assets.image(i);
        return new Counts(models.size(), images.size(), triangles);
    }
}
