package mirage.assets.assimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import mirage.assets.AllowedFolders;
import mirage.assets.AssetException;
import mirage.assets.MaterialData;
import mirage.assets.Model;
import mirage.assets.TestImages;
import mirage.assets.TestModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the import child does (crash, hang, exhaust memory, answer garbage), {@link IsolatedModelLoader} ends
 * in one {@link AssetException} naming the file and saying what happened, within its limits, and this JVM goes on
 * importing. The misbehaviour comes from {@link MisbehavingWorker}, chosen by the model file's name.
 */
class IsolationTest {
    private static final ImportSettings MISBEHAVING = ImportSettings.defaults()
            .withWorkerClass(MisbehavingWorker.class.getName())
            .withTimeout(Duration.ofSeconds(20));

    @TempDir Path dir;
    private Path cube;

    @BeforeEach void setUp() {
        cube = TestModels.stlBinaryCube(dir);
    }

    private Path named(String name) throws IOException {
        return Files.copy(cube, dir.resolve(name));
    }

    private static String failure(IsolatedModelLoader loader, Path file) {
        String message = assertThrows(AssetException.class, () -> loader.load(file)).getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        return message.substring(file.toString().length() + 2);
    }

    /** After each failure, this JVM still imports: the proof that the JVM is alive and the loader usable. */
    private void stillImports(IsolatedModelLoader loader) {
        assertEquals(12, loader.load(cube).triangleCount());
    }

    @Test @Timeout(60) void nativeCrashInTheChildIsContained() throws IOException {
        IsolatedModelLoader loader = new IsolatedModelLoader(AllowedFolders.of(List.of()), MISBEHAVING);
        String problem = failure(loader, named("segfault.stl"));
        assertTrue(problem.startsWith("the importer crashed (SIGSEGV (0xb) in "), problem);
        assertTrue(problem.endsWith(") on this file"), problem);
        stillImports(loader);
    }

    @Test @Timeout(60) void hangIsStoppedByTheTimeout() throws IOException {
        IsolatedModelLoader loader = new IsolatedModelLoader(AllowedFolders.of(List.of()), MISBEHAVING.withTimeout(Duration.ofSeconds(2)));
        long start = System.nanoTime();
        assertEquals("import took longer than 2 s; the importer was stopped", failure(loader, named("hang.stl")));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds >= 2 && seconds < 10, "stopped after " + seconds + " s");
        stillImports(loader);
    }

    @Test @Timeout(60) void oddExitStatusIsReportedWithWhatTheChildSaid() throws IOException {
        IsolatedModelLoader loader = new IsolatedModelLoader(AllowedFolders.of(List.of()), MISBEHAVING);
        assertEquals("the importer exited with status 7 on this file; it said: boom", failure(loader, named("exit.stl")));
    }

    @Test @Timeout(60) void javaHeapExhaustion() throws IOException {
        IsolatedModelLoader loader = new IsolatedModelLoader(AllowedFolders.of(List.of()), MISBEHAVING.withMemory(64, 0));
        assertEquals("the importer ran out of memory on this file (Java heap limit 64 MiB)", failure(loader, named("heap.stl")));
    }

    @Test @Timeout(60) void nativeMemoryGrowthIsStopped() throws IOException {
        IsolatedModelLoader loader = new IsolatedModelLoader(AllowedFolders.of(List.of()), MISBEHAVING.withMemory(64, 400L << 20));
        assertEquals("the importer used more than 400 MiB of memory on this file; it was stopped", failure(loader, named("native.stl")));
        stillImports(loader);
    }

    @Test @Timeout(60) void malformedAnswersAreRefused() throws IOException {
        IsolatedModelLoader loader = new IsolatedModelLoader(AllowedFolders.of(List.of()), MISBEHAVING);
        assertEquals("the importer's answer is malformed: it does not start with the expected header", failure(loader, named("garbage.stl")));
        assertEquals("the importer's answer is malformed: it ended early", failure(loader, named("truncated.stl")));
        assertEquals("the importer's answer is malformed: it declares 2000000000 textures (at most 4096)", failure(loader, named("lying.stl")));
    }

    @Test @Timeout(60) void aNormalChildAnswersTheSameModelAsAnInProcessImport() throws IOException {
        byte[] png = TestImages.encode(TestImages.argb2x2(), "png");
        Path glb = TestModels.glbCube(dir, "textured.glb", png);
        Model isolated = new IsolatedModelLoader().load(glb);
        Model direct = new AssimpModelLoader().load(glb);
        assertEquals(direct.source(), isolated.source());
        assertEquals(direct.bounds(), isolated.bounds());
        assertEquals(direct.meshes().size(), isolated.meshes().size());
        for (int m = 0; m < direct.meshes().size(); m++) {
            var a = direct.meshes().get(m);
            var b = isolated.meshes().get(m);
            assertTrue(java.util.Arrays.equals(a.positions(), b.positions()));
            assertTrue(java.util.Arrays.equals(a.normals(), b.normals()));
            assertTrue(java.util.Arrays.equals(a.uvs(), b.uvs()));
            assertTrue(java.util.Arrays.equals(a.colors(), b.colors()));
            assertTrue(java.util.Arrays.equals(a.indices(), b.indices()));
            assertEquals(a.materialIndex(), b.materialIndex());
        }
        assertEquals(direct.materials().size(), isolated.materials().size());
        for (int i = 0; i < direct.materials().size(); i++) {
            MaterialData a = direct.materials().get(i), b = isolated.materials().get(i);
            assertEquals(a.name(), b.name());
            assertTrue(java.util.Arrays.equals(a.baseColor(), b.baseColor()));
            assertEquals(a.baseColorTexture().source(), b.baseColorTexture().source());
            assertEquals(a.baseColorTexture().width(), b.baseColorTexture().width());
            assertTrue(java.util.Arrays.equals(a.baseColorTexture().rgba(), b.baseColorTexture().rgba()));
        }
    }

    @Test @Timeout(60) void aSharedTextureStaysShared() {
        Path png = TestImages.writePng(dir.resolve("shared.png"), TestImages.argb2x2());
        String obj = "mtllib two.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nv 1 1 0\nvt 0 0\nusemtl a\nf 1/1 2/1 3/1\nusemtl b\nf 2/1 4/1 3/1\n";
        TestModels.write(dir.resolve("two.mtl"), "newmtl a\nmap_Kd shared.png\nnewmtl b\nKd 1 0 0\nmap_Kd shared.png\n");
        Model m = new IsolatedModelLoader().load(TestModels.write(dir.resolve("two.obj"), obj));
        List<MaterialData> used = m.materials();
        assertEquals(2, used.size());
        assertSame(used.get(0).baseColorTexture(), used.get(1).baseColorTexture());
        assertEquals(png.toString(), used.get(0).baseColorTexture().source());
    }

    @Test @Timeout(60) void cheapChecksRunInTheParentWithoutAChild() {
        IsolatedModelLoader loader = new IsolatedModelLoader(AllowedFolders.of(List.of()), MISBEHAVING);
        Path missing = dir.resolve("segfault-missing.stl");
        assertEquals("does not exist", failure(loader, missing));
    }
}
