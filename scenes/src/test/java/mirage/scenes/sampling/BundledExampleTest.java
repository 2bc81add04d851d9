package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SpecLoader;
import mirage.scenes.spec.SpecWriter;
import org.junit.jupiter.api.Test;

/** The repository's bundled example spec loads, writes back and samples (skipped when its assets are absent). */
class BundledExampleTest {
    @Test void defaultExampleLoadsAndSamples() {
        String repo = System.getProperty("mirage.repo");
        assumeTrue(repo != null, "mirage.repo not set");
        Path spec = Path.of(repo, "examples", "default", "scene.yaml");
        assumeTrue(Files.isRegularFile(spec), "no bundled example");
        SceneSpec s;
        try {
            s = new SpecLoader().load(spec);
        } catch (mirage.scenes.spec.SpecException e) {
            assumeTrue(!e.reason().contains("not found"), "bundled assets incomplete: " + e.getMessage());
            throw e;
        }
        assertTrue(SpecWriter.toJson(s).contains("\"frames\" : " + s.frames()));
        // a sun straight up, standing in for the maps' (scenes reads no images)
        Scene frame = new SceneSampler(s, TestSpecs.FIXED_BOUNDS, 0, map -> new mirage.core.geom.EnvironmentSun(0, 1, 0, 1, 1, 1)).sample(0);
        assertEquals(s.image().width(), frame.intrinsics().width());
    }
}
