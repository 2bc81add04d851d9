package mirage.dataset.output;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import mirage.core.error.MirageException;
import mirage.core.image.DepthImage;
import java.util.regex.Pattern;
import mirage.dataset.DatasetLayout;
import mirage.dataset.OwnedFiles;
import mirage.dataset.codec.WholeFiles;
import mirage.scenes.spec.OutputsSpec;

/**
 * The registry of per-frame outputs. The folder list of a run, the names {@code --overwrite} deletes and the
 * {@code outputs} of {@code dataset.json} all derive from it.
 */
public final class FrameOutputs {
    /** Every output, in the order a frame's files are written: the record, whose presence marks a frame done, last. */
    public static final List<FrameOutput> ALL = List.of(new RgbImageOutput(), new InstanceMaskOutput(),
            new SemanticMaskOutput(), new DepthPngOutput(), new DepthNpyOutput(), new NormalsOutput(),
            new CoverageOutput(), new FrameRecordOutput());

    private FrameOutputs() {}

    /** The outputs the spec turns on, in write order. */
    public static List<FrameOutput> enabled(OutputsSpec outputs) {
        return ALL.stream().filter(o -> o.enabled(outputs)).toList();
    }

    /** The folders of the outputs any of {@code outputs} turns on, each once. */
    public static List<String> folders(Collection<OutputsSpec> outputs) {
        Set<String> out = new LinkedHashSet<>();
        for (OutputsSpec o : outputs) for (FrameOutput f : enabled(o)) out.add(f.folder());
        return new ArrayList<>(out);
    }

    /** The frame files of every output, whatever is on. */
    public static OwnedFiles owned() {
        return new OwnedFiles(ALL.stream().map(o -> new OwnedFiles.Rule(o.folder(), Pattern.compile(o.namePattern()))).toList());
    }

    /** {@code dataset.json}'s {@code outputs}: each key of an output turned on, with its folder and a slash. */
    public static Map<String, String> manifest(OutputsSpec outputs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FrameOutput f : enabled(outputs)) out.putIfAbsent(f.key(), f.folder() + "/");
        return out;
    }

    /**
     * Whether frame i is done in the dataset at {@code root}: its record is whole and is frame i's, and every output
     * that {@code outputs} turns on has a whole file for it (a PNG or JPEG image). With {@code outputs} null (not
     * known), the files that are there must be whole. A frame that is not done is rendered again on resume.
     */
    public static boolean frameDone(Path root, int frame, OutputsSpec outputs) {
        Path record = root.resolve(DatasetLayout.record(frame));
        if (!WholeFiles.whole(record) || !Long.valueOf(frame).equals(WholeFiles.topLevelInteger(record, "frame"))) return false;
        for (FrameOutput o : ALL) {
            if (o.folder().equals(DatasetLayout.FRAMES)) continue;
            boolean needed = outputs != null && o.enabled(outputs), found = false;
            for (String name : o.fileNames(frame)) {
                Path file = root.resolve(o.folder()).resolve(name);
                if (!Files.exists(file)) continue;
                if (!WholeFiles.whole(file)) return false;
                found = true;
            }
            if (needed && !found) return false;
        }
        return true;
    }

    /**
     * The frames {@code first .. end - 1} of the dataset at {@code root} that are done ({@link #frameDone}), found
     * by listing its records once and checking those frames alone, in parallel.
     *
     * @param outputs frame i's outputs, or null for "not known"
     */
    public static BitSet framesDone(Path root, int first, int end, IntFunction<OutputsSpec> outputs) {
        BitSet present = new BitSet(end);
        try (DirectoryStream<Path> records = Files.newDirectoryStream(root.resolve(DatasetLayout.FRAMES))) {
            for (Path p : records) {
                int i = DatasetLayout.recordFrame(p.getFileName().toString());
                if (i >= first && i < end) present.set(i);
            }
        } catch (NoSuchFileException none) {
            return present;
        } catch (IOException e) {
            throw new MirageException(root.resolve(DatasetLayout.FRAMES) + ": cannot list the frame records: " + e.getMessage(), e);
        }
        BitSet done = new BitSet(end);
        for (int i : present.stream().parallel().filter(i -> frameDone(root, i, outputs.apply(i))).toArray()) done.set(i);
        return done;
    }

    /**
     * What the outputs will do to a frame that its record must say, checked before any of its files is written:
     * the pixels the depth PNG clamps (0 when it is off).
     *
     * @throws mirage.core.error.MirageException when a depth does not fit and the spec says it must
     */
    public static long depthClampedPixels(DepthImage depth, OutputsSpec outputs, int frameIndex) {
        return DepthPngOutput.clampedPixels(depth, outputs, frameIndex);
    }
}
