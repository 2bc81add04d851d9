package mirage.annotators.mask;

/**
 * A non-empty axis-aligned box {@code [x, y, w, h]} in pixel-edge coordinates, origin top-left: (x, y) is the
 * top-left corner of the top-left pixel, so the box covers columns {@code x..x+w-1} and rows {@code y..y+h-1}.
 * This is the COCO {@code bbox} of a mask (cocoapi {@code rleToBbox}). An empty mask has no box.
 */
public record PixelBox(int x, int y, int w, int h) {
    public PixelBox {
        if (x < 0 || y < 0) throw new IllegalArgumentException("box origin must be >= 0: x=" + x + ", y=" + y);
        if (w < 1 || h < 1) throw new IllegalArgumentException("box size must be >= 1: w=" + w + ", h=" + h);
    }

    /** The box spanning inclusive pixel indices {@code minCol..maxCol} and {@code minRow..maxRow}. */
    public static PixelBox ofInclusive(int minCol, int minRow, int maxCol, int maxRow) {
        return new PixelBox(minCol, minRow, maxCol - minCol + 1, maxRow - minRow + 1);
    }

    /** Index of the last column covered (inclusive). */
    public int maxCol() {
        return x + w - 1;
    }

    /** Index of the last row covered (inclusive). */
    public int maxRow() {
        return y + h - 1;
    }
}
