package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mirage.scenes.model.Material;
import org.junit.jupiter.api.Test;

/** Grouping a folder's images into PBR texture sets by file-name suffix. */
class TextureSetsTest {
    private static final Path DIR = Path.of("/textures");

    @Test
    void plainImagesAreOneSetEachInNameOrder() {
        List<Path> images = paths("brick_gray.png", "checker.png", "e8metal01.jpg", "normal.png");
        assertEquals(images.stream().map(Material.Surface.Texture::new).toList(), TextureSets.group(images));
    }

    @Test
    void mapsJoinTheColourImageOfTheirStem() {
        List<Path> images = paths("Bricks_AO.png", "Bricks_Color.jpg", "Bricks_Metallic.png", "Bricks_NormalGL.png",
                "Bricks_NormalDX.png", "Bricks_Roughness.jpg", "rock_diff_1k.jpg", "rock_nor_gl_1k.png", "rock_rough_1k.jpg",
                "wood.png", "wood_nrm.png", "x_base_color.png", "x_metal.png");
        assertEquals(List.of(
                new Material.Surface.Texture(p("Bricks_Color.jpg"), new Material.Maps(p("Bricks_NormalGL.png"),
                        p("Bricks_Roughness.jpg"), p("Bricks_Metallic.png"), p("Bricks_AO.png"))),
                new Material.Surface.Texture(p("rock_diff_1k.jpg"), new Material.Maps(p("rock_nor_gl_1k.png"), p("rock_rough_1k.jpg"), null, null)),
                new Material.Surface.Texture(p("wood.png"), new Material.Maps(p("wood_nrm.png"), null, null, null)),
                new Material.Surface.Texture(p("x_base_color.png"), new Material.Maps(null, null, p("x_metal.png"), null))),
                TextureSets.group(images));
    }

    @Test
    void mapsWithoutAColourImageStayPlainImages() {
        List<Path> images = paths("lonely_normal.png", "stone.png", "stone_rough.png", "tiles_roughness.png");
        assertEquals(List.of(new Material.Surface.Texture(p("lonely_normal.png")),
                new Material.Surface.Texture(p("stone.png"), new Material.Maps(null, p("stone_rough.png"), null, null)),
                new Material.Surface.Texture(p("tiles_roughness.png"))), TextureSets.group(images));
    }

    private static Path p(String name) {
        return DIR.resolve(name);
    }

    private static List<Path> paths(String... names) {
        return Stream.of(names).map(TextureSetsTest::p).toList();
    }
}
