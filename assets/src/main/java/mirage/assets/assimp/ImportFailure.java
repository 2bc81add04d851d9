package mirage.assets.assimp;

import java.nio.file.Path;
import java.util.List;
import mirage.assets.AssetException;

/** Turns Assimp's error string for a failed import into an {@link AssetException} message. */
final class ImportFailure {
    /**
     * Assimp messages (6.0.x) that mean the file parsed but holds no triangle geometry: the validation step refuses
     * empty scenes and face-less meshes, and removing point/line meshes can leave nothing.
     */
    private static final List<String> NO_GEOMETRY = List.of("mNumMeshes is 0", "contains no faces", "No meshes remaining");

    private ImportFailure() {
    }

    static AssetException of(Path file, String assimpError) {
        String error = assimpError == null || assimpError.isBlank() ? "(no error message)" : assimpError.strip();
        for (String marker : NO_GEOMETRY)
            if (error.contains(marker)) return new AssetException(file, "contains no triangles (Assimp: " + error + ")");
        return new AssetException(file, "Assimp could not import it: " + error);
    }
}
