package mirage.scenes.spec;

/**
 * Where the camera is: on a sphere around {@code target}, looking at it (Y up, metres, degrees).
 * The eye is {@code target + distance * (cos(el) sin(az), sin(el), cos(el) cos(az))}.
 *
 * @param target        world point looked at, metres [0, 0, 0]
 * @param distance      eye-to-target distance, metres, &gt; 0 (required)
 * @param elevationDeg  angle above the XZ plane, degrees, -90..90 [30]
 * @param azimuthDeg    angle around +Y, degrees, 0 = camera on +Z, 90 = on +X [uniform 0..360]
 * @param lookAtJitter  added independently to each axis of the target for the look-at point, metres [0]
 * @param rollDeg       rotation about the viewing axis, degrees, positive turning the image clockwise (the camera
 *                      turns counter-clockwise as seen from behind it) [0]
 */
public record OrbitSpec(Vec3 target, Distribution distance, Distribution elevationDeg, Distribution azimuthDeg,
                        Distribution lookAtJitter, Distribution rollDeg) {
    public OrbitSpec {
        target = Checks.orDefault(target, Vec3.ZERO);
        Bound.COORDINATE.check("target", target);
        Range.positive().within(Bound.LENGTH).check("distance", Checks.required(distance, "distance"));
        elevationDeg = Checks.orDefault(elevationDeg, Distribution.constant(30));
        Range.closed(-90, 90).check("elevation_deg", elevationDeg);
        azimuthDeg = Checks.orDefault(azimuthDeg, new Distribution.Uniform(0, 360));
        Range.any().within(Bound.ANGLE).check("azimuth_deg", azimuthDeg);
        lookAtJitter = Checks.orDefault(lookAtJitter, Distribution.constant(0));
        Range.any().within(Bound.COORDINATE).check("look_at_jitter", lookAtJitter);
        rollDeg = Checks.orDefault(rollDeg, Distribution.constant(0));
        Range.any().within(Bound.ANGLE).check("roll_deg", rollDeg);
    }
}
