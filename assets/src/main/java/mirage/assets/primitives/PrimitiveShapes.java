package mirage.assets.primitives;

import mirage.assets.MeshData;
import mirage.core.geom.Primitive;

/**
 * The generators behind {@link PrimitiveMeshes}. Conventions shared by every shape: centred on the origin, sizes as
 * {@link Primitive} documents them, outward unit normals, counter-clockwise front faces, and UVs with v = 0 at the
 * top of the picture (round shapes: u runs once around the +Y axis, starting at +Z and turning towards +X, and v runs
 * from the top down). Angles step by 2 pi / segments with the segment counts multiples of 4, so the extreme
 * vertices land exactly on the bounding box; seam vertices repeat the first ring's position bit for bit.
 */
final class PrimitiveShapes {
    /** Segments around the +Y axis (sphere slices, cylinder and cone sides, torus ring). */
    static final int AROUND = 32;
    /** Sphere stacks from pole to pole, and segments around the torus tube. */
    static final int ACROSS = 16;

    private PrimitiveShapes() {}

    static MeshData mesh(Primitive p) {
        MeshBuilder b = new MeshBuilder();
        switch (p) {
            case CUBE -> cube(b);
            case SPHERE -> sphere(b);
            case CYLINDER -> {
                side(b, 0.5);
                cap(b, 0.5, true);
                cap(b, -0.5, false);
            }
            case CONE -> {
                side(b, 0);
                cap(b, -0.5, false);
            }
            case TORUS -> torus(b, Primitive.TORUS_MAJOR, Primitive.TORUS_MINOR);
        }
        return b.build();
    }

    private static double angle(int step, int steps) {
        return 2 * StrictMath.PI * (step % steps) / steps;
    }

