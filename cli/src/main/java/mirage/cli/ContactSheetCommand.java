package mirage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.dataset.FrameSelection;
import mirage.core.error.MirageException;
import mirage.core.image.RgbaImage;
import mirage.report.ContactSheet;
import mirage.dataset.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mirage contact-sheet DIR... --out sheet.png}: a grid of a dataset's frames with their labels drawn on; with
 * several datasets, each frame's tiles side by side (one row per frame by default), e.g. the variants of a sweep.
 */
@Command(name = "contact-sheet", mixinStandardHelpOptions = true,
        description = "Draw several frames of a rendered dataset, with their boxes and mask outlines, into one PNG. "
                + "With several datasets (e.g. a sweep's), each frame's tiles stand side by side, one row per frame.")
final class ContactSheetCommand implements Callable<Integer> {
    static final int DEFAULT_COUNT = 12;
    static final int MAX_DATASETS = 16;

    @Parameters(arity = "1.." + MAX_DATASETS, paramLabel = "DIR",
            description = "Dataset folders written by mirage render; frames are picked from the first.")
    List<Path> datasets;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The image to write: PNG, or JPEG (quality 90) when the name ends in .jpg or .jpeg.")
    Path out;

    @Option(names = "--frames", paramLabel = "LIST",
            description = "Frames to show, in order: indices and ranges, e.g. 0-11 or 0-3,8.")
    String frames;

    @Option(names = "--count", paramLabel = "N",
            description = "Show N frames spread evenly over the dataset (default " + DEFAULT_COUNT + "; not with --frames).")
    Integer count;

    @Option(names = "--columns", paramLabel = "N",
            description = "Tiles per row (default 4; with several datasets, their number).")
    Integer columns;

    @Option(names = "--tile-width", paramLabel = "PX", defaultValue = "320",
            description = "Tile width in pixels; the height keeps the frames' aspect (default 320).")
    int tileWidth;

    @Option(names = "--no-labels", description = "Show the images alone.")
    boolean noLabels;

    @Override
    public Integer call() {
        if (frames != null && count != null) throw new MirageException("give --frames or --count, not both");
        int columns = this.columns != null ? this.columns : datasets.size() > 1 ? datasets.size() : 4;
        if (columns < 1 || columns > ContactSheet.MAX_COLUMNS)
            throw new MirageException("--columns must be 1.." + ContactSheet.MAX_COLUMNS + ": " + columns);
        if (tileWidth < ContactSheet.MIN_TILE_WIDTH || tileWidth > ContactSheet.MAX_TILE_WIDTH)
            throw new MirageException("--tile-width must be " + ContactSheet.MIN_TILE_WIDTH + ".."
                    + ContactSheet.MAX_TILE_WIDTH + " pixels: " + tileWidth);
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) throw new MirageException(target + ": is a folder; --out names the image file to write");
        if (!Files.isDirectory(target.getParent())) throw new MirageException(target.getParent() + ": no such folder for --out");
        List<DatasetReader> readers = datasets.stream().map(DatasetReader::open).toList();
        List<Integer> shown = frames != null ? selected(frames) : pick(readers.get(0));
        RgbaImage sheet = ContactSheet.compose(readers, shown, new ContactSheet.Options(columns, tileWidth, !noLabels));
        ContactSheet.write(sheet, target);
        System.out.printf("contact sheet of %d frames%s (%dx%d pixels) -> %s%n", shown.size(),
                readers.size() > 1 ? " of " + readers.size() + " datasets" : "", sheet.width(), sheet.height(), target);
        return 0;
    }

    private List<Integer> pick(DatasetReader ds) {
        List<Integer> available = ds.frames();
        if (available.isEmpty()) throw new MirageException(datasets.get(0) + ": the dataset has no frames yet");
        int n = count != null ? count : DEFAULT_COUNT;
        if (n < 1 || n > ContactSheet.MAX_FRAMES)
            throw new MirageException("--count must be 1.." + ContactSheet.MAX_FRAMES + ": " + n);
        return ContactSheet.spread(available, n);
    }

    /** The frames --frames names, in the order written (the syntax of render's --only). */
    private static List<Integer> selected(String text) {
        try {
            return FrameSelection.parse(text).inOrder(ContactSheet.MAX_FRAMES);
        } catch (IllegalArgumentException e) {
            throw new MirageException("--frames '" + text + "': " + e.getMessage());
        }
    }
}
