package mirage.assets.assimp;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.assets.TextureData;

/**
 * The worker's side of {@link ModelCodec}: writes an answer in the format described there. Values come from the
 * worker's own import and are written as they are; the parent checks them when it reads.
 */
final class ModelEncoder {
    private ModelEncoder() {
    }

    /** Writes {@code model} as an answer; does not close {@code out}. */
    static void writeModel(Model model, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.write(ModelCodec.MAGIC);
        d.writeByte(ModelCodec.MODEL);
        List<TextureData> textures = new ArrayList<>();
        Map<TextureData, Integer> textureIndex = new IdentityHashMap<>();
        for (MaterialData m : model.materials())
            for (TextureData t : m.textures().slots())
                if (t != null && !textureIndex.containsKey(t)) {
                    textureIndex.put(t, textures.size());
                    textures.add(t);
                }
        d.writeInt(textures.size());
        for (TextureData t : textures) {
            d.writeInt(t.width());
            d.writeInt(t.height());
            writeString(d, t.source());
            d.write(t.rgba());
        }
        d.writeInt(model.materials().size());
        for (MaterialData m : model.materials()) {
            writeString(d, m.name());
            for (float c : m.baseColor()) d.writeFloat(c);
            d.writeFloat(m.metallic());
            d.writeFloat(m.roughness());
            for (float c : m.emissive()) d.writeFloat(c);
            d.writeFloat(m.normalScale());
            d.writeFloat(m.occlusionStrength());
            d.writeByte(m.alphaMode().ordinal());
            d.writeFloat(m.alphaCutoff());
            for (TextureData t : m.textures().slots()) d.writeInt(t == null ? -1 : textureIndex.get(t));
        }
        d.writeInt(model.meshes().size());
        byte[] scratch = new byte[ModelCodec.CHUNK];
        for (MeshData mesh : model.meshes()) {
            d.writeInt(mesh.vertexCount());
            d.writeInt(mesh.indices().length);
            d.writeInt(mesh.materialIndex());
            d.writeByte((mesh.uvs() != null ? 1 : 0) | (mesh.colors() != null ? 2 : 0));
            writeFloats(d, mesh.positions(), scratch);
            writeFloats(d, mesh.normals(), scratch);
            if (mesh.uvs() != null) {
                writeFloats(d, mesh.uvs(), scratch);
                writeFloats(d, mesh.tangents(), scratch);
            }
            if (mesh.colors() != null) writeFloats(d, mesh.colors(), scratch);
            writeInts(d, mesh.indices(), scratch);
        }
        d.writeInt(ModelCodec.TRAILER);
        d.flush();
    }

    /** Writes a failure answer; {@code message} is cut to fit {@link ModelCodec#MAX_STRING_BYTES}. */
    static void writeFailure(String message, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.write(ModelCodec.MAGIC);
        d.writeByte(ModelCodec.FAILURE);
        writeString(d, message);
        d.writeInt(ModelCodec.TRAILER);
        d.flush();
    }

    /** A string as its UTF-8 length and bytes, cut to {@link ModelCodec#MAX_STRING_BYTES}. */
    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > ModelCodec.MAX_STRING_BYTES) bytes = Arrays.copyOf(bytes, ModelCodec.MAX_STRING_BYTES);
        d.writeInt(bytes.length);
        d.write(bytes);
    }

    private static void writeFloats(DataOutputStream d, float[] values, byte[] scratch) throws IOException {
        writeWords(d, values.length, scratch, (b, from, n) -> b.asFloatBuffer().put(values, from, n));
    }

    private static void writeInts(DataOutputStream d, int[] values, byte[] scratch) throws IOException {
        writeWords(d, values.length, scratch, (b, from, n) -> b.asIntBuffer().put(values, from, n));
    }

    /** Writes {@code count} 4-byte values through {@code scratch}, a chunk at a time. */
    private static void writeWords(DataOutputStream d, int count, byte[] scratch, ModelCodec.WordCopy fill) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(scratch);
        for (int i = 0; i < count; ) {
            int k = Math.min(count - i, scratch.length / 4);
            b.clear();
            fill.copy(b, i, k);
            d.write(scratch, 0, 4 * k);
            i += k;
        }
    }
}
