package mirage.report;

import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.mask.PixelBox;
import mirage.core.image.IdImage;

/**
 * Draws a frame's labels over its tile (the frame's image resized to the tile), in the colour of each instance's
 * category ({@link CategoryPalette}); only annotated instances (those with visible pixels) are drawn.
 * <ul>
 *   <li>Mask boundary: the mask is sampled at each tile pixel's centre (nearest source pixel); a tile pixel of an
 *       instance with a 4-neighbour of another instance, of the background or outside the tile is mixed half and
 *       half with the colour ({@code (pixel + colour + 1) / 2} per channel).</li>
 *   <li>Visible box: a one-pixel outline in the colour, drawn after every boundary. A box covering source columns
 *       {@code x..x+w-1} covers tile columns {@code floor(x s)..ceil((x + w) s) - 1}, with {@code s} the tile
 *       width over the image width (rows likewise).</li>
 * </ul>
 */
final class LabelOverlay {
    private LabelOverlay() {
    }

    /** Draws onto {@code tile} (RGBA, {@code tw x th}) in place. */
    static void draw(byte[] tile, int tw, int th, FrameLabel frame, IdImage mask) {
        int[] colorOf = new int[frame.instances().size() + 1];   // 0: not drawn
        for (InstanceLabel inst : frame.instances()) {
            if (inst.annotated()) colorOf[inst.index()] = 0xff000000 | CategoryPalette.rgb(inst.categoryId());
        }
        int[] ids = sampleMask(mask, tw, th, colorOf.length);
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                int id = ids[y * tw + x];
                if (colorOf[id] == 0 || !onBoundary(ids, tw, th, x, y, id)) continue;
                int c = colorOf[id];
                int p = (y * tw + x) * 4;
                tile[p] = (byte) (((tile[p] & 0xff) + (c >> 16 & 0xff) + 1) >> 1);
                tile[p + 1] = (byte) (((tile[p + 1] & 0xff) + (c >> 8 & 0xff) + 1) >> 1);
                tile[p + 2] = (byte) (((tile[p + 2] & 0xff) + (c & 0xff) + 1) >> 1);
            }
        }
        for (InstanceLabel inst : frame.instances()) {
            int color = colorOf[inst.index()];
            if (color != 0) outline(tile, tw, th, inst.masks().visible().box(), mask.width(), mask.height(), color);
        }
    }

    /** The instance index at each tile pixel's centre; indices without a record count as background. */
    private static int[] sampleMask(IdImage mask, int tw, int th, int known) {
        int w = mask.width();
        int h = mask.height();
        int[] sx = new int[tw];
        for (int x = 0; x < tw; x++) sx[x] = Math.min(w - 1, (int) ((x + 0.5) * w / tw));
        int[] out = new int[tw * th];
        for (int y = 0; y < th; y++) {
            int sy = Math.min(h - 1, (int) ((y + 0.5) * h / th));
            for (int x = 0; x < tw; x++) {
                int id = mask.get(sx[x], sy);
                out[y * tw + x] = id < known ? id : 0;
            }
        }
        return out;
    }

    private static boolean onBoundary(int[] ids, int tw, int th, int x, int y, int id) {
        return x == 0 || y == 0 || x == tw - 1 || y == th - 1 || ids[y * tw + x - 1] != id
                || ids[y * tw + x + 1] != id || ids[(y - 1) * tw + x] != id || ids[(y + 1) * tw + x] != id;
    }

    private static void outline(byte[] tile, int tw, int th, PixelBox box, int w, int h, int color) {
        int left = Math.min(tw - 1, (int) Math.floor((double) box.x() * tw / w));
        int right = Math.max(left, Math.min(tw - 1, (int) Math.ceil((double) (box.x() + box.w()) * tw / w) - 1));
        int top = Math.min(th - 1, (int) Math.floor((double) box.y() * th / h));
        int bottom = Math.max(top, Math.min(th - 1, (int) Math.ceil((double) (box.y() + box.h()) * th / h) - 1));
        for (int x = left; x <= right; x++) {
            put(tile, tw, x, top, color);
            put(tile, tw, x, bottom, color);
        }
        for (int y = top; y <= bottom; y++) {
            put(tile, tw, left, y, color);
            put(tile, tw, right, y, color);
        }
    }

    private static void put(byte[] tile, int tw, int x, int y, int color) {
        int p = (y * tw + x) * 4;
        tile[p] = (byte) (color >> 16);
        tile[p + 1] = (byte) (color >> 8);
        tile[p + 2] = (byte) color;
    }
}
