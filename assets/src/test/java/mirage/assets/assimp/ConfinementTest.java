package mirage.assets.assimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mirage.assets.AllowedFolders;
import mirage.assets.AssetException;
import mirage.assets.Model;
import mirage.assets.TestImages;
import mirage.assets.TestModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model reads the files it refers to (buffers, material libraries, textures) only inside its own folder and
 * the allowed folders, by real path: {@code ..}, absolute paths and symbolic links leading elsewhere are refused
 * with the file named. In-process loader (the same code runs in the isolated child).
 * Layout: {@code tmp/models/} holds the models, {@code tmp/outside/} what they must not read.
 */
class ConfinementTest {
    @TempDir Path tmp;
    Path models;
    Path outside;

    @BeforeEach void setUp() throws IOException {
        models = Files.createDirectory(tmp.resolve("models"));
        outside = Files.createDirectory(tmp.resolve("outside"));
    }

    private static String failure(AssimpModelLoader loader, Path file) {
        String message = assertThrows(AssetException.class, () -> loader.load(file)).getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        return message.substring(file.toString().length() + 2);
    }

    private Path objWithTexture(String mapKd) {
        return TestModels.objCube(models, mapKd);
    }

    @Test void textureOutsideByDotDot() throws IOException {
        Path png = TestImages.writePng(outside.resolve("t.png"), TestImages.argb2x2());
        Path obj = objWithTexture("../outside/t.png");
        assertEquals("texture '../outside/t.png' of material 'red' is " + png + ", outside the folders it may read (" + models + ")",
                failure(new AssimpModelLoader(), obj));
    }

    @Test void textureByAbsolutePathOutside() {
        Path png = TestImages.writePng(outside.resolve("t.png"), TestImages.argb2x2());
        assertTrue(failure(new AssimpModelLoader(), objWithTexture(png.toString())).contains(", outside the folders it may read ("));
    }

    @Test void textureSymlinkPointingOutside() throws IOException {
        Path png = TestImages.writePng(outside.resolve("t.png"), TestImages.argb2x2());
        Files.createSymbolicLink(models.resolve("link.png"), png);
        assertEquals("texture 'link.png' of material 'red' is " + models.resolve("link.png") + ", outside the folders it may read ("
                + models + ")", failure(new AssimpModelLoader(), objWithTexture("link.png")));
    }

    @Test void textureSymlinkStayingInsideIsFine() throws IOException {
        Files.createDirectory(models.resolve("tex"));
        Path png = TestImages.writePng(models.resolve("tex/t.png"), TestImages.argb2x2());
        Files.createSymbolicLink(models.resolve("link.png"), png);
        Model m = new AssimpModelLoader().load(objWithTexture("link.png"));
        assertEquals(2, m.materials().get(0).baseColorTexture().width());
    }

    @Test void allowedFoldersAdmitTexturesAndBuffers() throws IOException {
        TestImages.writePng(outside.resolve("t.png"), TestImages.argb2x2());
        AssimpModelLoader loader = new AssimpModelLoader(AllowedFolders.of(List.of(outside)));
        assertEquals(2, loader.load(objWithTexture("../outside/t.png")).materials().get(0).baseColorTexture().height());
        Path gltf = TestModels.gltfCube(outside);
        Path moved = Files.writeString(models.resolve("cube.gltf"), Files.readString(gltf).replace("\"uri\":\"cube.bin\"", "\"uri\":\"../outside/cube.bin\""));
        assertEquals(12, loader.load(moved).triangleCount());
        assertTrue(failure(new AssimpModelLoader(), moved).startsWith("refers to " + outside.resolve("cube.bin") + ", which is outside the folders it may read ("));
    }

    @Test void bufferSymlinkPointingOutside() throws IOException {
        Path gltf = TestModels.gltfCube(models);
        Files.move(models.resolve("cube.bin"), outside.resolve("cube.bin"));
        Files.createSymbolicLink(models.resolve("cube.bin"), outside.resolve("cube.bin"));
        assertEquals("refers to " + models.resolve("cube.bin") + ", which is outside the folders it may read (" + models + ")",
                failure(new AssimpModelLoader(), gltf));
    }

    @Test void materialLibraryOutside() throws IOException {
        Path obj = TestModels.objCube(models, null);
        Files.move(models.resolve("cube.mtl"), outside.resolve("cube.mtl"));
        Files.writeString(obj, Files.readString(obj).replace("mtllib cube.mtl", "mtllib ../outside/cube.mtl"));
        assertEquals("refers to " + outside.resolve("cube.mtl") + ", which is outside the folders it may read (" + models + ")",
                failure(new AssimpModelLoader(), obj));
    }

    @Test void theModelItselfMayBeASymlink() throws IOException {
        Path real = TestModels.stlBinaryCube(outside);
        Path link = Files.createSymbolicLink(models.resolve("cube.stl"), real);
        assertEquals(12, new AssimpModelLoader().load(link).triangleCount());
    }
}
