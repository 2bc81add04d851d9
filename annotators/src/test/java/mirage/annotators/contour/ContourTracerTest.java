package mirage.annotators.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;
import mirage.core.image.IdImage;
import org.junit.jupiter.api.Test;

class ContourTracerTest {

    /** Row-major mask from rows of '#' (set) and '.' (clear). */
    static boolean[] mask(String... rows) {
        int w = rows[0].length();
        boolean[] m = new boolean[rows.length * w];
        for (int r = 0; r < rows.length; r++) for (int c = 0; c < w; c++) m[r * w + c] = rows[r].charAt(c) == '#';
        return m;
    }

    @Test
    void rasterPortReproducesTheCocoapiFacts() {
        // coco.md section 3, from compiled maskApi.c: edge-traced polygons give the pixels they enclose.
        assertArrayEquals(mask("#.", ".."), CocoPolygonRaster.ring(new double[] {0, 0, 1, 0, 1, 1, 0, 1}, 2, 2));
        assertArrayEquals(mask("##.", "##.", "..."),
                CocoPolygonRaster.ring(new double[] {0, 0, 2, 0, 2, 2, 0, 2}, 3, 3));
        // rleFrBbox([1, 0, 2, 3]) on 4x4: polygon xs,ys / xs,ye / xe,ye / xe,ys
        assertArrayEquals(mask(".##.", ".##.", ".##.", "...."),
                CocoPolygonRaster.ring(new double[] {1, 0, 1, 3, 3, 3, 3, 0}, 4, 4));
        // a square through pixel centres keeps only pixel (1, 1)
        assertArrayEquals(mask("...", ".#.", "..."),
                CocoPolygonRaster.ring(new double[] {0.5, 0.5, 1.5, 0.5, 1.5, 1.5, 0.5, 1.5}, 3, 3));
    }

    @Test
    void singlePixelIsItsFourCornersClockwise() {
        MaskContours c = ContourTracer.trace(mask("...", "..#"), 3, 2);
        assertEquals(List.of(new Ring(new int[] {2, 1, 3, 1, 3, 2, 2, 2})), c.outer());
        assertEquals(0, c.holes());
        assertEquals(1, c.outer().get(0).signedArea());
    }

    @Test
    void lShapeListsOnlyCorners() {
        MaskContours c = ContourTracer.trace(mask("#.", "##"), 2, 2);
        assertEquals(List.of(new Ring(new int[] {0, 0, 1, 0, 1, 1, 2, 1, 2, 2, 0, 2})), c.outer());
        assertEquals(3, c.outer().get(0).signedArea());
    }

    @Test
    void diagonalPixelsAreOneComponentThroughTheSharedCorner() {
        MaskContours c = ContourTracer.trace(mask("#.", ".#"), 2, 2);
        assertEquals(List.of(new Ring(new int[] {0, 0, 1, 0, 1, 1, 2, 1, 2, 2, 1, 2, 1, 1, 0, 1})), c.outer());
        assertArrayEquals(mask("#.", ".#"), raster(c, 2, 2));
        MaskContours anti = ContourTracer.trace(mask(".#", "#."), 2, 2);
        assertEquals(1, anti.outer().size());
        assertArrayEquals(mask(".#", "#."), raster(anti, 2, 2));
    }

    @Test
    void ringWithHoleReportsTheHoleAndFillsIt() {
        boolean[] m = mask("###", "#.#", "###");
        MaskContours c = ContourTracer.trace(m, 3, 3);
        assertEquals(1, c.outer().size());
        assertEquals(1, c.holes());
        assertEquals(false, c.exactAsPolygons());
        assertArrayEquals(mask("###", "###", "###"), raster(c, 3, 3));
    }

    @Test
    void holeClosedOnlyDiagonallyIsStillAHole() {
        // background (1,1) touches (2,2) only at a corner: with 8-connected foreground it is enclosed
        boolean[] m = mask("###.", "#.#.", "##.#", "..##");
        MaskContours c = ContourTracer.trace(m, 4, 4);
        assertEquals(independentHoles(m, 4, 4), c.holes());
        assertEquals(2, c.holes());
    }

