package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * {@code render.ambient_occlusion}: screen-space ambient occlusion of the indirect light (see
 * {@code mirage.scenes.model.AmbientOcclusion}); RGB only, the labels never change. Absent (or {@code false}): off.
 * {@code true} or {@code {}}: on with the defaults.
 *
 * @param radius    how far around a point occluders count, metres, fixed for the run [0.5]
 * @param intensity strength 0..1, drawn per frame [1]
 */
public record AmbientOcclusionSpec(Double radius, Distribution intensity) {
    public static final double DEFAULT_RADIUS = 0.5;
    public static final double DEFAULT_INTENSITY = 1;

    public AmbientOcclusionSpec {
        radius = Checks.orDefault(radius, DEFAULT_RADIUS);
        Range.positive().within(Bound.LENGTH).check("radius", radius);
        intensity = Checks.orDefault(intensity, Distribution.constant(DEFAULT_INTENSITY));
        Range.closed(0, 1).check("intensity", intensity);
    }

    /** {@code true}: on with the defaults; {@code false}: off, as if not given. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static AmbientOcclusionSpec of(boolean on) {
        return on ? new AmbientOcclusionSpec(null, null) : null;
    }
}
