package mirage.assets.assimp;

import static org.lwjgl.assimp.Assimp.AI_MATKEY_BASE_COLOR;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_COLOR_DIFFUSE;
import static org.lwjgl.assimp.Assimp.AI_MATKEY_NAME;
import static org.lwjgl.assimp.Assimp.aiGetMaterialColor;
import static org.lwjgl.assimp.Assimp.aiGetMaterialString;
import static org.lwjgl.assimp.Assimp.aiGetMaterialTexture;
import static org.lwjgl.assimp.Assimp.aiGetMaterialTextureCount;
import static org.lwjgl.assimp.Assimp.aiReturn_SUCCESS;
import static org.lwjgl.assimp.Assimp.aiTextureType_BASE_COLOR;
import static org.lwjgl.assimp.Assimp.aiTextureType_DIFFUSE;
import static org.lwjgl.assimp.Assimp.aiTextureType_NONE;

import java.nio.IntBuffer;
import mirage.assets.MaterialData;
import mirage.assets.TextureData;
import org.lwjgl.assimp.AIColor4D;
import org.lwjgl.assimp.AIMaterial;
import org.lwjgl.assimp.AIString;
import org.lwjgl.system.MemoryStack;

/**
 * Reads the base colour of an Assimp material. Colour: {@code AI_MATKEY_BASE_COLOR} (glTF baseColorFactor), else
 * {@code AI_MATKEY_COLOR_DIFFUSE} (OBJ Kd, FBX diffuse), else opaque white; every factor is taken as linear RGBA,
 * as stored (glTF defines it so; OBJ/FBX diffuse colours are treated the same way by convention). Texture: the first
 * {@code BASE_COLOR} texture, else the first {@code DIFFUSE} texture, resolved by a {@link TextureResolver}.
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
            return new MaterialData(color, texture(material, name, stack), name);
        }
    }

    private static String name(AIMaterial material, MemoryStack stack) {
        AIString s = AIString.calloc(stack);
        return aiGetMaterialString(material, AI_MATKEY_NAME, aiTextureType_NONE, 0, s) == aiReturn_SUCCESS ? s.dataString() : "";
    }

    private static float[] color(AIMaterial material, String key, MemoryStack stack) {
        AIColor4D c = AIColor4D.calloc(stack);
        if (aiGetMaterialColor(material, key, aiTextureType_NONE, 0, c) != aiReturn_SUCCESS) return null;
        return new float[] {c.r(), c.g(), c.b(), c.a()};
    }

    private TextureData texture(AIMaterial material, String name, MemoryStack stack) {
        for (int type : new int[] {aiTextureType_BASE_COLOR, aiTextureType_DIFFUSE}) {
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
