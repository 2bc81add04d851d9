package mirage.labelling;

import mirage.core.geom.Aabb;
import mirage.core.geom.CameraIntrinsics;

/** The 8 corners of a model's bounding box in camera space, and their projections. */
final class Box3d {
    private Box3d() {}

    /** 24 numbers: corner c takes the maximum x if (c & 1), y if (c & 2), z if (c & 4); camera space, metres. */
    static double[] corners(Pose pose, Aabb b) {
        double[] out = new double[24];
        for (int c = 0; c < 8; c++) {
            double x = (c & 1) != 0 ? b.max().x() : b.min().x();
            double y = (c & 2) != 0 ? b.max().y() : b.min().y();
            double z = (c & 4) != 0 ? b.max().z() : b.min().z();
            System.arraycopy(pose.apply(x, y, z), 0, out, 3 * c, 3);
        }
        return out;
    }

    /** 16 numbers: (u, v) pixel-centre coordinates of each corner; null when a corner is not in front of the camera. */
    static double[] project(double[] corners, CameraIntrinsics k) {
        double[] out = new double[16];
        for (int c = 0; c < 8; c++) {
            double x = corners[3 * c], y = corners[3 * c + 1], z = corners[3 * c + 2];
            if (!(z > 0)) return null;
            out[2 * c] = k.projectU(x, z);
            out[2 * c + 1] = k.projectV(y, z);
        }
        return out;
    }
}
