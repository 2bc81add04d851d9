package mirage.annotators.coco;

import java.util.Arrays;

/**
 * The {@code pose} extra of an annotation: model-to-camera rotation and translation, OpenCV camera (x right,
 * y down, z forward). A model point p maps to camera space as {@code scale * R p + t}.
 *
 * @param r 9 numbers, the rotation matrix row-major ({@code "R"})
 * @param t 3 numbers, metres ({@code "t"})
 * @param scale uniform scale of the asset ({@code "scale"})
 */
public record CocoPose(double[] r, double[] t, double scale) {
    public CocoPose {
        if (r.length != 9 || t.length != 3) throw new IllegalArgumentException("pose needs R of 9 and t of 3 numbers");
        r = r.clone();
        t = t.clone();
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
    public boolean equals(Object o) {
        return o instanceof CocoPose p && Arrays.equals(r, p.r) && Arrays.equals(t, p.t)
                && Double.compare(scale, p.scale) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(r) + Arrays.hashCode(t)) + Double.hashCode(scale);
    }

    @Override
    public String toString() {
        return "CocoPose[R=" + Arrays.toString(r) + ", t=" + Arrays.toString(t) + ", scale=" + scale + "]";
    }
}
