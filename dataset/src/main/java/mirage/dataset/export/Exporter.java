package mirage.dataset.export;

import java.nio.file.Path;
import mirage.annotators.labels.LabelSource;

/**
 * Writes a dataset's labels in one format under an output folder. Exporters write label files only (never
 * images), each file atomically (temporary file in the same folder, then renamed) and deterministically (same
 * labels and output folder, same bytes). They create the folders they need, replace their own files and leave
 * every other file alone. Layouts and conventions: docs/FORMATS.md.
 */
public interface Exporter {
    /**
     * @return the files written (relative to {@code outDir}, {@code /}-separated, in write order) and warnings
     *     about labels the format cannot express exactly
     * @throws ExportException if the labels lack something the format needs (e.g. masks for polygons)
     */
    ExportReport export(LabelSource labels, Path outDir);
}
