package mirage.annotators.contour;

import java.util.Arrays;

/**
 * A closed polygon along pixel edges: vertices {@code (x0, y0, x1, y1, ...)} are pixel corners in pixel-edge
 * coordinates (pixel (col i, row j) is the square {@code [i, i+1) x [j, j+1)}), origin top-left, y down. Edges
 * are axis-parallel; only corners are listed (no collinear vertex); the closing edge from the last vertex back
 * to the first is implied. Outer boundaries run clockwise on screen (the inside on the right when walking),
 * which is a positive shoelace area with y pointing down. The array is copied in and out.
 */
public record Ring(int[] xy) {
    public Ring {
        if (xy.length < 8 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a ring needs at least 4 vertices as x, y pairs, got " + xy.length
                    + " numbers");
        }
        xy = xy.clone();
    }

    @Override
    public int[] xy() {
        return xy.clone();
    }

    /** Number of vertices. */
    public int size() {
        return xy.length / 2;
    }

    public int x(int i) {
        return xy[2 * i];
    }

    public int y(int i) {
        return xy[2 * i + 1];
    }

    /** Signed shoelace area in pixels: positive for an outer (clockwise on screen) ring, negative for a hole. */
    public long signedArea() {
        long twice = 0;
        int n = size();
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += (long) x(i) * y(j) - (long) x(j) * y(i);
        }
        return twice / 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ring r && Arrays.equals(xy, r.xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return "Ring" + Arrays.toString(xy);
    }
}
