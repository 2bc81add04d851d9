package mirage.dataset.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Predicate;
import mirage.dataset.DatasetLayout;
import mirage.dataset.OwnedFiles;
import mirage.dataset.codec.PngWriter;
import mirage.scenes.spec.OutputsSpec;

/**
 * One kind of per-frame file: its name in {@code dataset.json}, its folder in the dataset, its switch in the spec
 * and how it is encoded. Implementations are stateless; the encoder they are given belongs to the calling thread.
 * To add an output: one subclass, and its place in {@link FrameOutputs#ALL}.
 */
public abstract class FrameOutput {
    private final String key;
    private final String folder;
    private final String extension;
    private final Predicate<OutputsSpec> enabled;

    /**
     * @param key       its key in {@code dataset.json}'s {@code outputs} (outputs sharing a folder share the key)
     * @param folder    relative to the dataset folder, {@code /}-separated
     * @param extension of its files, which are named by frame index ({@code 000017.png})
     * @param enabled   its switch: whether the spec's {@code outputs} turn it on
     */
    protected FrameOutput(String key, String folder, String extension, Predicate<OutputsSpec> enabled) {
        this.key = key;
        this.folder = folder;
        this.extension = extension;
        this.enabled = enabled;
    }

    /** An output every frame has. */
    protected FrameOutput(String key, String folder, String extension) {
        this(key, folder, extension, outputs -> true);
    }

    public final String key() {
        return key;
    }

    public final String folder() {
        return folder;
    }

    /** Whether the spec's {@code outputs} turn it on. */
    public final boolean enabled(OutputsSpec outputs) {
        return enabled.test(outputs);
    }

    /** The file's name inside {@link #folder()}. */
    public String fileName(FrameData frame) {
        return DatasetLayout.frameName(frame.frame(), extension);
    }

    /** The pattern of the names this output gives files (see {@link mirage.dataset.OwnedFiles}). */
    public String namePattern() {
        return OwnedFiles.FRAME + "\\." + extension;
    }

    /** Every name this output may give frame i's file (one, unless the format is drawn per frame). */
    public List<String> fileNames(int frame) {
        return List.of(DatasetLayout.frameName(frame, extension));
    }

    /** Encodes the frame's file to {@code out} (not closed); {@code png} is the calling thread's encoder. */
    public abstract void write(FrameData frame, PngWriter png, OutputStream out) throws IOException;
}
