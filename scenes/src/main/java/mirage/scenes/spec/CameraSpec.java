package mirage.scenes.spec;

/**
 * The camera: a lens (exactly one of {@code fov_deg} or {@code intrinsics}), clip distances and an orbit. The lens
 * is drawn per frame like the orbit.
 *
 * @param fovDeg     vertical field of view, degrees, exclusive 0..180; square pixels, centred principal point
 * @param intrinsics explicit intrinsics, pixels
 * @param near       near clip distance, metres, &gt; 0 [0.05]
 * @param far        far clip distance, metres, &gt; near [100]
 * @param orbit      camera placement (required)
 * @param exposureEv exposure, stops: exposed radiance = radiance x 2^ev; turns on the HDR pipeline (see
 *                   {@link RenderSpec}), or null [0 when the pipeline is on]
 */
public record CameraSpec(Distribution fovDeg, IntrinsicsSpec intrinsics, Double near, Double far, OrbitSpec orbit, Distribution exposureEv) {
    public CameraSpec {
        if (fovDeg != null && intrinsics != null)
            throw SpecViolation.invalid("", "give exactly one of fov_deg or intrinsics, not both");
        if (fovDeg == null && intrinsics == null)
            throw SpecViolation.invalid("", "give one of fov_deg (vertical field of view, degrees) or intrinsics {fx, fy, cx, cy}");
        if (fovDeg != null) Range.open(0, 180).within(Bound.FIELD_OF_VIEW).check("fov_deg", fovDeg);
        near = Checks.orDefault(near, 0.05);
        Range.positive().within(Bound.LENGTH).check("near", near);
        far = Checks.orDefault(far, 100.0);
        Range.any().within(Bound.LENGTH).check("far", far);
        if (!(far > near)) throw SpecViolation.invalid("far", "must be > near (" + Numbers.show(near) + "), got " + Numbers.show(far));
        Checks.required(orbit, "orbit");
        if (exposureEv != null) Range.closed(-30, 30).check("exposure_ev", exposureEv);
    }
}
