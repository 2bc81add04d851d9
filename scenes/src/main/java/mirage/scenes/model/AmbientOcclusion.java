package mirage.scenes.model;

/**
 * A frame's screen-space ambient occlusion ({@code render.ambient_occlusion}): the indirect light (the ambient term,
 * the environment's light and the shadow catcher's surround) of each visible point is multiplied by
 * {@code 1 - intensity x occlusion}, occlusion being estimated from the horizons of the depth image around it within
 * {@code radius}. Changes the RGB only; direct lights are not darkened (their shadows come from the shadow maps).
 *
 * @param radius    how far around a point occluders count, metres (&gt; 0)
 * @param intensity the drawn strength, 0 (none) .. 1 (full)
 */
public record AmbientOcclusion(float radius, double intensity) {
    public AmbientOcclusion {
        if (!(radius > 0) || !Float.isFinite(radius)) throw new IllegalArgumentException("ambient occlusion radius must be > 0: " + radius);
        if (!(intensity >= 0 && intensity <= 1)) throw new IllegalArgumentException("ambient occlusion intensity must be 0..1: " + intensity);
    }
}
