package mirage.assets.assimp;

import static org.lwjgl.assimp.Assimp.AI_MATKEY_BASE_COLOR;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_COLOR_DIFFUSE;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_COLOR_EMISSIVE;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_EMISSIVE_INTENSITY;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_GLTF_ALPHACUTOFF;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_GLTF_ALPHAMODE;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_METALLIC_FACTOR;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_NAME;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_ROUGHNESS_FACTOR;
import static org.lwjgl.assimp.Assimp._AI_MATKEY_GLTF_SCALE_BASE;
import static org.lwjgl.assimp.Assimp._AI_MATKEY_GLTF_STRENGTH_BASE;
import static org.lwjgl.assimp.Assimp.aiGetMaterialColor;
import static org.lwjgl.assimp.Assimp.aiGetMaterialFloatArray;
import static org.lwjgl.assimp.Assimp.aiGetMaterialString;
import static org.lwjgl.assimp.Assimp.aiGetMaterialTexture;
import static org.lwjgl.assimp.Assimp.aiGetMaterialTextureCount;
import static org.lwjgl.assimp.Assimp.aiReturn_SUCCESS;
import static org.lwjgl.assimp.Assimp.aiTextureType_AMBIENT_OCCLUSION;
import static org.lwjgl.assimp.Assimp.aiTextureType_BASE_COLOR;
import static org.lwjgl.assimp.Assimp.aiTextureType_DIFFUSE;
import static org.lwjgl.assimp.Assimp.aiTextureType_DIFFUSE_ROUGHNESS;
import static org.lwjgl.assimp.Assimp.aiTextureType_EMISSION_COLOR;
import static org.lwjgl.assimp.Assimp.aiTextureType_EMISSIVE;
import static org.lwjgl.assimp.Assimp.aiTextureType_GLTF_METALLIC_ROUGHNESS;
import static org.lwjgl.assimp.Assimp.aiTextureType_LIGHTMAP;
import static org.lwjgl.assimp.Assimp.aiTextureType_METALNESS;
import static org.lwjgl.assimp.Assimp.aiTextureType_NONE;
import static org.lwjgl.assimp.Assimp.aiTextureType_NORMALS;
import static org.lwjgl.assimp.Assimp.aiTextureType_NORMAL_CAMERA;

import java.nio.IntBuffer;
import java.util.Locale;
import mirage.assets.AlphaMode;
import mirage.assets.MaterialData;
import mirage.assets.TextureData;
import org.lwjgl.assimp.AIColor4D;
import org.lwjgl.assimp.AIMaterial;
import org.lwjgl.assimp.AIString;
import org.lwjgl.system.MemoryStack;

/**
 * Reads an Assimp material into a {@link MaterialData}. Each value is taken from the first Assimp key or texture
 * type that the material has, in this order (glTF's first, then what the OBJ and FBX importers use):
 * <ul>
 * <li>base colour: {@code AI_MATKEY_BASE_COLOR} (glTF baseColorFactor), {@code AI_MATKEY_COLOR_DIFFUSE} (OBJ Kd, FBX
 *     diffuse), else opaque white; texture {@code BASE_COLOR}, {@code DIFFUSE};
 * <li>metallic and roughness: {@code AI_MATKEY_METALLIC_FACTOR} / {@code AI_MATKEY_ROUGHNESS_FACTOR} (glTF, OBJ
 *     Pm / Pr), else {@link MaterialData#DEFAULT_METALLIC} / {@link MaterialData#DEFAULT_ROUGHNESS}; textures
 *     {@code GLTF_METALLIC_ROUGHNESS}, then {@code METALNESS} (OBJ map_Pm, FBX) / {@code DIFFUSE_ROUGHNESS} (map_Pr);
 * <li>normal map: {@code NORMALS} (glTF normalTexture with its scale, OBJ norm, FBX NormalMap), {@code NORMAL_CAMERA};
 *     OBJ bump and FBX bump maps (Assimp's {@code HEIGHT}) are height fields, not normal maps, and are not read;
 * <li>occlusion: {@code LIGHTMAP} (glTF occlusionTexture with its strength), {@code AMBIENT_OCCLUSION};
 * <li>emissive: {@code AI_MATKEY_COLOR_EMISSIVE} (times {@code AI_MATKEY_EMISSIVE_INTENSITY}, glTF's
 *     KHR_materials_emissive_strength) else black; texture {@code EMISSIVE}, {@code EMISSION_COLOR};
 * <li>alpha: glTF's {@code alphaMode} and {@code alphaCutoff}; every other format is opaque.
 * </ul>
 * Colour factors are taken as linear, as stored (glTF defines them so; OBJ/FBX colours are treated the same way by
 * convention); factors outside their range are clamped into it (a negative colour to 0). Textures are resolved by
 * a {@link TextureResolver}.
 */
final class MaterialReader {
    private static final float[] WHITE = {1, 1, 1, 1};

    private final TextureResolver textures;

    MaterialReader(TextureResolver textures) {
        this.textures = textures;
    }

