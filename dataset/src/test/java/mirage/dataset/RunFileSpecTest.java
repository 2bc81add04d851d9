package mirage.dataset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mirage.core.error.MirageException;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunFile#requireSpec}: the spec a folder's run was rendered from, with render's --seed and --frames. */
class RunFileSpecTest {
    @TempDir
    Path dir;

    SceneSpec spec(String width) throws IOException {
        Files.writeString(dir.resolve("m.glb"), "not read by the spec loader");
        Path file = Files.writeString(dir.resolve("scene-" + width + ".yaml"), """
                seed: 3
                frames: 10
                image: {width: %s, height: 8}
                camera: {fov_deg: 50, orbit: {distance: 2}}
                objects: [{asset: m.glb, category: thing}]
                """.formatted(width));
        return new SpecLoader(List.of()).load(file);
    }

    Path run(SceneSpec rendered, Long manifestSeed) throws IOException {
        Path root = Files.createDirectories(dir.resolve("run-" + RunFile.specHash(rendered).substring(0, 8)));
        RunFile.write(root, new RunRecord(RunFile.specHash(rendered), rendered.frames(), null));
        if (manifestSeed != null)
            Files.writeString(root.resolve(DatasetLayout.MANIFEST),
                    "{\"seed\": " + manifestSeed + ", \"categories\": [{\"id\": 1, \"name\": \"thing\"}], \"depth_scale\": 1}");
        return root;
    }

    @Test
    void theSameSpecPasses() throws IOException {
        SceneSpec s = spec("8");
        assertDoesNotThrow(() -> RunFile.requireSpec(run(s, null), s));
    }

    @Test
    void theSpecRenderedWithOtherFramesAndSeedPasses() throws IOException {
        SceneSpec s = spec("8");
        assertDoesNotThrow(() -> RunFile.requireSpec(run(s.withFrames(4), null), s), "render --frames 4");
        assertDoesNotThrow(() -> RunFile.requireSpec(run(s.withFrames(4).withSeed(99), 99L), s), "--frames 4 --seed 99");
    }

    @Test
    void anotherSpecOrNoRunIsRefusedNamingWhich() throws IOException {
        SceneSpec other = spec("9");
        Path root = run(spec("8"), 3L);
        MirageException e = assertThrows(MirageException.class, () -> RunFile.requireSpec(root, other));
        assertTrue(e.getMessage().startsWith(other.sourceFile() + ": not the spec " + root + " was rendered from"),
                e.getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        e = assertThrows(MirageException.class, () -> RunFile.requireSpec(empty, other));
        assertTrue(e.getMessage().startsWith(empty + ": not a rendered run (no .mirage-run.json)"), e.getMessage());
    }
}
