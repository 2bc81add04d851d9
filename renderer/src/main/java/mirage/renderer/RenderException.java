package mirage.renderer;

import mirage.core.error.MirageException;

/** A failure inside the renderer: a shader that does not build, an incomplete framebuffer, a GL error. */
public class RenderException extends MirageException {
    public RenderException(String message) {
        super(message);
    }
}
