package mirage.assets;

/**
 * Per-vertex tangent frames for normal mapping, in the convention of {@link MeshData#tangents()}: xyz is the unit
 * direction in which u grows, made perpendicular to the vertex normal; w = ±1 so that cross(normal, xyz) * w points
 * towards the texture image's top (decreasing v, since v = 0 is the top row).
 *
 * <p>{@link #compute} is the per-triangle method of Lengyel ("Computing Tangent Space Basis Vectors for an Arbitrary
 * Mesh", 2001): each triangle's dP/du and dP/dv summed at its corners (so larger triangles weigh more), then
 * Gram-Schmidt against the normal. It is close to, but not exactly, MikkTSpace: a model whose normal map was baked
 * against MikkTSpace tangents should carry them in the file (glTF TANGENT), and then {@link #fromFile} keeps them.
 * A vertex without a usable direction (its triangles have no UV area) gets any unit vector perpendicular to its
 * normal and w = 1. Pure Java, deterministic.
 */
public final class Tangents {
    private Tangents() {
    }

    /** Tangents computed from the geometry; triangles naming vertices outside the arrays are skipped. */
    public static float[] compute(float[] positions, float[] normals, float[] uvs, int[] indices) {
        int n = positions.length / 3;
        double[] t = new double[3 * n], b = new double[3 * n];
        for (int i = 0; i + 2 < indices.length; i += 3) {
            int i0 = indices[i], i1 = indices[i + 1], i2 = indices[i + 2];
            if (!inRange(i0, n) || !inRange(i1, n) || !inRange(i2, n)) continue;
            double[] e1 = sub(positions, i1, i0), e2 = sub(positions, i2, i0);
            double du1 = uvs[2 * i1] - (double) uvs[2 * i0], du2 = uvs[2 * i2] - (double) uvs[2 * i0];
            // v' = -v grows towards the image's top
            double dv1 = uvs[2 * i0 + 1] - (double) uvs[2 * i1 + 1], dv2 = uvs[2 * i0 + 1] - (double) uvs[2 * i2 + 1];
            double det = du1 * dv2 - du2 * dv1;
            if (det == 0 || !Double.isFinite(det)) continue;
            double r = 1 / det;
            for (int k = 0; k < 3; k++) {
                double dPdu = (e1[k] * dv2 - e2[k] * dv1) * r, dPdv = (e2[k] * du1 - e1[k] * du2) * r;
                for (int corner : new int[] {i0, i1, i2}) {
                    t[3 * corner + k] += dPdu;
                    b[3 * corner + k] += dPdv;
                }
            }
        }
        return frames(normals, t, b);
    }

    /**
     * Tangents from a file's per-vertex tangent and bitangent vectors (Assimp's {@code mTangents} and
     * {@code mBitangents}, bitangent towards the image's top), made perpendicular to the normals; non-finite or zero
     * vectors fall back as in {@link #compute}.
     */
    public static float[] fromFile(float[] normals, float[] tangents, float[] bitangents) {
        double[] t = new double[tangents.length], b = new double[bitangents.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = tangents[i];
            b[i] = bitangents[i];
        }
        return frames(normals, t, b);
    }

    private static float[] frames(float[] normals, double[] t, double[] b) {
        int n = normals.length / 3;
        float[] out = new float[4 * n];
        for (int v = 0; v < n; v++) {
            double nx = normals[3 * v], ny = normals[3 * v + 1], nz = normals[3 * v + 2];
            double tx = t[3 * v], ty = t[3 * v + 1], tz = t[3 * v + 2];
            double d = nx * tx + ny * ty + nz * tz;
            tx -= nx * d;
            ty -= ny * d;
            tz -= nz * d;
            double len = Math.sqrt(tx * tx + ty * ty + tz * tz);
            double w = 1;
            if (len > 1e-12 && Double.isFinite(len)) {
                tx /= len;
                ty /= len;
                tz /= len;
                double cx = ny * tz - nz * ty, cy = nz * tx - nx * tz, cz = nx * ty - ny * tx;
                if (cx * b[3 * v] + cy * b[3 * v + 1] + cz * b[3 * v + 2] < 0) w = -1;
            } else {
                double[] p = perpendicular(nx, ny, nz);
                tx = p[0];
                ty = p[1];
                tz = p[2];
            }
            out[4 * v] = (float) tx;
            out[4 * v + 1] = (float) ty;
            out[4 * v + 2] = (float) tz;
            out[4 * v + 3] = (float) w;
        }
        return out;
    }

    /** A unit vector perpendicular to the unit vector n: n crossed with the axis it is least aligned with. */
    private static double[] perpendicular(double nx, double ny, double nz) {
        double ax = Math.abs(nx), ay = Math.abs(ny), az = Math.abs(nz);
        double[] axis = ax <= ay && ax <= az ? new double[] {1, 0, 0} : ay <= az ? new double[] {0, 1, 0} : new double[] {0, 0, 1};
        double cx = ny * axis[2] - nz * axis[1], cy = nz * axis[0] - nx * axis[2], cz = nx * axis[1] - ny * axis[0];
        double len = Math.sqrt(cx * cx + cy * cy + cz * cz);
        return len > 0 ? new double[] {cx / len, cy / len, cz / len} : new double[] {1, 0, 0};
    }

    private static boolean inRange(int i, int n) {
        return i >= 0 && i < n;
    }

    private static double[] sub(float[] p, int to, int from) {
        return new double[] {p[3 * to] - (double) p[3 * from], p[3 * to + 1] - (double) p[3 * from + 1], p[3 * to + 2] - (double) p[3 * from + 2]};
    }
}
