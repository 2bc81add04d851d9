package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The collision shape physics settling builds for an asset, once per asset per run; written in lower case.
 * Every kind is convex or a union of convex parts, which is what a rigid-body engine simulates fast and stably.
 */
public enum CollisionSpec {
    /** The convex hull of the asset's vertices: exact for convex parts, fills cavities and holes otherwise. */
    @JsonProperty("hull") HULL,
    /** A decomposition into convex parts (V-HACD): keeps a mug's inside and a bracket's notch open. */
    @JsonProperty("vhacd") VHACD,
    /** The asset's bounding box: the cheapest, for box-like parts. */
    @JsonProperty("box") BOX
}
