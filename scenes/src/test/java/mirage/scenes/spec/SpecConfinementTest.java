package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a spec names must lie inside the spec's folder or an allowed root: by normalised path, and by real path
 * once symbolic links are followed. Layout: {@code tmp/spec/} holds the spec (a {@link SpecFixture}),
 * {@code tmp/outside/} holds files the spec must not reach, {@code tmp/extra/} is a root some tests allow.
 */
class SpecConfinementTest {
    @TempDir Path tmp;
    SpecFixture fx;
    Path outside;
    Path extra;

    @BeforeEach void setUp() throws IOException {
        fx = new SpecFixture(Files.createDirectory(tmp.resolve("spec")));
        outside = Files.createDirectory(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.glb"), "not yours");
        Files.writeString(outside.resolve("photo.png"), "not yours");
        extra = Files.createDirectory(tmp.resolve("extra"));
        Files.writeString(extra.resolve("shared.glb"), "shared model");
        Files.createDirectory(extra.resolve("backgrounds"));
        Files.writeString(extra.resolve("backgrounds/sea.jpg"), "shared photo");
    }

    private String withAsset(String asset) {
        return SpecFixture.MINIMAL_YAML.replace("models/coin.glb", asset);
    }

    private SpecException refused(SpecLoader loader, String yaml) {
        Path file = fx.write("scene.yaml", yaml);
        return assertThrows(SpecException.class, () -> loader.load(file));
    }

    /** Line 11 column 12 is the asset value of MINIMAL_YAML. */
    private void assertAssetRefused(SpecException e, String reason) {
        assertEquals(11, e.line());
        assertEquals(12, e.column());
        assertEquals("objects[0].asset", e.field());
        assertTrue(e.getMessage().startsWith(fx.dir.resolve("scene.yaml") + ":11:12: objects[0].asset: "), e.getMessage());
        assertTrue(e.reason().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
    }

    @Test void dotDotEscapeOfAnExistingFile() throws IOException {
        SpecException e = refused(fx.loader, withAsset("../outside/secret.glb"));
        assertAssetRefused(e, "\"../outside/secret.glb\" is " + outside.toRealPath().resolve("secret.glb") + ", outside the spec folder " + fx.dir);
    }

    @Test void dotDotEscapeOfAMissingFileIsAnEscapeNotAMissingFile() {
        SpecException e = refused(fx.loader, withAsset("models/../../nowhere.glb"));
        assertAssetRefused(e, "\"models/../../nowhere.glb\" is " + tmp.resolve("nowhere.glb") + ", outside the spec folder");
    }

    @Test void absolutePathOutside() {
        String abs = outside.resolve("secret.glb").toString();
        assertAssetRefused(refused(fx.loader, withAsset(abs)), "\"" + abs + "\" is ");
        assertAssetRefused(refused(fx.loader, withAsset("/etc/passwd")), "outside the spec folder");
    }

    @Test void symlinkedFilePointingOutside() throws IOException {
        Files.createSymbolicLink(fx.dir.resolve("models/link.glb"), outside.resolve("secret.glb"));
        SpecException e = refused(fx.loader, withAsset("models/link.glb"));
        assertAssetRefused(e, "\"models/link.glb\" leads through a symbolic link to " + outside.toRealPath().resolve("secret.glb"));
    }

    @Test void symlinkedFolderPointingOutside() throws IOException {
        Files.createSymbolicLink(fx.dir.resolve("elsewhere"), outside);
        assertAssetRefused(refused(fx.loader, withAsset("elsewhere/secret.glb")), "leads through a symbolic link to");
        String yaml = SpecFixture.MINIMAL_YAML + "background: {image_folder: elsewhere}\n";
        SpecException e = refused(fx.loader, yaml);
        assertEquals("background.image_folder", e.field());
        assertTrue(e.reason().contains("\"elsewhere\" leads through a symbolic link to " + outside.toRealPath()), e.getMessage());
    }

    @Test void symlinkedImageInsideAListedFolderPointingOutside() throws IOException {
        Files.createSymbolicLink(fx.dir.resolve("backgrounds/zz.png"), outside.resolve("photo.png"));
        String yaml = SpecFixture.MINIMAL_YAML + "background: {image_folder: backgrounds}\n";
        SpecException e = refused(fx.loader, yaml);
        assertEquals(14, e.line());
        assertEquals("background.image_folder", e.field());
        assertTrue(e.reason().startsWith("\"backgrounds/zz.png\" leads through a symbolic link to " + outside.toRealPath().resolve("photo.png")
                + ", outside the spec folder"), e.getMessage());
    }

    @Test void textureFolderIsCheckedToo() throws IOException {
        Files.createSymbolicLink(fx.dir.resolve("textures/evil.png"), outside.resolve("photo.png"));
        String yaml = SpecFixture.MINIMAL_YAML + "    material: {texture_folder: textures}\n";
        SpecException e = refused(fx.loader, yaml);
        assertEquals("objects[0].material.texture_folder", e.field());
        assertTrue(e.reason().startsWith("\"textures/evil.png\" leads through a symbolic link"), e.getMessage());
    }

    @Test void symlinksThatStayInsideAreFine() throws IOException {
        Files.createSymbolicLink(fx.dir.resolve("models/alias.glb"), fx.dir.resolve("models/coin.glb"));
        Files.createSymbolicLink(fx.dir.resolve("pictures"), fx.dir.resolve("backgrounds"));
        SceneSpec s = fx.load("scene.yaml", withAsset("models/alias.glb") + "background: {image_folder: pictures}\n");
        assertEquals(fx.dir.resolve("models/alias.glb"), s.objects().get(0).asset().path());
    }

    @Test void dotDotThatStaysInsideIsFine() {
        SceneSpec s = fx.load("scene.yaml", withAsset("textures/../models/coin.glb"));
        assertEquals(fx.dir.resolve("models/coin.glb"), s.objects().get(0).asset().path());
    }

    @Test void allowedRootsAdmitFilesAndFolders() {
        SpecLoader loader = new SpecLoader(List.of(extra));
        String yaml = withAsset("../extra/shared.glb") + "background: {image_folder: " + extra.resolve("backgrounds") + "}\n";
        SceneSpec s = loader.load(fx.write("scene.yaml", yaml));
        assertEquals(extra.resolve("shared.glb"), s.objects().get(0).asset().path());
        assertEquals(List.of(extra), loader.allowedRoots());
        SpecException e = refused(loader, withAsset("../outside/secret.glb"));
        assertAssetRefused(e, "outside the spec folder " + fx.dir + " and the allowed roots " + extra);
    }

    @Test void anAllowedRootMustBeAnExistingFolder() {
        Path missing = tmp.resolve("missing");
        SpecException e = assertThrows(SpecException.class, () -> new SpecLoader(List.of(missing)));
        assertEquals("allowed root " + missing + " is not an existing folder", e.getMessage());
    }
}
