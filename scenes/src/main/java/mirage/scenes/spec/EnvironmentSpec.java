package mirage.scenes.spec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The top-level {@code environment}: image-based lighting from equirectangular HDR maps (Radiance {@code .hdr} or
 * OpenEXR {@code .exr}), one picked per frame from the folder. A map texel's value times {@code intensity} is the
 * linear radiance arriving from that direction (README "Photometric convention"). Turns on the HDR pipeline (see
 * {@link RenderSpec}); the analytic lights and the ambient term add on top (ambient defaults to 0 here).
 *
 * @param hdriFolder  the maps: the .hdr and .exr files directly in the folder (required)
 * @param rotationDeg turn of the map about world +Y, degrees [uniform 0..360]
 * @param intensity   radiance scale, &gt;= 0 [1]
 * @param visible     the map is the background, seen through the frame's camera; otherwise {@code background} is
 *                    drawn as before [true]
 * @param sun         a directional light standing in for the map's sun, or null: none [none]
 */
public record EnvironmentSpec(@JsonDeserialize(using = ImageFolder.HdrReader.class) ImageFolder hdriFolder,
                              Distribution rotationDeg, Distribution intensity, Boolean visible, SunSpec sun) {
    public EnvironmentSpec {
        Checks.required(hdriFolder, "hdri_folder");
        rotationDeg = Checks.orDefault(rotationDeg, new Distribution.Uniform(0, 360));
        Range.any().within(Bound.ANGLE).check("rotation_deg", rotationDeg);
        intensity = Checks.orDefault(intensity, Distribution.constant(1));
        Range.nonNegative().within(Bound.RADIANCE).check("intensity", intensity);
        visible = Checks.orDefault(visible, Boolean.TRUE);
    }
}
