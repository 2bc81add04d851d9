package mirage.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import mirage.annotators.coco.CocoInfo;
import mirage.dataset.export.CocoSegmentation;
import mirage.dataset.export.ExportFormat;
import mirage.dataset.export.ExportOptions;
import mirage.dataset.export.ExportReport;
import mirage.dataset.export.YoloTask;
import mirage.core.error.MirageException;
import mirage.dataset.DatasetManifest;
import mirage.dataset.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code mirage export DIR --format F}: writes a rendered dataset's labels in another format, without rendering. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Convert a dataset's labels (its frames/*.json records) to coco, yolo, voc, kitti or bop.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A dataset folder written by mirage render.")
    Path dataset;

    @Option(names = "--format", required = true, paramLabel = "coco|yolo|voc|kitti|bop", converter = FormatConverter.class,
            description = "Label format to write.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write (default: the dataset folder, so labels sit beside images/).")
    Path out;

    @Option(names = "--coco-segmentation", paramLabel = "rle|polygon",
            description = "COCO segmentation: exact RLE (default) or edge-traced polygons (for tools that need them). "
                    + "With --format coco only.")
    String cocoSegmentation;

    @Option(names = "--yolo-task", paramLabel = "detect|segment",
            description = "YOLO label lines: boxes (default) or polygons. With --format yolo only.")
    String yoloTask;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        onlyWith(ExportFormat.COCO, cocoSegmentation, "--coco-segmentation");
        onlyWith(ExportFormat.YOLO, yoloTask, "--yolo-task");
        if (!Files.isDirectory(dataset)) throw new MirageException(dataset + ": not a dataset folder");
        ExportOptions options = new ExportOptions(choice(CocoSegmentation.class, cocoSegmentation, "rle", "--coco-segmentation"),
                choice(YoloTask.class, yoloTask, "detect", "--yolo-task"), new CocoInfo("Mirage synthetic dataset", Version.current()));
        Path target = out != null ? out : dataset;
        try {
            DatasetReader reader = DatasetReader.open(dataset);
            DatasetManifest manifest = reader.manifest();
            ExportReport report = format.exporter(options).export(reader.labels(), target);
            PrintWriter err = command.commandLine().getErr();
            if (!manifest.complete() && manifest.frames() >= 0)
                err.printf("mirage: warning: the dataset is not complete (%d of %d frames are done); the export holds"
                        + " those frames only%n", report.frames(), manifest.endFrame() - manifest.firstFrame());
            for (String w : report.warnings()) err.println("mirage: warning: " + w);
            System.out.printf("exported %d frames as %s: %d files -> %s%n", report.frames(), format.cliName(),
                    report.files().size(), target.toAbsolutePath().normalize());
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MirageException(dataset + ": " + e.getMessage(), e);
        }
    }

    /** An option of one format given with another is a usage error, not silently ignored. */
    private void onlyWith(ExportFormat owner, String value, String option) {
        if (value != null && format != owner)
            throw new ParameterException(command.commandLine(), option + " applies to --format " + owner.cliName()
                    + " only, not " + format.cliName());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String given, String fallback, String option) {
        String value = given != null ? given : fallback;
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MirageException(option + ": unknown value '" + value + "'");
        }
    }

    /** Parses a format name, listing the accepted ones on error. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
