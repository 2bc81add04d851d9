package mirage.scenes.spec;

/**
 * Explicit pinhole intrinsics in pixels, OpenCV convention (see {@link mirage.core.geom.CameraIntrinsics}), each
 * drawn per frame.
 *
 * @param fx focal length in x, pixels, &gt; 0 (required)
 * @param fy focal length in y, pixels, &gt; 0 (required)
 * @param cx principal point x, pixels (required)
 * @param cy principal point y, pixels (required)
 */
public record IntrinsicsSpec(Distribution fx, Distribution fy, Distribution cx, Distribution cy) {
    public IntrinsicsSpec {
        Range.positive().within(Bound.FOCAL).check("fx", Checks.required(fx, "fx"));
        Range.positive().within(Bound.FOCAL).check("fy", Checks.required(fy, "fy"));
        Range.any().within(Bound.PIXEL).check("cx", Checks.required(cx, "cx"));
        Range.any().within(Bound.PIXEL).check("cy", Checks.required(cy, "cy"));
    }
}
