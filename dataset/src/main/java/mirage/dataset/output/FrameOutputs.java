package mirage.dataset.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.core.image.DepthImage;
import mirage.scenes.spec.OutputsSpec;

/**
 * The registry of per-frame outputs. The folder list of a run, the names {@code --overwrite} deletes and the
 * {@code outputs} of {@code dataset.json} all derive from it.
 */
public final class FrameOutputs {
    /** Every output, in the order a frame's files are written: the record, whose presence marks a frame done, last. */
    public static final List<FrameOutput> ALL = List.of(new RgbImageOutput(), new InstanceMaskOutput(),
            new SemanticMaskOutput(), new DepthPngOutput(), new DepthNpyOutput(), new NormalsOutput(),
            new FrameRecordOutput());

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

    /** The top-level entries of every output's folder ({@code masks} for {@code masks/instance}), whatever is on. */
    public static Set<String> topLevelFolders() {
        Set<String> out = new LinkedHashSet<>();
        for (FrameOutput f : ALL) out.add(f.folder().split("/", 2)[0]);
        return out;
    }

    /** {@code dataset.json}'s {@code outputs}: each key of an output turned on, with its folder and a slash. */
    public static Map<String, String> manifest(OutputsSpec outputs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FrameOutput f : enabled(outputs)) out.putIfAbsent(f.key(), f.folder() + "/");
        return out;
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
