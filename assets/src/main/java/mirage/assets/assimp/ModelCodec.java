package mirage.assets.assimp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mirage.assets.AlphaMode;
import mirage.assets.AssetException;
import mirage.assets.ImageFiles;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.assets.TextureData;

/**
 * The answer an {@link ImportWorker} sends its parent over standard output: either the imported {@link Model} or
 * the import's failure message. Big-endian, in this order:
 * <pre>
 * magic  "MIRAGE-MODEL-2\n"
 * 'M' textures:  int n, then per texture: int width, int height, string source, width*height*4 bytes RGBA
 *     materials: int n, then per material: string name, 4 floats base colour, float metallic, float roughness,
 *                3 floats emissive, float normal scale, float occlusion strength, byte alpha mode (AlphaMode
 *                ordinal), float alpha cutoff, 6 ints texture index or -1 (the slots of MaterialData.Textures, in
 *                order: base colour, metallic, roughness, normal, occlusion, emissive)
 *     meshes:    int n, then per mesh: int vertices v, int indices k, int material, byte flags (1 uvs and tangents,
 *                2 colours), 3v floats positions, 3v normals, [2v uvs, 4v tangents], [4v colours], k ints indices
 * or 'F' string message (it starts with the model's path)
 * trailer int 0x454E4421 ("END!")
 * string = int byte length, UTF-8 bytes
 * </pre>
 * Textures are written once and shared by index, so materials that shared a texture still do. The worker writes
 * with {@link ModelEncoder}; this class reads.
 *
 * <p>{@link #read} treats the stream as untrusted: every count and size is checked against the limits
 * ({@link ModelAssembler}, {@link ImageFiles}, {@link #MAX_TEXTURE_BYTES}, {@link #MAX_STRING_BYTES}) before
 * anything is allocated for it, and the model goes through {@link ModelAssembler#assemble} again.
 */
final class ModelCodec {
    static final byte[] MAGIC = "MIRAGE-MODEL-2\n".getBytes(StandardCharsets.US_ASCII);
    static final int MODEL = 'M';
    static final int FAILURE = 'F';
    static final int TRAILER = 0x454E4421;
    /** Longest string in a stream, bytes (names, paths, messages). */
    static final int MAX_STRING_BYTES = 1 << 16;
    /** Most RGBA bytes of all textures of one model (1 GiB). */
    static final long MAX_TEXTURE_BYTES = 1L << 30;
    /** Size in bytes of the scratch buffer arrays are copied through, and of the reader's input buffer. */
    static final int CHUNK = 1 << 16;

    private ModelCodec() {
    }

