package mirage.report.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.FrameLabel;
import mirage.core.error.MirageException;
import mirage.core.image.RgbaImage;
import mirage.dataset.DatasetLayout;
import mirage.dataset.DatasetManifest;
import mirage.dataset.DatasetReader;
import mirage.dataset.codec.JpegWriter;
import mirage.report.ContactSheet;

/**
 * Reads a dataset once, record by record through {@link DatasetReader}, into a {@link DatasetReport}: the
 * statistics, the image files' hashes and the sample tiles all come from that one pass, so memory does not grow
 * with the number of records (but for the 8 bytes per image of {@link ImageHashes}).
 */
public final class DatasetScan {
    /** JPEG quality of the sample tiles. */
    public static final int JPEG_QUALITY = 85;

    /**
     * @param samples frames to show
     * @param tileWidth their width in pixels
     * @param smallSide a visible box narrower or lower than this (pixels) is small
     */
    public record Options(int samples, int tileWidth, int smallSide) {}

    /** Told how far the scan is, for a progress display. */
    public interface Listener {
        Listener NONE = new Listener() {};

        default void started(String name, long records) {}

        default void record() {}

        default void finished() {}
    }

    private DatasetScan() {
    }

    /** Scans the dataset in folder {@code dir}, shown under {@code name}. */
    public static DatasetReport scan(Path dir, String name, Options options, Listener listener) {
        DatasetReader ds = DatasetReader.open(dir);
        DatasetManifest m = ds.manifest();
        DatasetStats stats = new DatasetStats(m.categories(), m.splits().stream().map(DatasetManifest.Split::name).toList(),
                options.smallSide());
        ImageHashes hashes = new ImageHashes();
        boolean known = m.frames() >= 0;
        SamplePicker picker = new SamplePicker(known ? m.firstFrame() : 0, known ? m.endFrame() : ds.frameBound(),
                options.samples());
        List<Sample> samples = new ArrayList<>();
        long records = 0;
        listener.started(name, ds.recordCount());
        try {
            for (FrameLabel f : ds.labels().frames()) {
                stats.accept(f);
                hash(ds, dir, f, hashes);
                if (picker.take(f.frame())) samples.add(sample(ds, f, options.tileWidth()));
                records++;
                listener.record();
            }
        } finally {
            listener.finished();
        }
        ImageHashes.Duplicates d = hashes.result();
        return new DatasetReport(name, m, records, stats, d, Warnings.of(m, records, stats, d), samples);
    }

    private static void hash(DatasetReader ds, Path dir, FrameLabel f, ImageHashes hashes) {
        try (InputStream in = ds.openImage(f)) {
            hashes.add(f.frame(), in);
        } catch (IOException e) {
            throw new MirageException(dir.resolve(DatasetLayout.IMAGES).resolve(f.fileName()) + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Sample sample(DatasetReader ds, FrameLabel f, int tileWidth) {
        int th = ContactSheet.tileHeight(tileWidth, f.camera().width(), f.camera().height());
        RgbaImage tile = ContactSheet.tile(ds, f, tileWidth, th, true);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            JpegWriter.write(tile, JPEG_QUALITY, jpeg);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a JPEG in memory", e);
        }
        return new Sample(f.frame(), f.split(), f.annotated().size(), tileWidth, th, jpeg.toByteArray());
    }
}
