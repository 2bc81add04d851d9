package mirage.renderer;

import java.nio.file.Path;
import java.util.List;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.core.geom.Aabb;
import org.joml.Vector3f;

/** A unit cube centred at the origin (corners at +-0.5), flat-shaded, counter-clockwise faces: built by hand. */
final class UnitCube {
    static final Path PATH = Path.of("/analytic/unit-cube");

    private UnitCube() {}

    static Model model(float r, float g, float b) {
        float[] pos = new float[24 * 3], nrm = new float[24 * 3];
        int[] idx = new int[36];
        int v = 0, i = 0;
        for (int axis = 0; axis < 3; axis++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                int u = (axis + 1) % 3, w = (axis + 2) % 3;
                float[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
                for (float[] c : corners) {
                    float[] p = new float[3];
                    p[axis] = 0.5f * sign;
                    p[u] = 0.5f * c[0] * sign;   // flip winding on the negative face so it stays counter-clockwise
                    p[w] = 0.5f * c[1];
                    System.arraycopy(p, 0, pos, 3 * (v + indexOf(corners, c)), 3);
                    nrm[3 * (v + indexOf(corners, c)) + axis] = sign;
                }
                int[] quad = {0, 1, 2, 0, 2, 3};
                for (int q : quad) idx[i++] = v + q;
                v += 4;
            }
        }
        MeshData mesh = new MeshData(pos, nrm, null, null, idx, 0);
        MaterialData mat = new MaterialData(new float[] {r, g, b, 1}, null, "cube");
        return new Model(PATH, List.of(mesh), List.of(mat), new Aabb(new Vector3f(-0.5f), new Vector3f(0.5f)));
    }

    private static int indexOf(float[][] corners, float[] c) {
        for (int k = 0; k < corners.length; k++) if (corners[k] == c) return k;
        throw new IllegalStateException();
    }
}
