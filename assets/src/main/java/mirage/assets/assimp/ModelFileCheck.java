package mirage.assets.assimp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import mirage.assets.AssetException;

/**
 * Checks a model file before Assimp sees it: allowed extension, a readable non-empty regular file, sane size,
 * magic bytes ({@link ModelFormat}), and for PLY that the header's counts fit the file ({@link PlyCheck}).
 */
final class ModelFileCheck {
    /** Largest accepted model file, in bytes (512 MiB). */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    private static final int HEAD_BYTES = 4096;

    private ModelFileCheck() {
    }

    /** @param file absolute, normalised path; returns its format or throws {@link AssetException} */
    static ModelFormat check(Path file) {
        ModelFormat format = ModelFormat.of(file);
        if (!Files.exists(file)) throw new AssetException(file, "does not exist");
        if (!Files.isRegularFile(file)) throw new AssetException(file, "is not a regular file");
        if (!Files.isReadable(file)) throw new AssetException(file, "is not readable");
        long size = size(file);
        if (size == 0) throw new AssetException(file, "is empty");
        if (size > MAX_BYTES) throw new AssetException(file, "is " + size + " bytes, more than the limit of " + MAX_BYTES);
        format.checkHeader(file, head(file), size);
        if (format == ModelFormat.PLY) PlyCheck.check(file);
        return format;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new AssetException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new AssetException(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
