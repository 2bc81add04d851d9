package mirage.report.scene;

import com.fasterxml.jackson.databind.JsonNode;
import mirage.annotators.labels.JsonIn;
import mirage.annotators.labels.LabelFormatException;
import mirage.scenes.model.Material;

/**
 * How the renderer coloured a surface, read from a material object of the frame record's {@code scene}
 * ({@code materials[i]}, or a prop's {@code material}).
 *
 * @param surface where the base colour came from
 * @param linearColor base_color: the colour as linear RGB; procedural: the linear mean of its two colours (the
 *     glb's stand-in for the pattern); null otherwise
 * @param image texture: the image path as recorded (relative to the spec's folder, or absolute); null otherwise
 * @param uv the UV transform {@code uv' = R(rotation) (scale uv) + offset}
 * @param roughness perceptual roughness 0..1
 * @param metallic 0..1
 * @param raw the record's object, carried into the glb's extras; null for {@link #ASSET_DEFAULT}
 * @param path the object's JSON path, for messages
 */
record DrawnMaterial(Surface surface, float[] linearColor, String image, Uv uv, float roughness, float metallic,
        JsonNode raw, String path) {

    /** The record's {@code type}s. */
    enum Surface { ASSET, BASE_COLOR, TEXTURE, PROCEDURAL }

    /** {@code uv' = R(rotationDeg) (scale uv) + (offsetU, offsetV)}, R counter-clockwise in the (u, v) plane. */
    record Uv(double scale, double offsetU, double offsetV, double rotationDeg) {
        boolean identity() {
            return scale == 1 && offsetU == 0 && offsetV == 0 && rotationDeg == 0;
        }
    }

    /** What the renderer draws without a recorded material: the asset's own colours, {@link Material#ASSET}. */
    static final DrawnMaterial ASSET_DEFAULT = new DrawnMaterial(Surface.ASSET, null, null, new Uv(1, 0, 0, 0),
            Material.ASSET.roughness(), Material.ASSET.metallic(), null, "(none)");

    /** Reads the material object {@code n} at JSON path {@code path}. */
    static DrawnMaterial read(JsonNode n, String path) throws LabelFormatException {
        JsonIn.object(n, path);
        String type = JsonIn.text(n, "type", path);
        Surface surface;
        float[] color = null;
        String image = null;
        switch (type) {
            case "asset" -> surface = Surface.ASSET;
            case "base_color" -> {
                surface = Surface.BASE_COLOR;
                color = linear(JsonIn.numbers(JsonIn.field(n, "color", path), path + ".color", 3));
            }
            case "texture" -> {
                surface = Surface.TEXTURE;
                image = JsonIn.text(n, "image", path);
            }
            case "procedural" -> {
                surface = Surface.PROCEDURAL;
                float[] a = linear(JsonIn.numbers(JsonIn.field(n, "color_a", path), path + ".color_a", 3));
                float[] b = linear(JsonIn.numbers(JsonIn.field(n, "color_b", path), path + ".color_b", 3));
                color = new float[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2};
            }
            default -> throw JsonIn.error(path + ".type", "unknown material type '" + type + "'");
        }
        float roughness = (float) unit(n, "roughness", path);
        float metallic = (float) unit(n, "metallic", path);
        return new DrawnMaterial(surface, color, image, uv(JsonIn.field(n, "uv", path), path + ".uv"), roughness,
                metallic, n, path);
    }

    private static Uv uv(JsonNode n, String path) throws LabelFormatException {
        double[] offset = JsonIn.numbers(JsonIn.field(n, "offset", path), path + ".offset", 2);
        double scale = JsonIn.number(n, "scale", path);
        if (!(scale > 0)) throw JsonIn.error(path + ".scale", "must be > 0, got " + scale);
        return new Uv(scale, offset[0], offset[1], JsonIn.number(n, "rotation_deg", path));
    }

    private static double unit(JsonNode n, String key, String path) throws LabelFormatException {
        double v = JsonIn.number(n, key, path);
        if (!(v >= 0 && v <= 1)) throw JsonIn.error(path + "." + key, "must be 0..1, got " + v);
        return v;
    }

    /** sRGB display values 0..1 to linear, the renderer's decoding of spec colours (IEC 61966-2-1). */
    private static float[] linear(double[] srgb) {
        float[] out = new float[3];
        for (int i = 0; i < 3; i++) {
            float c = (float) srgb[i];
            out[i] = c <= 0.04045f ? c / 12.92f : (float) Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return out;
    }
}
