package mirage.renderer.pass;

import mirage.scenes.model.Background;

/**
 * Where a background image's window lies in the image (see {@link Background.Image}): the largest window of the
 * frame's aspect ratio that fits (the cover window), shrunk by the zoom and placed by (x, y). In texture
 * coordinates of the image as shown, i.e. after the left-right mirror when flipped; (0, 0) is the top-left.
 *
 * @param u0 left edge
 * @param v0 top edge
 * @param width  extent across, 0..1
 * @param height extent down, 0..1
 */
public record BackgroundCrop(float u0, float v0, float width, float height) {
    public static BackgroundCrop of(Background.Image bg, int imageWidth, int imageHeight, int frameWidth, int frameHeight) {
        double imageAspect = (double) imageWidth / imageHeight;
        double frameAspect = (double) frameWidth / frameHeight;
        double w = Math.min(1, frameAspect / imageAspect) / bg.zoom();
        double h = Math.min(1, imageAspect / frameAspect) / bg.zoom();
        return new BackgroundCrop((float) (bg.x() * (1 - w)), (float) (bg.y() * (1 - h)), (float) w, (float) h);
    }
}
