package mirage.dataset.export;

import java.io.IOException;
import java.nio.file.Path;
import mirage.core.error.MirageException;
import mirage.dataset.OwnedFiles;
import mirage.annotators.labels.LabelSource;

/**
 * Writes a dataset's labels in one format under an output folder. Exporters write label files only (never
 * images), each file atomically (temporary file in the same folder, then renamed) and deterministically (same
 * labels and output folder, same bytes). An export owns its files ({@link #owned}): it first deletes those an
 * earlier export of the format left there, so no stale label survives beside new images; it leaves every other
 * file alone. Layouts and conventions: docs/FORMATS.md.
 */
public interface Exporter {
    /**
     * @return the files written (relative to {@code outDir}, {@code /}-separated, in write order) and warnings
     *     about labels the format cannot express exactly
     * @throws ExportException if the labels lack something the format needs (e.g. masks for polygons)
     */
    ExportReport export(LabelSource labels, Path outDir);

    /** The files this format writes, by folder and name pattern. */
    OwnedFiles owned();

    /** Deletes what an earlier export of this format left in {@code outDir}. */
    default void replaceOwned(Path outDir) {
        try {
            owned().delete(outDir);
        } catch (IOException e) {
            throw new MirageException(outDir + ": cannot remove the files of an earlier export: " + e.getMessage(), e);
        }
    }
}
