package mirage.annotators.rle;

import java.util.ArrayList;
import java.util.List;
import mirage.core.image.IdImage;

/** Encodes every instance of an id image in one column-major pass, tracking each instance's open run. */
final class MultiEncoder {
    private final RunList[] runs;
    /** Column-major index just past the last pixel of instance k seen so far. */
    private final long[] end;
    /** Length of the open run of ones of instance k, 0 when none is open. */
    private final long[] open;

    private MultiEncoder(int instanceCount) {
        runs = new RunList[instanceCount + 1];
        end = new long[instanceCount + 1];
        open = new long[instanceCount + 1];
        for (int k = 1; k <= instanceCount; k++) runs[k] = new RunList();
    }

    static List<Rle> encode(IdImage image, int instanceCount) {
        if (instanceCount < 0) throw new IllegalArgumentException("instance count must be >= 0: " + instanceCount);
        MultiEncoder enc = new MultiEncoder(instanceCount);
        int w = image.width();
        int[] ids = image.ids();
        long t = 0;
        for (int col = 0; col < w; col++) {
            for (int i = col; i < ids.length; i += w, t++) {
                int id = ids[i];
                if (id == 0) continue;
                if (id < 0 || id > instanceCount) {
                    throw new IllegalArgumentException("id " + id + " at (x=" + col + ", y=" + (i / w)
                            + ") is outside 0.." + instanceCount);
                }
                enc.pixel(id, t);
            }
        }
        return enc.finish(image.height(), w, t);
    }

    private void pixel(int id, long t) {
        if (open[id] == 0 || end[id] != t) {
            if (open[id] > 0) runs[id].add(open[id]);
            runs[id].add(t - end[id]);
            open[id] = 0;
        }
        open[id]++;
        end[id] = t + 1;
    }

    private List<Rle> finish(int height, int width, long total) {
        List<Rle> out = new ArrayList<>(runs.length - 1);
        for (int k = 1; k < runs.length; k++) {
            if (open[k] > 0) runs[k].add(open[k]);
            if (total > end[k]) runs[k].add(total - end[k]);
            out.add(new Rle(height, width, CocoRle.countsToString(runs[k].toArray())));
        }
        return out;
    }
}
