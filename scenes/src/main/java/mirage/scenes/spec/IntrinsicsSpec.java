package mirage.scenes.spec;

/**
 * Explicit pinhole intrinsics in pixels, OpenCV convention (see {@link mirage.core.geom.CameraIntrinsics}).
 *
 * @param fx focal length in x, pixels, &gt; 0
 * @param fy focal length in y, pixels, &gt; 0
 * @param cx principal point x, pixels
 * @param cy principal point y, pixels
 */
public record IntrinsicsSpec(Double fx, Double fy, Double cx, Double cy) {
    public IntrinsicsSpec {
        Range.positive().check("fx", Checks.required(fx, "fx"));
        Range.positive().check("fy", Checks.required(fy, "fy"));
        Range.any().check("cx", Checks.required(cx, "cx"));
        Range.any().check("cy", Checks.required(cy, "cy"));
    }
}
