package mirage.renderer;

import java.nio.file.Path;
import java.util.Map;
import mirage.assets.AssetLibrary;
import mirage.assets.AssetSource;
import mirage.assets.Model;
import mirage.assets.TextureData;

/** Models given by path (hand-built or generated), images read from files by the real decoder. */
final class TestAssets implements AssetSource {
    private final Map<Path, Model> models;
    private final AssetLibrary files = new AssetLibrary();

    TestAssets(Map<Path, Model> models) {
        this.models = Map.copyOf(models);
    }

    @Override
    public Model model(Path file) {
        Model m = models.get(file);
        if (m == null) throw new AssertionError("no model " + file + " in this test");
        return m;
    }

    @Override
    public TextureData image(Path file) {
        return files.image(file);
    }
}
