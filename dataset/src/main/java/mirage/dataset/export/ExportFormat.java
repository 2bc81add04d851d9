package mirage.dataset.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The label formats Mirage exports; the CLI names are the lower-case constant names. */
public enum ExportFormat {
    COCO, YOLO, VOC, KITTI, BOP;

    /** The exporter with {@link ExportOptions#DEFAULTS}. */
    public Exporter exporter() {
        return exporter(ExportOptions.DEFAULTS);
    }

    public Exporter exporter(ExportOptions options) {
        return switch (this) {
            case COCO -> new CocoExporter(options.cocoSegmentation(), options.cocoInfo());
            case YOLO -> new YoloExporter(options.yoloTask());
            case VOC -> new VocExporter();
            case KITTI -> new KittiExporter();
            case BOP -> new BopExporter();
        };
    }

    /** {@code coco}, {@code yolo}, {@code voc}, {@code kitti} or {@code bop}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named {@code name}, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) if (f.cliName().equalsIgnoreCase(name.trim())) return f;
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
                + Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", ")));
    }
}
