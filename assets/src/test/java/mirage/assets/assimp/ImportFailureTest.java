package mirage.assets.assimp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportFailureTest {
    private final Path file = Path.of("/x/duck.glb");

    @Test
    void genericFailureQuotesAssimp() {
        assertEquals("/x/duck.glb: Assimp could not import it: GLTF: bad header", ImportFailure.of(file, "GLTF: bad header\n").getMessage());
        assertEquals("/x/duck.glb: Assimp could not import it: (no error message)", ImportFailure.of(file, "").getMessage());
    }

    @Test
    void emptySceneMeansNoTriangles() {
        assertEquals("/x/duck.glb: contains no triangles (Assimp: No meshes remaining)", ImportFailure.of(file, "No meshes remaining").getMessage());
    }
}
