package mirage.report.stats;

import java.util.List;
import mirage.dataset.DatasetManifest;

/**
 * What the report shows about one dataset.
 *
 * @param name the dataset folder's name
 * @param manifest its {@code dataset.json}
 * @param records the frame records read
 * @param stats the counts and distributions over those records
 * @param duplicates the byte-identical images found
 * @param warnings the likely mistakes found
 * @param samples frames spread over the dataset, with their labels drawn on
 */
public record DatasetReport(String name, DatasetManifest manifest, long records, DatasetStats stats,
                            ImageHashes.Duplicates duplicates, List<Warning> warnings, List<Sample> samples) {
    public DatasetReport {
        warnings = List.copyOf(warnings);
        samples = List.copyOf(samples);
    }
}
