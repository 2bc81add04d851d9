package mirage.assets;

import java.nio.file.Path;
import mirage.core.error.MirageException;

/**
 * A model or image file that cannot be used. The message always starts with the offending file's path, then says
 * what is wrong, e.g. {@code "/x/duck.glb: Assimp could not import it: <reason>"}; it is meant to be printed as is.
 */
public class AssetException extends MirageException {
    public AssetException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public AssetException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }

    /** For a message that already starts with a path (e.g. re-throwing a cached failure). */
    public AssetException(String message, Throwable cause) {
        super(message, cause);
    }
}
