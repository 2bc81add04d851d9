package mirage.report.stats;

/**
 * A heat map of points in normalized image coordinates: {@code columns x rows} cells over {@code [0, 1] x [0, 1]}
 * (x right, y down), a point on the right or bottom edge counted in the last cell.
 */
public final class CentreGrid {
    private final int columns;
    private final int rows;
    private final long[] counts;

    public CentreGrid(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        this.counts = new long[columns * rows];
    }

    /** Counts the point (x, y), each 0..1; points outside are not counted. */
    public void add(double x, double y) {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) return;
        counts[cell(y, rows) * columns + cell(x, columns)]++;
    }

    private static int cell(double v, int n) {
        return Math.min(n - 1, (int) (v * n));
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The count of cell (column, row). */
    public long count(int column, int row) {
        return counts[row * columns + column];
    }

    public long max() {
        long m = 0;
        for (long c : counts) m = Math.max(m, c);
        return m;
    }
}
