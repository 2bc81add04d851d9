package mirage.annotators.coco;

import java.util.Arrays;

/**
 * The {@code pose} extra of an annotation: model-to-camera rotation, translation and per-axis scale, OpenCV camera
 * (x right, y down, z forward). A model point p maps to camera space as {@code R diag(scale) p + t}: the model is
 * scaled along its own x, y, z first, then rotated.
 *
 * @param r 9 numbers, the rotation matrix row-major ({@code "R"})
 * @param t 3 numbers, metres ({@code "t"})
 * @param scale 3 numbers, the scale of the asset's x, y, z ({@code "scale"})
 */
public record CocoPose(double[] r, double[] t, double[] scale) {
    public CocoPose {
        if (r.length != 9 || t.length != 3 || scale.length != 3) {
            throw new IllegalArgumentException("pose needs R of 9, t of 3 and scale of 3 numbers");
        }
        r = r.clone();
        t = t.clone();
        scale = scale.clone();
    }

    @Override
    public double[] r() {
        return r.clone();
    }

    @Override
    public double[] t() {
        return t.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CocoPose p && Arrays.equals(r, p.r) && Arrays.equals(t, p.t)
                && Arrays.equals(scale, p.scale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(r) + Arrays.hashCode(t)) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "CocoPose[R=" + Arrays.toString(r) + ", t=" + Arrays.toString(t) + ", scale=" + Arrays.toString(scale)
                + "]";
    }
}
