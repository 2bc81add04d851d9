package mirage.renderer;

import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.core.geom.CameraIntrinsics;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * Ray casting for expected values: pixel rays of a pinhole camera in world space, and their hits with posed boxes
 * and posed triangle meshes, in double precision. A pixel ray's direction has camera z = 1, so the hit parameter t
 * is the camera depth of the hit point.
 */
final class Rays {
    private Rays() {}

    /** A ray: origin and direction, world. */
    record Ray(Vector3d origin, Vector3d dir) {
        Vector3d at(double t) {
            return new Vector3d(dir).mul(t).add(origin);
        }
    }

    /** A mesh hit: ray parameter, interpolated uv and the triangle's geometric normal (world, unit). */
    record Hit(double t, double u, double v, Vector3d normal) {}

    /** The ray through pixel centre (u, v) (OpenCV: integer coordinates are pixel centres). */
    static Ray pixel(CameraIntrinsics k, Matrix4d worldToCamera, double u, double v) {
        Matrix4d cameraToWorld = worldToCamera.invert(new Matrix4d());
        Vector3d origin = cameraToWorld.transformPosition(new Vector3d());
        Vector3d dir = cameraToWorld.transformDirection(new Vector3d((u - k.cx()) / k.fx(), (v - k.cy()) / k.fy(), 1));
        return new Ray(origin, dir);
    }

    /** A posed unit cube (corners at +-0.5 in model space, any affine pose): slab test; +inf on a miss. */
    static double box(Matrix4d pose, Ray ray) {
        Matrix4d inv = pose.invert(new Matrix4d());
        Vector3d o = inv.transformPosition(new Vector3d(ray.origin()));
        Vector3d d = inv.transformDirection(new Vector3d(ray.dir()));
        double t0 = 0, t1 = Double.POSITIVE_INFINITY;
        for (int a = 0; a < 3; a++) {
            double lo = (-0.5 - o.get(a)) / d.get(a), hi = (0.5 - o.get(a)) / d.get(a);
            t0 = Math.max(t0, Math.min(lo, hi));
            t1 = Math.min(t1, Math.max(lo, hi));
        }
        return t0 <= t1 ? t0 : Double.POSITIVE_INFINITY;
    }

    /** The nearest hit of the ray with a posed model's triangles (Moller-Trumbore), or null. */
    static Hit mesh(Model model, Matrix4d pose, Ray ray) {
        Hit best = null;
        for (MeshData m : model.meshes()) {
            float[] p = m.positions(), uv = m.uvs();
            int[] ix = m.indices();
            for (int t = 0; t < ix.length; t += 3) {
                Vector3d a = vertex(p, ix[t], pose), b = vertex(p, ix[t + 1], pose), c = vertex(p, ix[t + 2], pose);
                Vector3d e1 = new Vector3d(b).sub(a), e2 = new Vector3d(c).sub(a);
                Vector3d pv = new Vector3d(ray.dir()).cross(e2);
                double det = e1.dot(pv);
                if (Math.abs(det) < 1e-15) continue;
                Vector3d tv = new Vector3d(ray.origin()).sub(a);
                double bu = tv.dot(pv) / det;
                Vector3d qv = new Vector3d(tv).cross(e1);
                double bv = ray.dir().dot(qv) / det;
                double hitT = e2.dot(qv) / det;
                if (bu < 0 || bv < 0 || bu + bv > 1 || hitT <= 0 || (best != null && hitT >= best.t())) continue;
                double u = 0, v = 0;
                if (uv != null) {
                    u = (1 - bu - bv) * uv[2 * ix[t]] + bu * uv[2 * ix[t + 1]] + bv * uv[2 * ix[t + 2]];
                    v = (1 - bu - bv) * uv[2 * ix[t] + 1] + bu * uv[2 * ix[t + 1] + 1] + bv * uv[2 * ix[t + 2] + 1];
                }
                best = new Hit(hitT, u, v, new Vector3d(e1).cross(e2).normalize());
            }
        }
        return best;
    }

    private static Vector3d vertex(float[] p, int i, Matrix4d pose) {
        return pose.transformPosition(new Vector3d(p[3 * i], p[3 * i + 1], p[3 * i + 2]));
    }
}
