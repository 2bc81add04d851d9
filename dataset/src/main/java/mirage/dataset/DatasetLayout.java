package mirage.dataset;

import java.util.regex.Pattern;

/**
 * The names inside a dataset folder, spelt in this one place (docs/FORMATS.md describes the layout). Frame files
 * are named by their frame index, six digits or more: frame 17's record is {@code frames/000017.json}, its image
 * {@code images/000017.png} (or {@code .jpg}), its masks {@code masks/instance/000017.png}.
 */
public final class DatasetLayout {
    public static final String IMAGES = "images";
    public static final String INSTANCE_MASKS = "masks/instance";
    public static final String SEMANTIC_MASKS = "masks/semantic";
    public static final String DEPTH = "depth";
    public static final String NORMALS = "normals";
    /** The coverage images (outputs.coverage). */
    public static final String COVERAGE = "coverage";
    /** The frame records, one JSON file per frame; a frame is done once its record is in place. */
    public static final String FRAMES = "frames";
    public static final String ANNOTATIONS = "annotations";
    /** The dataset's manifest (see {@link DatasetManifestJson}). */
    public static final String MANIFEST = "dataset.json";
    /** The whole run's COCO file. */
    public static final String COCO = ANNOTATIONS + "/instances.json";
    /** Marks the folder as holding a run of one spec (see {@link RunFile}). */
    public static final String RUN_FILE = ".mirage-run.json";

    private static final Pattern RECORD = Pattern.compile("\\d{6,}\\.json");

    private DatasetLayout() {}

    /** File name of frame i: {@code 000017.png}. */
    public static String frameName(int frame, String extension) {
        return String.format("%06d.%s", frame, extension);
    }

    /** The image file name of frame i, relative to {@link #IMAGES}: PNG, or JPEG when the frame was saved as one. */
    public static String imageName(int frame, boolean jpeg) {
        return frameName(frame, jpeg ? "jpg" : "png");
    }

    /** Frame i's record, relative to the dataset folder. */
    public static String record(int frame) {
        return FRAMES + "/" + frameName(frame, "json");
    }

    /** A split's own COCO file, relative to the dataset folder: {@code annotations/instances_val.json}. */
    public static String splitCoco(String split) {
        return ANNOTATIONS + "/instances_" + split + ".json";
    }

    /** The frame index of a record's file name ({@code 000017.json}), or -1 for any other name. */
    public static int recordFrame(String fileName) {
        if (!RECORD.matcher(fileName).matches()) return -1;
        try {
            return Integer.parseInt(fileName.substring(0, fileName.length() - ".json".length()));
        } catch (NumberFormatException tooLarge) {
            return -1;
        }
    }
}
