package mirage.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.FrameLabel;
import mirage.core.error.MirageException;
import mirage.core.image.RgbaImage;
import mirage.dataset.AtomicWriter;
import mirage.dataset.DatasetReader;
import mirage.dataset.codec.JpegWriter;
import mirage.dataset.codec.PngWriter;

/**
 * One image showing several frames of a rendered dataset, to check a dataset by eye: a grid of tiles, left to
 * right then top to bottom in the order given, each the frame's image resized to the tile width with its aspect
 * kept (area averaging; height {@code max(1, round(tileWidth * height / width))}) and, if asked, its labels drawn
 * over it (see {@link LabelOverlay}: mask boundaries and visible boxes in a colour per category).
 *
 * <p>Layout: {@code min(columns, n)} columns and {@code ceil(n / columns)} rows of cells, each cell
 * {@code tileWidth} wide and as high as the highest tile; {@link #GAP} pixels of {@link #BACKGROUND} around and
 * between cells, so tile k's top-left pixel is at {@code (GAP + (k % cols) (tileWidth + GAP),
 * GAP + (k / cols) (cellHeight + GAP))}. Tiles are top-aligned in their cells.
 */
public final class ContactSheet {
    /** Pixels between cells and around the grid. */
    public static final int GAP = 4;
    /** Colour of the gaps, 0xRRGGBB. */
    public static final int BACKGROUND = 0x202020;
    /** Accepted tile widths, pixels. */
    public static final int MIN_TILE_WIDTH = 8;
    public static final int MAX_TILE_WIDTH = 4096;
    /** Most columns accepted. */
    public static final int MAX_COLUMNS = 256;
    /** Most frames on one sheet. */
    public static final int MAX_FRAMES = 4096;
    /** Largest sheet, pixels (256 MiB of RGBA). */
    public static final long MAX_PIXELS = 1L << 26;

    private ContactSheet() {
    }

    /**
     * How to lay out the sheet.
     *
     * @param columns tiles per row, 1..{@link #MAX_COLUMNS}
     * @param tileWidth pixels, {@link #MIN_TILE_WIDTH}..{@link #MAX_TILE_WIDTH}
     * @param labels draw each frame's labels over its tile
     */
    public record Options(int columns, int tileWidth, boolean labels) {
        public Options {
            if (columns < 1 || columns > MAX_COLUMNS)
                throw new MirageException("columns must be 1.." + MAX_COLUMNS + ": " + columns);
            if (tileWidth < MIN_TILE_WIDTH || tileWidth > MAX_TILE_WIDTH)
                throw new MirageException("tile width must be " + MIN_TILE_WIDTH + ".." + MAX_TILE_WIDTH + " pixels: " + tileWidth);
        }
    }

    /** The sheet of {@code frames} (indices, in tile order) of the dataset. */
    public static RgbaImage compose(DatasetReader dataset, List<Integer> frames, Options options) {
        return compose(List.of(dataset), frames, options);
    }

