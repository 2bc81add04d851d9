package mirage.dataset.export;

import mirage.annotators.labels.InstanceLabel;

/**
 * The KITTI 3D fields of an instance, derived from its pose and 3D box. KITTI describes upright objects: a box
 * of height h along camera y, rotated by {@code rotation_y} about camera y. For an arbitrary rotation this is an
 * approximation: the height axis is the model axis closest to camera y (largest |R[1][j]|), the length axis the
 * lower-indexed of the other two, the width axis the remaining one; {@code rotation_y} is the heading of the
 * length axis projected onto the camera x-z plane ({@code atan2(-d_z, d_x)}, 0 when it points along +x); the
 * location is the box centre moved down (+y) by h / 2. Exact when the height axis is parallel to camera y.
 *
 * @param h height, metres
 * @param w width, metres
 * @param l length, metres
 * @param x location x (camera, metres), bottom-face centre
 * @param y location y (camera, metres; y points down, so this is the bottom face)
 * @param z location z (camera, metres)
 * @param rotationY rotation about camera y, radians in [-pi, pi]
 * @param alpha observation angle {@code rotation_y - atan2(x, z)}, radians in [-pi, pi]
 */
record KittiBox(double h, double w, double l, double x, double y, double z, double rotationY, double alpha) {

    static KittiBox of(InstanceLabel inst) {
        double[] r = inst.pose().rotation();
        double[] size = inst.pose().size();
        int up = 0;
        for (int j = 1; j < 3; j++) if (Math.abs(r[3 + j]) > Math.abs(r[3 + up])) up = j;
        int length = up == 0 ? 1 : 0;
        int width = 3 - up - length;
        double[] corners = inst.box3d().camera();
        double cx = 0, cy = 0, cz = 0;
        for (int c = 0; c < 8; c++) {
            cx += corners[c * 3] / 8;
            cy += corners[c * 3 + 1] / 8;
            cz += corners[c * 3 + 2] / 8;
        }
        double h = size[up];
        double ry = angle(Math.atan2(-r[6 + length], r[length]));
        double y = cy + h / 2;
        return new KittiBox(h, size[width], size[length], cx, y, cz, ry, angle(ry - Math.atan2(cx, cz)));
    }

    /** The angle wrapped into [-pi, pi]. */
    static double angle(double a) {
        return Math.IEEEremainder(a, 2 * Math.PI);
    }
}
