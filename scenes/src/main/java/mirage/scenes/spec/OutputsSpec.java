package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which per-frame files are written besides the image, the masks and the frame json.
 *
 * @param depth         {@code depth/NNNNNN.png}: 16-bit camera z, {@code value x depth_scale = millimetres} [true]
 * @param depthScale    millimetres per depth PNG unit, &gt; 0 [1: 1 mm steps up to 65.535 m]
 * @param depthOverflow a depth beyond 65535 units: fail the run, or clamp and flag the frame [error]
 * @param depthNpy      {@code depth/NNNNNN.npy}: float32 camera z in metres, 0 for background [false]
 * @param normals       {@code normals/NNNNNN.png}: camera-space normals, RGB = round(255 (n + 1) / 2) [true]
 * @param coverage      {@code coverage/NNNNNN.png}: 8-bit grey, round(255 k / 16) where k of a pixel's 4x4 sub-samples
 *                      belong to the instance owning it in the instance mask, 0 where none does; null when not given
 *                      [false; see {@link #coverageOrDefault()}]
 */
public record OutputsSpec(Boolean depth, Double depthScale, Overflow depthOverflow, Boolean depthNpy, Boolean normals,
                          Boolean coverage) {
    /** What a depth that does not fit 16 bits does; written in lower case. */
    public enum Overflow {
        @JsonProperty("error") ERROR,
        @JsonProperty("clamp") CLAMP
    }

    public static final OutputsSpec DEFAULT = new OutputsSpec(null, null, null, null, null, null);

    /**
     * Whether coverage images are written: {@link #coverage()} or, when not given, false. Not filled in when not
     * given, so a spec without it is written back (dataset.json, the run file's spec hash) as before it existed.
     */
    public boolean coverageOrDefault() {
        return Boolean.TRUE.equals(coverage);
    }

    /** The outputs of the first five switches, coverage off (as before it existed). */
    public OutputsSpec(Boolean depth, Double depthScale, Overflow depthOverflow, Boolean depthNpy, Boolean normals) {
        this(depth, depthScale, depthOverflow, depthNpy, normals, null);
    }

    public OutputsSpec {
        depth = Checks.orDefault(depth, Boolean.TRUE);
        depthScale = Checks.orDefault(depthScale, 1.0);
        Range.open(0, 1e6).check("depth_scale", depthScale);
        depthOverflow = Checks.orDefault(depthOverflow, Overflow.ERROR);
        depthNpy = Checks.orDefault(depthNpy, Boolean.FALSE);
        normals = Checks.orDefault(normals, Boolean.TRUE);
    }
}
