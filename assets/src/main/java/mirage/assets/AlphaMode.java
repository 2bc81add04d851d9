package mirage.assets;

/**
 * How a material's alpha (base colour factor x texture alpha) is used, as glTF's {@code alphaMode}: {@code OPAQUE}
 * ignores it, {@code MASK} cuts out fragments whose alpha is below the material's cutoff, {@code BLEND} blends the
 * surface over what is behind it. Files of other formats are read as {@code OPAQUE}.
 */
public enum AlphaMode {
    OPAQUE, MASK, BLEND
}
