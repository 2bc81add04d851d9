package mirage.dataset.export;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link Exporter} did.
 *
 * @param format the format written
 * @param frames the frames exported
 * @param files the files written, relative to the output folder, {@code /}-separated, in write order
 * @param warnings one line per kind of loss (e.g. masks with holes written as polygons), empty when exact
 */
public record ExportReport(ExportFormat format, long frames, List<String> files, List<String> warnings) {
    public ExportReport {
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
