package mirage.dataset;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import mirage.annotators.labels.CategoryLabel;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.LabelSource;
import mirage.annotators.labels.FrameLabelJson;
import mirage.core.error.MirageException;
import mirage.core.image.IdImage;
import mirage.core.image.RgbaImage;

/**
 * Reads the files of a rendered dataset frame by frame: the record {@code frames/NNNNNN.json}, the image named by
 * its {@code file_name} under {@code images/} (PNG or JPEG) and the instance mask
 * {@code masks/instance/NNNNNN.png} (16-bit grey, the instance index per pixel). A missing or unreadable file, or
 * one whose size differs from the record's camera, is a {@link MirageException} naming the file.
 */
public final class DatasetReader {
    private final Path root;

    private DatasetReader(Path root) {
        this.root = root;
    }

    /** The dataset at {@code root}, which must be a folder with a {@code frames/} folder. */
    public static DatasetReader open(Path root) {
        if (!Files.isDirectory(root)) throw new MirageException(root + ": no such dataset folder");
        if (!Files.isDirectory(root.resolve(DatasetLayout.FRAMES)))
            throw new MirageException(root + ": not a dataset folder (no " + DatasetLayout.FRAMES + "/ folder)");
        return new DatasetReader(root);
    }

    /** The indices of the frames whose record is present, ascending. */
    public List<Integer> frames() {
        try (Stream<Path> files = Files.list(root.resolve(DatasetLayout.FRAMES))) {
            List<Integer> out = new ArrayList<>();
            for (Path p : files.toList()) {
                int frame = DatasetLayout.recordFrame(p.getFileName().toString());
                if (frame >= 0 && Files.isRegularFile(p)) out.add(frame);
            }
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new MirageException(root.resolve(DatasetLayout.FRAMES) + ": cannot list frames: " + e.getMessage(), e);
        }
    }

    /** The dataset's manifest, {@code dataset.json}. */
    public DatasetManifest manifest() {
        try {
            return DatasetManifestJson.read(root.resolve(DatasetLayout.MANIFEST));
        } catch (IOException e) {
            throw new MirageException(e.getMessage(), e);
        }
    }

    /** The records of every frame present, streamed as {@link #records(int, int)} does. */
    public Iterable<FrameLabel> records() {
        return records(0, frameBound());
    }

    /**
     * The dataset's labels, streamed: its manifest's categories and depth scale, and its records read anew each
     * time they are iterated, each checked against the categories. Memory does not grow with the dataset.
     */
    public StreamedLabels labels() {
        DatasetManifest m = manifest();
        return labels(m.categories(), m.depthScale());
    }

    /** The records streamed as {@link #labels()} does, with the given categories and depth scale. */
    public StreamedLabels labels(List<CategoryLabel> categories, double depthScale) {
        check(() -> DatasetLabels.checkCategories(categories));
        return new StreamedLabels(this, categories, depthScale);
    }

    /** The whole dataset in memory, checked as one ({@link DatasetLabels}). */
    public DatasetLabels readAll() {
        DatasetManifest m = manifest();
        List<FrameLabel> frames = new ArrayList<>();
        records().forEach(frames::add);
        return check(() -> new DatasetLabels(m.categories(), frames, m.depthScale()));
    }

    /** One past the last frame: the manifest's frame count, or without one, one past the highest record. */
    public int frameBound() {
        int frames = Files.isRegularFile(root.resolve(DatasetLayout.MANIFEST)) ? manifest().frames() : -1;
        if (frames >= 0) return frames;
        List<Integer> present = frames();
        return present.isEmpty() ? 0 : present.get(present.size() - 1) + 1;
    }

    /** Runs a label-model rule, turning its failure into one naming this dataset. */
    <T> T check(java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (IllegalArgumentException e) {
            throw new MirageException(root + ": " + e.getMessage(), e);
        }
    }

    void check(Runnable rule) {
        check(() -> {
            rule.run();
            return null;
        });
    }