    /**
     * The sheet of {@code frames} of several datasets side by side, to compare them: for each frame in turn, its tile
     * from each dataset in the order given (so with as many columns as datasets, a row is one frame). Every dataset
     * must hold every frame.
     */
    public static RgbaImage compose(List<DatasetReader> datasets, List<Integer> frames, Options options) {
        if (frames.isEmpty()) throw new MirageException("no frames to show");
        if ((long) frames.size() * datasets.size() > MAX_FRAMES)
            throw new MirageException(frames.size() * datasets.size() + " tiles is more than one sheet holds (" + MAX_FRAMES + ")");
        List<FrameLabel> labels = new ArrayList<>();
        List<DatasetReader> sources = new ArrayList<>();
        for (int f : frames)
            for (DatasetReader d : datasets) {   // all records first: the layout needs every size
                labels.add(d.label(f));
                sources.add(d);
            }
        int tw = options.tileWidth();
        int[] heights = new int[labels.size()];
        int cellHeight = 1;
        for (int k = 0; k < heights.length; k++) {
            heights[k] = tileHeight(tw, labels.get(k).camera().width(), labels.get(k).camera().height());
            cellHeight = Math.max(cellHeight, heights[k]);
        }
        int cols = Math.min(options.columns(), labels.size());
        int rows = (labels.size() + cols - 1) / cols;
        long width = (long) cols * (tw + GAP) + GAP;
        long height = (long) rows * (cellHeight + GAP) + GAP;
        if (width * height > MAX_PIXELS)
            throw new MirageException("the sheet would be " + width + "x" + height + " pixels, more than "
                    + MAX_PIXELS + "; show fewer frames or use smaller tiles");
        byte[] sheet = background((int) width, (int) height);
        for (int k = 0; k < labels.size(); k++) {
            FrameLabel label = labels.get(k);
            RgbaImage tile = tile(sources.get(k), label, tw, heights[k], options.labels());
            blit(tile, sheet, (int) width, GAP + (k % cols) * (tw + GAP), GAP + (k / cols) * (cellHeight + GAP));
        }
        return new RgbaImage((int) width, (int) height, sheet);
    }

    /** JPEG quality of a sheet written as {@code .jpg}: small enough for a README, sharp enough to read the boxes. */
    public static final int JPEG_QUALITY = 90;

    /** Writes the sheet atomically: as JPEG when the name ends in .jpg or .jpeg, else as an 8-bit RGB PNG. */
    public static void write(RgbaImage sheet, Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean jpeg = name.endsWith(".jpg") || name.endsWith(".jpeg");
        try (PngWriter png = new PngWriter()) {
            AtomicWriter.write(file, out -> {
                if (jpeg) JpegWriter.write(sheet, JPEG_QUALITY, out);
                else png.writeRgb(sheet, out);
            });
        }
    }

    /**
     * {@code count} of the {@code available} frames (ascending), spread evenly: the k-th pick is
     * {@code available[floor(k n / count)]}, so the first frame is always shown; all of them when
     * {@code count >= n}.
     */
    public static List<Integer> spread(List<Integer> available, int count) {
        if (count < 1) throw new MirageException("--count must be at least 1: " + count);
        int n = available.size();
        if (count >= n) return List.copyOf(available);
        List<Integer> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) out.add(available.get((int) ((long) k * n / count)));
        return out;
    }

    /** Height of a tile {@code tileWidth} wide showing an image of {@code w x h}. */
    public static int tileHeight(int tileWidth, int w, int h) {
        return (int) Math.max(1, Math.round((double) tileWidth * h / w));
    }

    /** Frame {@code label}'s image resized to {@code tw x th}, with its labels drawn over it if asked. */
    public static RgbaImage tile(DatasetReader dataset, FrameLabel label, int tw, int th, boolean withLabels) {
        RgbaImage tile = ImageScaler.resize(dataset.image(label), tw, th);
        if (withLabels) LabelOverlay.draw(tile.rgba(), tw, th, label, dataset.instanceMask(label));
        return tile;
    }

    private static byte[] background(int width, int height) {
        byte[] px = new byte[width * height * 4];
        for (int p = 0; p < px.length; p += 4) {
            px[p] = (byte) (BACKGROUND >> 16);
            px[p + 1] = (byte) (BACKGROUND >> 8);
            px[p + 2] = (byte) BACKGROUND;
            px[p + 3] = (byte) 255;
        }
        return px;
    }

    private static void blit(RgbaImage tile, byte[] sheet, int sheetWidth, int x0, int y0) {
        int rowBytes = tile.width() * 4;
        for (int y = 0; y < tile.height(); y++)
            System.arraycopy(tile.rgba(), y * rowBytes, sheet, ((y0 + y) * sheetWidth + x0) * 4, rowBytes);
    }
}