    /**
     * Reads one answer about {@code file}.
     *
     * @return the model, checked again by {@link ModelAssembler}
     * @throws AssetException     for a failure answer (with the worker's message), or a model that fails the checks
     * @throws MalformedAnswer    for anything that is not a well-formed answer, including an early end of stream
     */
    static Model read(InputStream in, Path file) throws MalformedAnswer {
        DataInputStream d = new DataInputStream(new BufferedInputStream(in, CHUNK));
        try {
            byte[] magic = new byte[MAGIC.length];
            d.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) throw new MalformedAnswer("it does not start with the expected header");
            int kind = d.readUnsignedByte();
            if (kind == FAILURE) {
                String message = readString(d);
                trailer(d);
                String prefix = file + ": ";
                throw message.startsWith(prefix) ? new AssetException(message, null) : new AssetException(file, message);
            }
            if (kind != MODEL) throw new MalformedAnswer("unknown answer kind " + kind);
            List<TextureData> textures = readTextures(d);
            List<MaterialData> materials = readMaterials(d, textures);
            List<MeshData> meshes = readMeshes(d);
            trailer(d);
            return ModelAssembler.assemble(file, meshes, materials);
        } catch (MalformedAnswer e) {
            throw e;
        } catch (EOFException e) {
            throw new MalformedAnswer("it ended early");
        } catch (IOException e) {
            throw new MalformedAnswer("it could not be read: " + e.getMessage());
        } catch (IllegalArgumentException e) { // a record constructor refused a value
            throw new MalformedAnswer(e.getMessage());
        }
    }

    private static List<TextureData> readTextures(DataInputStream d) throws IOException {
        int n = count(d.readInt(), ModelAssembler.MAX_TEXTURES, "textures");
        List<TextureData> out = new ArrayList<>(n);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            int w = d.readInt(), h = d.readInt();
            if (w <= 0 || h <= 0 || w > ImageFiles.MAX_SIDE || h > ImageFiles.MAX_SIDE || (long) w * h > ImageFiles.MAX_PIXELS)
                throw new MalformedAnswer("texture " + i + " has size " + w + "x" + h);
            bytes += 4L * w * h;
            if (bytes > MAX_TEXTURE_BYTES) throw new MalformedAnswer("its textures hold more than " + MAX_TEXTURE_BYTES + " bytes");
            String source = readString(d);
            byte[] rgba = new byte[4 * w * h];
            d.readFully(rgba);
            out.add(new TextureData(w, h, rgba, source));
        }
        return out;
    }

    private static List<MaterialData> readMaterials(DataInputStream d, List<TextureData> textures) throws IOException {
        int n = count(d.readInt(), ModelAssembler.MAX_MATERIALS, "materials");
        List<MaterialData> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = readString(d);
            float[] color = readFloats(d, 4);
            float metallic = d.readFloat(), roughness = d.readFloat();
            float[] emissive = readFloats(d, 3);
            float normalScale = d.readFloat(), occlusionStrength = d.readFloat();
            int mode = d.readUnsignedByte();
            if (mode >= AlphaMode.values().length) throw new MalformedAnswer("material " + i + " has alpha mode " + mode);
            float alphaCutoff = d.readFloat();
            TextureData[] slots = new TextureData[MaterialData.Textures.NONE.slots().length];
            for (int s = 0; s < slots.length; s++) {
                int texture = d.readInt();
                if (texture < -1 || texture >= textures.size()) throw new MalformedAnswer("material " + i + " refers to texture " + texture);
                slots[s] = texture < 0 ? null : textures.get(texture);
            }
            out.add(new MaterialData(color, name, metallic, roughness, emissive, normalScale, occlusionStrength,
                    AlphaMode.values()[mode], alphaCutoff, MaterialData.Textures.of(slots)));
        }
        return out;
    }

    private static float[] readFloats(DataInputStream d, int n) throws IOException {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = d.readFloat();
        return out;
    }

    private static List<MeshData> readMeshes(DataInputStream d) throws IOException {
        int n = count(d.readInt(), ModelAssembler.MAX_MESHES, "meshes");
        List<MeshData> out = new ArrayList<>(n);
        long vertices = 0, triangles = 0;
        byte[] scratch = new byte[CHUNK];
        for (int i = 0; i < n; i++) {
            int v = d.readInt(), k = d.readInt(), material = d.readInt(), flags = d.readUnsignedByte();
            if (v < 0 || k < 0 || k % 3 != 0 || (flags & ~3) != 0)
                throw new MalformedAnswer("mesh " + i + " has " + v + " vertices, " + k + " indices, flags " + flags);
            vertices += v;
            triangles += k / 3;
            if (vertices > AssimpModelLoader.MAX_TRIANGLES || triangles > AssimpModelLoader.MAX_TRIANGLES)
                throw new MalformedAnswer("it holds more than " + AssimpModelLoader.MAX_TRIANGLES + " vertices or triangles");
            float[] positions = readFloats(d, 3 * v, scratch);
            float[] normals = readFloats(d, 3 * v, scratch);
            float[] uvs = (flags & 1) != 0 ? readFloats(d, 2 * v, scratch) : null;
            float[] tangents = (flags & 1) != 0 ? readFloats(d, 4 * v, scratch) : null;
            float[] colors = (flags & 2) != 0 ? readFloats(d, 4 * v, scratch) : null;
            int[] indices = readInts(d, k, scratch);
            out.add(new MeshData(positions, normals, uvs, tangents, colors, indices, material));
        }
        return out;
    }

    private static int count(int n, int max, String what) throws MalformedAnswer {
        if (n < 0 || n > max) throw new MalformedAnswer("it declares " + n + " " + what + " (at most " + max + ")");
        return n;
    }

    private static void trailer(DataInputStream d) throws IOException {
        if (d.readInt() != TRAILER) throw new MalformedAnswer("it does not end with the expected trailer");
        if (d.read() != -1) throw new MalformedAnswer("there is more after the trailer");
    }

    private static String readString(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > MAX_STRING_BYTES) throw new MalformedAnswer("a string of " + n + " bytes");
        byte[] bytes = new byte[n];
        d.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static float[] readFloats(DataInputStream d, int n, byte[] scratch) throws IOException {
        float[] out = new float[n];
        readWords(d, n, scratch, (b, from, k) -> b.asFloatBuffer().get(out, from, k));
        return out;
    }

    private static int[] readInts(DataInputStream d, int n, byte[] scratch) throws IOException {
        int[] out = new int[n];
        readWords(d, n, scratch, (b, from, k) -> b.asIntBuffer().get(out, from, k));
        return out;
    }

    /** Reads {@code count} 4-byte values through {@code scratch}, a chunk at a time. */
    private static void readWords(DataInputStream d, int count, byte[] scratch, WordCopy drain) throws IOException {
        for (int i = 0; i < count; ) {
            int k = Math.min(count - i, scratch.length / 4);
            d.readFully(scratch, 0, 4 * k);
            drain.copy(ByteBuffer.wrap(scratch), i, k);
            i += k;
        }
    }

    /** Copies {@code n} consecutive 4-byte values between a big-endian buffer and an array, from element {@code from}. */
    interface WordCopy {
        void copy(ByteBuffer b, int from, int n);
    }

    /** The stream is not a well-formed answer; the message completes "the importer's answer is malformed: ...". */
    static final class MalformedAnswer extends IOException {
        MalformedAnswer(String detail) {
            super(detail);
        }
    }
}