    /**
     * The records of the frames {@code from .. to - 1} that are present, read one at a time in frame order, so
     * memory does not grow with the dataset. Each record must be its file's frame ({@code 000017.json} holds frame
     * 17, whose image is {@code 000017.png} or {@code .jpg}); a bad record is a {@link MirageException} naming it.
     */
    public Iterable<FrameLabel> records(int from, int to) {
        return () -> {
            BitSet present = present(from, to);   // one listing, not a look-up per frame of the range
            return new Iterator<>() {
                private int next = present.nextSetBit(from);

                @Override public boolean hasNext() {
                    return next >= 0 && next < to;
                }

                @Override public FrameLabel next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    FrameLabel label = label(next);
                    next = present.nextSetBit(next + 1);
                    return label;
                }
            };
        };
    }

    /** How many records {@link #records()} streams: one listing of {@code frames/}, no per-frame list. */
    public int recordCount() {
        return present(0, frameBound()).cardinality();
    }

    /** The frames {@code from .. to - 1} whose record file is there. */
    private BitSet present(int from, int to) {
        BitSet present = new BitSet();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve(DatasetLayout.FRAMES))) {
            for (Path p : files) {
                int i = DatasetLayout.recordFrame(p.getFileName().toString());
                if (i >= from && i < to && Files.isRegularFile(p)) present.set(i);
            }
            return present;
        } catch (IOException e) {
            throw new MirageException(root.resolve(DatasetLayout.FRAMES) + ": cannot list frames: " + e.getMessage(), e);
        }
    }

    /** The record of frame i, which must be that frame's (see {@link #records}). */
    public FrameLabel label(int frame) {
        Path file = root.resolve(DatasetLayout.record(frame));
        if (!Files.isRegularFile(file)) throw new MirageException(file + ": no such frame record");
        FrameLabel label;
        try {
            label = FrameLabelJson.read(file);
        } catch (IOException e) {
            throw new MirageException(e.getMessage(), e);
        }
        if (label.frame() != frame)
            throw new MirageException(file + ": holds frame " + label.frame() + ", not frame " + frame);
        if (!label.fileName().equals(DatasetLayout.imageName(frame, false))
                && !label.fileName().equals(DatasetLayout.imageName(frame, true)))
            throw new MirageException(file + ": file_name '" + label.fileName() + "' is not frame " + frame + "'s image");
        return label;
    }

    /** The frame's RGB image (alpha 255). */
    public RgbaImage image(FrameLabel label) {
        Path file = root.resolve(DatasetLayout.IMAGES).resolve(label.fileName());
        BufferedImage img = decode(file);
        checkSize(file, img, label);
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgba = new byte[w * h * 4];
        for (int p = 0, d = 0; p < argb.length; p++, d += 4) {
            rgba[d] = (byte) (argb[p] >> 16);
            rgba[d + 1] = (byte) (argb[p] >> 8);
            rgba[d + 2] = (byte) argb[p];
            rgba[d + 3] = (byte) 255;
        }
        return new RgbaImage(w, h, rgba);
    }

    /**
     * The bytes of the frame's image file as stored (not decoded), for checks on the file itself such as finding
     * identical images; the caller closes the stream. A missing file is a {@link MirageException} naming it.
     */
    public InputStream openImage(FrameLabel label) {
        Path file = root.resolve(DatasetLayout.IMAGES).resolve(label.fileName());
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new MirageException(file + ": " + (Files.exists(file) ? "cannot read: " + e.getMessage() : "no such file"), e);
        }
    }

    /** The frame's instance mask: instance index per pixel, 0 for background. */
    public IdImage instanceMask(FrameLabel label) {
        Path file = root.resolve(DatasetLayout.INSTANCE_MASKS).resolve(DatasetLayout.frameName(label.frame(), "png"));
        BufferedImage img = decode(file);
        checkSize(file, img, label);
        Raster raster = img.getRaster();
        if (raster.getNumBands() != 1) throw new MirageException(file + ": an instance mask must be a grey PNG");
        int w = img.getWidth();
        int h = img.getHeight();
        return new IdImage(w, h, raster.getSamples(0, 0, w, h, 0, new int[w * h]));
    }

    private static BufferedImage decode(Path file) {
        if (!Files.isRegularFile(file)) throw new MirageException(file + ": no such file");
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {   // decoders throw unchecked exceptions on corrupt data too
            throw new MirageException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (img == null) throw new MirageException(file + ": not a PNG or JPEG image");
        return img;
    }

    private static void checkSize(Path file, BufferedImage img, FrameLabel label) {
        int w = label.camera().width();
        int h = label.camera().height();
        if (img.getWidth() != w || img.getHeight() != h)
            throw new MirageException(file + ": is " + img.getWidth() + "x" + img.getHeight() + " but frame "
                    + label.frame() + " is " + w + "x" + h);
    }
}
