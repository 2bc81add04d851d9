package mirage.renderer.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import mirage.scenes.model.Background;
import org.junit.jupiter.api.Test;

/** The crop window against hand-computed numbers. */
class BackgroundCropTest {
    static final Path IMAGE = Path.of("/x.png");

    static void assertCrop(float u0, float v0, float w, float h, BackgroundCrop c) {
        assertEquals(u0, c.u0(), 1e-6f, "u0");
        assertEquals(v0, c.v0(), 1e-6f, "v0");
        assertEquals(w, c.width(), 1e-6f, "width");
        assertEquals(h, c.height(), 1e-6f, "height");
    }

    /** A 2:1 image in a 4:3 frame: full height, 2/3 of the width, centred at (1/6, 0). */
    @Test
    void coverWindowOfAWiderImageIsCentred() {
        assertCrop(1 / 6f, 0, 2 / 3f, 1, BackgroundCrop.of(new Background.Image(IMAGE), 200, 100, 96, 72));
    }

    /** A 1:2 image in a 4:3 frame: full width, 3/8 of the height. */
    @Test
    void coverWindowOfATallerImageIsCentred() {
        assertCrop(0, 5 / 16f, 1, 3 / 8f, BackgroundCrop.of(new Background.Image(IMAGE), 100, 200, 96, 72));
    }

    /** Zoom 2 halves both extents; x and y place the window from edge (0) to edge (1). */
    @Test
    void zoomShrinksAndPlacementMoves() {
        assertCrop(0, 0, 1 / 3f, 0.5f, BackgroundCrop.of(new Background.Image(IMAGE, 2, 0, 0, false), 200, 100, 96, 72));
        assertCrop(2 / 3f, 0.5f, 1 / 3f, 0.5f, BackgroundCrop.of(new Background.Image(IMAGE, 2, 1, 1, false), 200, 100, 96, 72));
        assertCrop(0.25f * 2 / 3f, 0.75f * 0.5f, 1 / 3f, 0.5f,
                BackgroundCrop.of(new Background.Image(IMAGE, 2, 0.25f, 0.75f, false), 200, 100, 96, 72));
    }

    @Test
    void sameAspectAtZoomOneIsTheWholeImage() {
        assertCrop(0, 0, 1, 1, BackgroundCrop.of(new Background.Image(IMAGE, 1, 0.3f, 0.9f, true), 640, 480, 320, 240));
    }
}
