package mirage.renderer;

import mirage.renderer.egl.GlDevice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the GL tests that share one renderer per test class (opening a context costs about a second). */
abstract class SharedRenderer {
    static Renderer renderer;

    @BeforeAll
    static void open() {
        renderer = Renderer.open(GlDevice.AUTO);
    }

    @AfterAll
    static void close() {
        renderer.close();
    }
}
