package mirage.assets.assimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mirage.assets.AssetException;
import mirage.assets.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model of the malformed corpus ({@code src/test/resources/malformed}, see its README) ends in one
 * {@link AssetException} that names the file and says what is wrong, through the isolated importer; this JVM
 * stays alive and keeps importing. The files are imported concurrently once, then checked one by one.
 */
class MalformedCorpusTest {
    /** File (relative to the corpus) to a fragment of the problem, the text after "{@code <file>: }". */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("gltf/truncated-header.glb", "is truncated: GLB header declares 604 bytes but the file has 302"),
            Map.entry("gltf/truncated-chunk.glb", "Assimp could not import it: GLTF: Unable to read gltf file"),
            Map.entry("gltf/corrupt-json-chunk.glb", "Assimp could not import it: No suitable reader found"),
            Map.entry("gltf/truncated-json.gltf", "Assimp could not import it: No suitable reader found"),
            Map.entry("gltf/not-gltf.gltf", "Assimp could not import it: No suitable reader found"),
            Map.entry("gltf/accessor-past-buffer.gltf", "Assimp could not import it: GLTF: Accessor with offset/length (0/12000) is out of range"),
            Map.entry("gltf/index-out-of-range.gltf", "is malformed (Assimp repaired it: Some faces had out-of-range indices."),
            Map.entry("gltf/nan-vertex.gltf", "mesh 0 vertex 2 has a non-finite coordinate (NaN, 1.0, 0.0)"),
            Map.entry("gltf/inf-vertex.glb", "mesh 0 vertex 1 has a non-finite coordinate (Infinity, 0.0, 0.0)"),
            Map.entry("gltf/node-lists-itself.gltf", "has recursive reference to itself"),
            Map.entry("gltf/node-cycle.gltf", "has recursive reference to itself"),
            Map.entry("gltf/deep-node-chain.gltf", "the importer crashed ("),
            Map.entry("gltf/buffer-outside-folder.gltf", "outside.bin, which is outside the folders it may read"),
            Map.entry("gltf/buffer-absolute-path.gltf", "Assimp could not import it: GLTF: could not open referenced file \"/etc/passwd\""),
            Map.entry("gltf/buffer-absurdly-large.gltf", "Assimp could not import it: GLTF: Invalid byteLength exceeds size of actual data"),
            Map.entry("obj/binary-garbage.obj", "is not a text OBJ file (binary bytes near the start)"),
            Map.entry("obj/text-garbage.obj", "Assimp could not import it: OBJ: "),
            Map.entry("obj/index-out-of-range.obj", "Assimp could not import it: OBJ: vertex index out of range"),
            Map.entry("obj/negative-index-out-of-range.obj", "Assimp could not import it: OBJ: vertex index out of range"),
            Map.entry("obj/nan-vertex.obj", "mesh 0 vertex 2 has a non-finite coordinate (NaN, 1.0, 0.0)"),
            Map.entry("obj/inf-vertex.obj", "mesh 0 vertex 1 has a non-finite coordinate (Infinity, 0.0, 0.0)"),
            Map.entry("obj/collinear-triangle.obj", "has no drawable triangle: all 1 are degenerate (their corners coincide or lie on one line)"),
            Map.entry("obj/all-triangles-degenerate.obj", "has no drawable triangle"),
            Map.entry("obj/mtl-outside-folder.obj", "outside.mtl, which is outside the folders it may read"),
            Map.entry("obj/texture-huge-header.obj", "huge-header.png: image size 100000x100000 is outside 1..16384 per side"),
            Map.entry("ply/header-lies-ascii.ply", "is a PLY file whose header lies: it declares vertex 1000000, face 2 (1000002 lines) but the body has only 4 lines"),
            Map.entry("ply/header-lies-binary.ply", "is a PLY file whose header lies: it declares vertex 100000000, face 2000000000, needing at least 3200000000 bytes, but only 49 bytes follow the header"),
            Map.entry("ply/face-index-out-of-range.ply", "is out of range"),
            Map.entry("ply/nan-vertex.ply", "mesh 0 vertex 1 has a non-finite coordinate (NaN, 0.0, 0.0)"),
            Map.entry("stl/wrong-triangle-count.stl", "is neither a binary STL (84 + 50 bytes per triangle) nor an ASCII STL"),
            Map.entry("stl/wrong-count-solid-header.stl", "is neither a binary STL (84 + 50 bytes per triangle) nor an ASCII STL"),
            Map.entry("stl/nan-vertex.stl", "mesh 0 vertex 1 has a non-finite coordinate (NaN, 0.0, 0.0)"),
            Map.entry("stl/collinear-triangle.stl", "has no drawable triangle: all 1 are degenerate (their corners coincide or lie on one line)"),
            Map.entry("stl/inf-vertex.stl", "mesh 0 vertex 2 has a non-finite coordinate (0.0, -Infinity, 0.0)")));

    private static final Map<String, Object> OUTCOMES = new ConcurrentHashMap<>();
    private static Path corpus;

    @TempDir static Path tmp;

    @BeforeAll static void importAll() throws Exception {
        corpus = corpusFolder();
        IsolatedModelLoader loader = new IsolatedModelLoader();
        ExecutorService pool = Executors.newFixedThreadPool(loader.settings().parallelImports());
        try {
            for (String name : EXPECTED.keySet())
                pool.submit(() -> OUTCOMES.put(name, outcome(loader, corpus.resolve(name))));
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
        }
    }

    private static Object outcome(IsolatedModelLoader loader, Path file) {
        try {
            return loader.load(file);
        } catch (RuntimeException e) {
            return e;
        }
    }

    static List<String> files() {
        return List.copyOf(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}") @MethodSource("files")
    void endsInAClearErrorNamingTheFile(String name) {
        Object outcome = OUTCOMES.get(name);
        AssetException e = assertInstanceOf(AssetException.class, outcome, name + " gave " + outcome);
        String prefix = corpus.resolve(name) + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertTrue(e.getMessage().contains(EXPECTED.get(name)), () -> "expected '" + EXPECTED.get(name) + "' in: " + e.getMessage());
    }

    @Test void theJvmIsAliveAndStillImportsAfterTheWholeCorpus() {
        assertEquals(12, new IsolatedModelLoader().load(TestModels.stlBinaryCube(tmp)).triangleCount());
    }

    /** The corpus, its README and this test agree: every model file has an expectation and a README row. */
    @Test void everyModelFileIsListedAndExpected() throws IOException {
        String readme = Files.readString(corpus.resolve("README.md"));
        List<String> models;
        try (Stream<Path> walk = Files.walk(corpus)) {
            models = walk.filter(Files::isRegularFile).map(p -> corpus.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.matches(".*\\.(gltf|glb|obj|ply|stl|fbx)")).sorted().toList();
        }
        assertEquals(List.copyOf(EXPECTED.keySet()), models);
        for (String m : models) assertTrue(readme.contains("`" + m + "`"), m + " is not in README.md");
    }

    private static Path corpusFolder() throws URISyntaxException {
        return Path.of(MalformedCorpusTest.class.getResource("/malformed/README.md").toURI()).getParent();
    }
}
