package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mirage.scenes.model.Material;

/**
 * How an object entry's instances (or distractors) are coloured and shaded, drawn per instance. Written as a short
 * form, {@code asset}, {@code {base_color: <color>}}, {@code {texture_folder: <folder>}} or
 * {@code {procedural: {...}}} (the surface alone, everything else default), or in full:
 * {@code {surface: <short form>, uv: {scale, offset, rotation_deg}, roughness, metallic}} (every key optional).
 *
 * @param surface   where the base colour comes from [asset]
 * @param uv        the UV transform of textured and procedural surfaces [identity]
 * @param roughness perceptual roughness, 0..1 [0.5]
 * @param metallic  0..1 [0]
 */
@JsonDeserialize(using = MaterialSpec.Reader.class)
@JsonSerialize(using = MaterialSpec.Writer.class)
public record MaterialSpec(SurfaceSpec surface, UvSpec uv, Distribution roughness, Distribution metallic) {
    /** The asset's own material, default shading. */
    public static final MaterialSpec ASSET = new MaterialSpec(null, null, null, null);

    private static final List<String> FULL_KEYS = List.of("surface", "uv", "roughness", "metallic");

    public MaterialSpec {
        surface = Checks.orDefault(surface, new SurfaceSpec.AssetOwn());
        uv = Checks.orDefault(uv, UvSpec.IDENTITY);
        roughness = Checks.orDefault(roughness, Distribution.constant(Material.DEFAULT_ROUGHNESS));
        Range.closed(0, 1).check("roughness", roughness);
        metallic = Checks.orDefault(metallic, Distribution.constant(0));
        Range.closed(0, 1).check("metallic", metallic);
    }

    /** A surface with every other value default. */
    public static MaterialSpec of(SurfaceSpec surface) {
        return new MaterialSpec(surface, null, null, null);
    }

    /**
     * A random plain colour: hue uniform 0..360, saturation and value uniform 0.3..1 (the default material of
     * distractors and occluders).
     */
    public static MaterialSpec randomColor() {
        return of(new SurfaceSpec.BaseColor(new ColorSpec.Hsv(new Distribution.Uniform(0, 360),
                new Distribution.Uniform(0.3, 1), new Distribution.Uniform(0.3, 1))));
    }

    /** The image files this material may use, for checking them before a run. */
    public List<Path> images() {
        return surface.images();
    }

    /** True when only the surface differs from the defaults, so the short form says everything. */
    private boolean shortForm() {
        return uv.equals(UvSpec.IDENTITY) && roughness.equals(Distribution.constant(Material.DEFAULT_ROUGHNESS))
                && metallic.equals(Distribution.constant(0));
    }

    static final class Reader extends StdDeserializer<MaterialSpec> {
        Reader() {
            super(MaterialSpec.class);
        }

        @Override public MaterialSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().equals("asset")) return ASSET;
            if (p.currentToken() != JsonToken.START_OBJECT)
                throw SpecViolation.invalid("", "must be \"asset\", {base_color: <color>}, {texture_folder: <folder>}, "
                        + "{procedural: {...}} or {surface: ..., uv: ..., roughness: ..., metallic: ...}, got " + Tokens.shown(p));
            String first = p.nextFieldName();
            if (first != null && SurfaceJson.KEYS.contains(first)) return shortForm(p, ctxt, first);
            return fullForm(p, ctxt, first);
        }

        private static MaterialSpec shortForm(JsonParser p, DeserializationContext ctxt, String key) throws IOException {
            p.nextToken();
            SurfaceSpec surface = SurfaceJson.readKeyed(p, ctxt, key);
            if (p.nextToken() != JsonToken.END_OBJECT) {
                String other = p.currentName();
                throw SpecViolation.invalid(other, "the short form {" + key + ": ...} takes no other key; write "
                        + "{surface: {" + key + ": ...}, uv: ..., roughness: ..., metallic: ...} to set more");
            }
            return of(surface);
        }

        /** The mapping's keys from {@code key} (the first, already read; null if none) on. */
        private static MaterialSpec fullForm(JsonParser p, DeserializationContext ctxt, String key) throws IOException {
            SurfaceSpec surface = null;
            UvSpec uv = null;
            Distribution roughness = null, metallic = null;
            for (; key != null; key = p.nextFieldName()) {
                p.nextToken();
                if (!FULL_KEYS.contains(key)) throw unknown(key);
                if (Nested.isNull(p)) continue;
                switch (key) {
                    case "surface" -> surface = Nested.read(p, ctxt, SurfaceSpec.class, key);
                    case "uv" -> uv = Nested.read(p, ctxt, UvSpec.class, key);
                    case "roughness" -> roughness = distribution(p, key);
                    default -> metallic = distribution(p, key);
                }
            }
            return new MaterialSpec(surface, uv, roughness, metallic);
        }

        private static SpecViolation unknown(String key) {
            if (SurfaceJson.KEYS.contains(key))
                return SpecViolation.invalid(key, "a surface key goes under surface in the full form: {surface: {" + key + ": ...}, ...}");
            return SpecViolation.unknownKey("", key, List.of("surface", "uv", "roughness", "metallic", "base_color",
                    "texture_folder", "procedural"));
        }

        private static Distribution distribution(JsonParser p, String key) throws IOException {
            try {
                return DistributionJson.read(p);
            } catch (SpecViolation v) {
                throw v.within(key);
            }
        }
    }

    static final class Writer extends StdSerializer<MaterialSpec> {
        Writer() {
            super(MaterialSpec.class);
        }

        @Override public void serialize(MaterialSpec m, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (m.shortForm()) {
                SurfaceJson.write(m.surface, g, provider);
                return;
            }
            g.writeStartObject();
            g.writeFieldName("surface");
            SurfaceJson.write(m.surface, g, provider);
            provider.defaultSerializeField("uv", m.uv, g);
            g.writeFieldName("roughness");
            DistributionJson.write(m.roughness, g);
            g.writeFieldName("metallic");
            DistributionJson.write(m.metallic, g);
            g.writeEndObject();
        }
    }
}