    /**
     * Edge 1, one quad per face with its own four corners. Seen from outside, each face's picture is upright with
     * +Y up on the sides, -Z up on the top face and +Z up on the bottom face.
     */
    private static void cube(MeshBuilder b) {
        int[][] normals = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        for (int[] n : normals) {
            int[] up = n[1] == 0 ? new int[] {0, 1, 0} : new int[] {0, 0, -n[1]};
            int[] right = {up[1] * n[2] - up[2] * n[1], up[2] * n[0] - up[0] * n[2], up[0] * n[1] - up[1] * n[0]};
            int[][] signs = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};   // (right, up): counter-clockwise seen from outside
            int[] corner = new int[4];
            for (int k = 0; k < 4; k++) {
                double[] p = new double[3];
                for (int a = 0; a < 3; a++) p[a] = 0.5 * (n[a] + signs[k][0] * right[a] + signs[k][1] * up[a]);
                corner[k] = b.vertex(p[0], p[1], p[2], n[0], n[1], n[2], (signs[k][0] + 1) / 2.0, (1 - signs[k][1]) / 2.0);
            }
            b.quad(corner[0], corner[1], corner[2], corner[3]);
        }
    }

    /** Diameter 1: {@link #AROUND} slices by {@link #ACROSS} stacks; one triangle per slice at each pole. */
    private static void sphere(MeshBuilder b) {
        double r = 0.5;
        int[][] index = new int[ACROSS + 1][AROUND + 1];
        for (int i = 0; i <= ACROSS; i++) {
            double theta = StrictMath.PI * i / ACROSS;
            boolean pole = i == 0 || i == ACROSS;
            double s = pole ? 0 : StrictMath.sin(theta), y = pole ? (i == 0 ? 1 : -1) : StrictMath.cos(theta);
            for (int j = 0; j <= AROUND; j++) {
                double phi = angle(j, AROUND);
                double nx = s * StrictMath.sin(phi), nz = s * StrictMath.cos(phi);
                double u = pole ? (Math.min(j, AROUND - 1) + 0.5) / AROUND : (double) j / AROUND;
                index[i][j] = b.vertex(r * nx, r * y, r * nz, pole ? 0 : nx, y, pole ? 0 : nz, u, (double) i / ACROSS);
            }
        }
        for (int i = 0; i < ACROSS; i++)
            for (int j = 0; j < AROUND; j++) {
                int a = index[i][j], bl = index[i + 1][j], br = index[i + 1][j + 1], d = index[i][j + 1];
                if (i < ACROSS - 1) b.triangle(a, bl, br);   // at the south pole bl and br coincide
                if (i > 0) b.triangle(a, br, d);             // at the north pole a and d coincide
            }
    }

    /**
     * The side of a cylinder (top radius 0.5) or cone (top radius 0: one triangle per segment up to the apex,
     * whose copies carry the normal of their segment's middle), height 1, base radius 0.5.
     */
    private static void side(MeshBuilder b, double topRadius) {
        double r = 0.5;
        double slopeY = r - topRadius;   // outward normal of the slanted side: (sin, (r0 - r1) / h, cos) with h = 1
        int[] bottom = ring(b, r, -0.5, slopeY, 1);
        if (topRadius > 0) {
            int[] top = ring(b, topRadius, 0.5, slopeY, 0);
            for (int j = 0; j < AROUND; j++) b.quad(top[j], bottom[j], bottom[j + 1], top[j + 1]);
            return;
        }
        for (int j = 0; j < AROUND; j++) {
            double mid = 2 * StrictMath.PI * (j + 0.5) / AROUND;
            int apex = b.vertex(0, 0.5, 0, StrictMath.sin(mid), slopeY, StrictMath.cos(mid), (j + 0.5) / AROUND, 0);
            b.triangle(apex, bottom[j], bottom[j + 1]);
        }
    }

    /** A ring of side vertices at height y (seam repeated at j = AROUND), normals (sin, normalY, cos) normalised. */
    private static int[] ring(MeshBuilder b, double radius, double y, double normalY, double v) {
        int[] ring = new int[AROUND + 1];
        for (int j = 0; j <= AROUND; j++) {
            double phi = angle(j, AROUND), sx = StrictMath.sin(phi), cz = StrictMath.cos(phi);
            ring[j] = b.vertex(radius * sx, y, radius * cz, sx, normalY, cz, (double) j / AROUND, v);
        }
        return ring;
    }

    /**
     * A flat disc of radius 0.5 at height y facing +Y (top) or -Y (bottom), UVs projected from above (top: -Z up)
     * or below (bottom: +Z up), u along +X.
     */
    private static void cap(MeshBuilder b, double y, boolean top) {
        double r = 0.5, ny = top ? 1 : -1;
        int centre = b.vertex(0, y, 0, 0, ny, 0, 0.5, 0.5);
        int[] ring = new int[AROUND + 1];
        for (int j = 0; j <= AROUND; j++) {
            double phi = angle(j, AROUND), x = r * StrictMath.sin(phi), z = r * StrictMath.cos(phi);
            ring[j] = b.vertex(x, y, z, 0, ny, 0, 0.5 + x, top ? 0.5 + z : 0.5 - z);
        }
        for (int j = 0; j < AROUND; j++) {
            if (top) b.triangle(centre, ring[j], ring[j + 1]);
            else b.triangle(centre, ring[j + 1], ring[j]);
        }
    }

    /**
     * A ring in the XZ plane, {@link #AROUND} segments around +Y by {@link #ACROSS} around the tube; the tube angle
     * starts at the outer equator and turns downwards first, so v runs down the outside.
     */
    private static void torus(MeshBuilder b, double major, double minor) {
        int[][] index = new int[ACROSS + 1][AROUND + 1];
        for (int i = 0; i <= ACROSS; i++) {
            double psi = angle(i, ACROSS), c = StrictMath.cos(psi), s = -StrictMath.sin(psi);
            for (int j = 0; j <= AROUND; j++) {
                double phi = angle(j, AROUND), sx = StrictMath.sin(phi), cz = StrictMath.cos(phi);
                double ring = major + minor * c;
                index[i][j] = b.vertex(ring * sx, minor * s, ring * cz, c * sx, s, c * cz,
                        (double) j / AROUND, (double) i / ACROSS);
            }
        }
        for (int i = 0; i < ACROSS; i++)
            for (int j = 0; j < AROUND; j++)
                b.quad(index[i][j], index[i + 1][j], index[i + 1][j + 1], index[i][j + 1]);
    }
}
