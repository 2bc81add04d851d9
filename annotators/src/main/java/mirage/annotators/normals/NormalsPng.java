package mirage.annotators.normals;

import java.util.Objects;
import mirage.core.image.RgbaImage;

/**
 * Camera-space surface normals (OpenCV camera axes: x right, y down, z forward; a surface facing the camera has
 * a negative z) to an 8-bit RGB image: each component {@code c = round((n + 1) / 2 * 255)}, so -1 maps to 0,
 * 0 to 128 and +1 to 255. Input normals are normalised first. Background pixels (a zero vector or any NaN
 * component) are (0, 0, 0), which no unit normal produces. Write the result with
 * {@link mirage.annotators.png.PngWriter#writeRgb}; alpha is 255.
 */
public final class NormalsPng {
    private NormalsPng() {
    }

    /**
     * @param xyz row-major normals, 3 floats per pixel ({@code width * height * 3})
     * @throws IllegalArgumentException on a size mismatch or an infinite component
     */
    public static RgbaImage encode(float[] xyz, int width, int height) {
        Objects.requireNonNull(xyz, "xyz");
        if (width < 1 || height < 1 || xyz.length != 3L * width * height) {
            throw new IllegalArgumentException("normals length " + xyz.length + " != 3*" + width + "*" + height);
        }
        byte[] rgba = new byte[width * height * 4];
        for (int p = 0; p < width * height; p++) {
            double x = xyz[3 * p];
            double y = xyz[3 * p + 1];
            double z = xyz[3 * p + 2];
            rgba[4 * p + 3] = (byte) 255;
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(z) || (x == 0 && y == 0 && z == 0)) continue;
            if (Double.isInfinite(x) || Double.isInfinite(y) || Double.isInfinite(z)) {
                throw new IllegalArgumentException("infinite normal at (x=" + p % width + ", y=" + p / width + ")");
            }
            double len = Math.sqrt(x * x + y * y + z * z);
            rgba[4 * p] = (byte) channel(x / len);
            rgba[4 * p + 1] = (byte) channel(y / len);
            rgba[4 * p + 2] = (byte) channel(z / len);
        }
        return new RgbaImage(width, height, rgba);
    }

    /** {@code round((n + 1) / 2 * 255)} for n clamped to [-1, 1]. */
    public static int channel(double n) {
        double c = Math.max(-1, Math.min(1, n));
        return (int) Math.round((c + 1) / 2 * 255);
    }
}
