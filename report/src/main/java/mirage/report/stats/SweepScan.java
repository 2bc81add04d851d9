package mirage.report.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.dataset.DatasetLayout;

/**
 * Scans every variant of a sweep folder that has been rendered, one after the other; memory grows with the number of
 * variants (each one's bounded statistics and sample tiles), not with their frames.
 *
 * @param index the sweep's {@code sweep.json}
 * @param variants per variant in index order, its report, or null when its folder holds no dataset yet
 */
public record SweepScan(SweepIndex index, List<DatasetReport> variants) {
    public SweepScan {
        variants = java.util.Collections.unmodifiableList(new ArrayList<>(variants));
    }

    public static SweepScan scan(Path dir, DatasetScan.Options options, DatasetScan.Listener listener) {
        SweepIndex index = SweepIndex.read(dir);
        List<DatasetReport> reports = new ArrayList<>();
        for (SweepIndex.Variant v : index.variants()) {
            boolean rendered = Files.isDirectory(v.folder().resolve(DatasetLayout.FRAMES))
                    && Files.isRegularFile(v.folder().resolve(DatasetLayout.MANIFEST));
            reports.add(rendered ? DatasetScan.scan(v.folder(), v.name(), options, listener) : null);
        }
        return new SweepScan(index, reports);
    }
}