    @Test
    void rleTracingMatchesArrayTracingAtTheImagePosition() {
        boolean[] m = mask("......", "..##..", "..#...", ".....#");
        int[] ids = new int[m.length];
        for (int i = 0; i < m.length; i++) ids[i] = m[i] ? 1 : 0;
        Rle rle = CocoRle.encode(new IdImage(6, 4, ids), 1);
        assertEquals(ContourTracer.trace(m, 6, 4), ContourTracer.trace(rle));
        assertEquals(new MaskContours(List.of(), 0), ContourTracer.trace(CocoRle.encode(new IdImage(6, 4,
                new int[24]), 1)));
    }

    @Test
    void randomMasksRasteriseBackExactlyUnlessTheyHaveHoles() {
        SplittableRandom rnd = new SplittableRandom(20240611);
        for (int trial = 0; trial < 3000; trial++) {
            int w = 1 + rnd.nextInt(12);
            int h = 1 + rnd.nextInt(12);
            double density = rnd.nextDouble();
            boolean[] m = new boolean[w * h];
            for (int i = 0; i < m.length; i++) m[i] = rnd.nextDouble() < density;
            check(m, w, h);
        }
    }

    private static void check(boolean[] m, int w, int h) {
        MaskContours c = ContourTracer.trace(m, w, h);
        int holes = independentHoles(m, w, h);
        assertEquals(holes, c.holes(), "holes");
        assertEquals(components8(m, w, h), c.outer().size(), "components");
        boolean[] filled = raster(c, w, h);
        boolean[] expected = m.clone();
        if (holes > 0) fillHoles(expected, w, h);
        assertArrayEquals(expected, filled, "raster of the rings");
        for (Ring r : c.outer()) assertTrue(r.signedArea() > 0);
    }

    static boolean[] raster(MaskContours c, int w, int h) {
        List<double[]> polys = c.outer().stream().map(r -> {
            double[] d = new double[r.size() * 2];
            for (int i = 0; i < d.length; i++) d[i] = r.xy()[i];
            return d;
        }).toList();
        return CocoPolygonRaster.union(polys, h, w);
    }

    /** Background regions (4-connected) that do not reach the border. */
    static int independentHoles(boolean[] m, int w, int h) {
        boolean[] seen = new boolean[m.length];
        int holes = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] || seen[i]) continue;
            if (!flood(m, seen, i, w, h, false, false)) holes++;
        }
        return holes;
    }

    static int components8(boolean[] m, int w, int h) {
        boolean[] seen = new boolean[m.length];
        int n = 0;
        for (int i = 0; i < m.length; i++) {
            if (!m[i] || seen[i]) continue;
            flood(m, seen, i, w, h, true, true);
            n++;
        }
        return n;
    }

    private static void fillHoles(boolean[] m, int w, int h) {
        boolean[] seen = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            if (m[i] || seen[i]) continue;
            boolean[] region = new boolean[m.length];
            boolean[] before = seen.clone();
            if (!flood(m, seen, i, w, h, false, false)) {
                for (int j = 0; j < m.length; j++) if (seen[j] && !before[j]) region[j] = true;
                for (int j = 0; j < m.length; j++) if (region[j]) m[j] = true;
            }
        }
    }

    /** Floods pixels equal to {@code value}; returns whether the region touches the border. */
    private static boolean flood(boolean[] m, boolean[] seen, int start, int w, int h, boolean value, boolean eight) {
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
        seen[start] = true;
        boolean border = false;
        while (!queue.isEmpty()) {
            int p = queue.poll();
            int x = p % w;
            int y = p / w;
            border |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if ((dx == 0 && dy == 0) || (!eight && dx != 0 && dy != 0)) continue;
                    int nx = x + dx;
                    int ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    int q = ny * w + nx;
                    if (m[q] == value && !seen[q]) {
                        seen[q] = true;
                        queue.add(q);
                    }
                }
            }
        }
        return border;
    }
}