    MaterialData read(AIMaterial material) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            String name = name(material, stack);
            float[] color = color(material, AI_MATKEY_BASE_COLOR, stack);
            if (color == null) color = color(material, AI_MATKEY_COLOR_DIFFUSE, stack);
            if (color == null) color = WHITE;
            float[] emissive = color(material, AI_MATKEY_COLOR_EMISSIVE, stack);
            float emissiveStrength = scalar(material, AI_MATKEY_EMISSIVE_INTENSITY, aiTextureType_NONE, 1, stack);
            float[] emission = new float[3];
            for (int i = 0; i < 3 && emissive != null; i++) emission[i] = positive(emissive[i] * emissiveStrength);
            AlphaMode mode = alphaMode(material, stack);
            TextureData[] slots = {
                texture(material, name, stack, aiTextureType_BASE_COLOR, aiTextureType_DIFFUSE),
                texture(material, name, stack, aiTextureType_GLTF_METALLIC_ROUGHNESS, aiTextureType_METALNESS),
                texture(material, name, stack, aiTextureType_GLTF_METALLIC_ROUGHNESS, aiTextureType_DIFFUSE_ROUGHNESS),
                texture(material, name, stack, aiTextureType_NORMALS, aiTextureType_NORMAL_CAMERA),
                texture(material, name, stack, aiTextureType_LIGHTMAP, aiTextureType_AMBIENT_OCCLUSION),
                texture(material, name, stack, aiTextureType_EMISSIVE, aiTextureType_EMISSION_COLOR)};
            return new MaterialData(clampColor(color), name,
                    unit(scalar(material, AI_MATKEY_METALLIC_FACTOR, aiTextureType_NONE, MaterialData.DEFAULT_METALLIC, stack)),
                    unit(scalar(material, AI_MATKEY_ROUGHNESS_FACTOR, aiTextureType_NONE, MaterialData.DEFAULT_ROUGHNESS, stack)),
                    emission, finite(scalar(material, _AI_MATKEY_GLTF_SCALE_BASE, aiTextureType_NORMALS, 1, stack), 1),
                    unit(scalar(material, _AI_MATKEY_GLTF_STRENGTH_BASE, aiTextureType_LIGHTMAP, 1, stack)),
                    mode, unit(scalar(material, AI_MATKEY_GLTF_ALPHACUTOFF, aiTextureType_NONE, MaterialData.DEFAULT_ALPHA_CUTOFF, stack)),
                    MaterialData.Textures.of(slots));
        }
    }

    private static String name(AIMaterial material, MemoryStack stack) {
        AIString s = AIString.calloc(stack);
        return aiGetMaterialString(material, AI_MATKEY_NAME, aiTextureType_NONE, 0, s) == aiReturn_SUCCESS ? s.dataString() : "";
    }

    /** glTF's alphaMode; OPAQUE when the material has none or an unknown one. */
    private static AlphaMode alphaMode(AIMaterial material, MemoryStack stack) {
        AIString s = AIString.calloc(stack);
        if (aiGetMaterialString(material, AI_MATKEY_GLTF_ALPHAMODE, aiTextureType_NONE, 0, s) != aiReturn_SUCCESS) return AlphaMode.OPAQUE;
        return switch (s.dataString().strip().toUpperCase(Locale.ROOT)) {
            case "MASK" -> AlphaMode.MASK;
            case "BLEND" -> AlphaMode.BLEND;
            default -> AlphaMode.OPAQUE;
        };
    }

    private static float[] color(AIMaterial material, String key, MemoryStack stack) {
        AIColor4D c = AIColor4D.calloc(stack);
        if (aiGetMaterialColor(material, key, aiTextureType_NONE, 0, c) != aiReturn_SUCCESS) return null;
        return new float[] {c.r(), c.g(), c.b(), c.a()};
    }

    /** A float property of texture type {@code type} (index 0), or {@code fallback}. */
    private static float scalar(AIMaterial material, String key, int type, float fallback, MemoryStack stack) {
        var value = stack.mallocFloat(1);
        IntBuffer max = stack.ints(1);
        if (aiGetMaterialFloatArray(material, key, type, 0, value, max) != aiReturn_SUCCESS || max.get(0) < 1) return fallback;
        return value.get(0);
    }

    private static float[] clampColor(float[] c) {
        return new float[] {positive(c[0]), positive(c[1]), positive(c[2]), unit(c[3])};
    }

    /** Into 0..1; NaN becomes 0. */
    private static float unit(float v) {
        return v >= 0 ? Math.min(v, 1) : 0;
    }

    /** Into 0..Float.MAX_VALUE; NaN becomes 0. */
    private static float positive(float v) {
        return v >= 0 ? Math.min(v, Float.MAX_VALUE) : 0;
    }

    private static float finite(float v, float fallback) {
        return Float.isFinite(v) ? v : fallback;
    }

    /** The first texture of the first of {@code types} the material has, or null. */
    private TextureData texture(AIMaterial material, String name, MemoryStack stack, int... types) {
        for (int type : types) {
            if (aiGetMaterialTextureCount(material, type) == 0) continue;
            AIString path = AIString.calloc(stack);
            IntBuffer none = null; // a typed null selects the IntBuffer overload; no mapping/uv/blend outputs wanted
            if (aiGetMaterialTexture(material, type, 0, path, none, null, null, null, null, null) != aiReturn_SUCCESS) continue;
            String ref = path.dataString();
            if (!ref.isBlank()) return textures.resolve(ref, name);
        }
        return null;
    }
}
