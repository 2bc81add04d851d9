package mirage.assets;

/**
 * An axis-aligned cube of edge 1 centred on the origin as 6 quads with 4 own corners each (24 corners). Face f has
 * outward normal {@link #NORMALS}[f] and in-plane axes {@link #U}[f], {@link #V}[f] with U × V = normal; its corners
 * k = 0..3 are centre + (∓U ∓V)/2 in the order (−,−), (+,−), (+,+), (−,+), counter-clockwise seen from outside, with
 * texture coordinates {@link #UV}[k] as written to the file.
 */
public final class Cube {
    public static final float[][] NORMALS = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
    public static final float[][] U = {{0, 1, 0}, {0, 0, 1}, {0, 0, 1}, {1, 0, 0}, {1, 0, 0}, {0, 1, 0}};
    public static final float[][] V = {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {1, 0, 0}};
    public static final float[][] UV = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    private static final int[][] SIGNS = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};

    private Cube() {
    }

    /** Corner k of face f. */
    public static float[] corner(int f, int k) {
        float[] p = new float[3];
        for (int a = 0; a < 3; a++)
            p[a] = 0.5f * (NORMALS[f][a] + SIGNS[k][0] * U[f][a] + SIGNS[k][1] * V[f][a]);
        return p;
    }

    /** The face whose normal is {@code n} (exact axis), or -1. */
    public static int faceOf(float nx, float ny, float nz) {
        for (int f = 0; f < 6; f++)
            if (NORMALS[f][0] == nx && NORMALS[f][1] == ny && NORMALS[f][2] == nz) return f;
        return -1;
    }

    /** Which corner of face f the point p (cube coordinates) is, or -1. */
    public static int cornerOf(int f, float[] p) {
        for (int k = 0; k < 4; k++) {
            float[] c = corner(f, k);
            if (c[0] == p[0] && c[1] == p[1] && c[2] == p[2]) return k;
        }
        return -1;
    }

    /** The 8 distinct corner positions, index i has bits (x, y, z) = (i&1, i&2, i&4) → +0.5 when set. */
    public static float[] vertex8(int i) {
        return new float[] {(i & 1) != 0 ? 0.5f : -0.5f, (i & 2) != 0 ? 0.5f : -0.5f, (i & 4) != 0 ? 0.5f : -0.5f};
    }

    /** Index into {@link #vertex8} of corner k of face f. */
    public static int vertex8Of(int f, int k) {
        float[] p = corner(f, k);
        return (p[0] > 0 ? 1 : 0) | (p[1] > 0 ? 2 : 0) | (p[2] > 0 ? 4 : 0);
    }
}
