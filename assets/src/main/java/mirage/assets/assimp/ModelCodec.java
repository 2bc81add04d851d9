package mirage.assets.assimp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * magic  "MIRAGE-MODEL-1\n"
 * 'M' textures:  int n, then per texture: int width, int height, string source, width*height*4 bytes RGBA
 *     materials: int n, then per material: string name, 4 floats base colour, int texture index or -1
 *     meshes:    int n, then per mesh: int vertices v, int indices k, int material, byte flags (1 uvs, 2 colours),
 *                3v floats positions, 3v normals, [2v uvs], [4v colours], k ints indices
 * or 'F' string message (it starts with the model's path)
 * trailer int 0x454E4421 ("END!")
 * string = int byte length, UTF-8 bytes
 * </pre>
 * Textures are written once and shared by index, so materials that shared a texture still do.
 *
 * <p>{@link #read} treats the stream as untrusted: every count and size is checked against the limits
 * ({@link ModelAssembler}, {@link ImageFiles}, {@link #MAX_TEXTURE_BYTES}, {@link #MAX_STRING_BYTES}) before
 * anything is allocated for it, and the model goes through {@link ModelAssembler#assemble} again.
 */
final class ModelCodec {
    private static final byte[] MAGIC = "MIRAGE-MODEL-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MODEL = 'M';
    private static final int FAILURE = 'F';
    private static final int TRAILER = 0x454E4421;
    /** Longest string in a stream, bytes (names, paths, messages). */
    static final int MAX_STRING_BYTES = 1 << 16;
    /** Most RGBA bytes of all textures of one model (1 GiB). */
    static final long MAX_TEXTURE_BYTES = 1L << 30;
    private static final int CHUNK = 1 << 16;

    private ModelCodec() {
    }

    /** Writes {@code model} as an answer; does not close {@code out}. */
    static void writeModel(Model model, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.write(MAGIC);
        d.writeByte(MODEL);
        List<TextureData> textures = new ArrayList<>();
        Map<TextureData, Integer> textureIndex = new IdentityHashMap<>();
        for (MaterialData m : model.materials())
            if (m.baseColorTexture() != null && !textureIndex.containsKey(m.baseColorTexture())) {
                textureIndex.put(m.baseColorTexture(), textures.size());
                textures.add(m.baseColorTexture());
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
            d.writeInt(m.baseColorTexture() == null ? -1 : textureIndex.get(m.baseColorTexture()));
        }
        d.writeInt(model.meshes().size());
        byte[] scratch = new byte[CHUNK];
        for (MeshData mesh : model.meshes()) {
            d.writeInt(mesh.vertexCount());
            d.writeInt(mesh.indices().length);
            d.writeInt(mesh.materialIndex());
            d.writeByte((mesh.uvs() != null ? 1 : 0) | (mesh.colors() != null ? 2 : 0));
            writeFloats(d, mesh.positions(), scratch);
            writeFloats(d, mesh.normals(), scratch);
            if (mesh.uvs() != null) writeFloats(d, mesh.uvs(), scratch);
            if (mesh.colors() != null) writeFloats(d, mesh.colors(), scratch);
            writeInts(d, mesh.indices(), scratch);
        }
        d.writeInt(TRAILER);
        d.flush();
    }

    /** Writes a failure answer; {@code message} is cut to fit {@link #MAX_STRING_BYTES}. */
    static void writeFailure(String message, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.write(MAGIC);
        d.writeByte(FAILURE);
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        writeBytes(d, bytes.length > MAX_STRING_BYTES ? Arrays.copyOf(bytes, MAX_STRING_BYTES) : bytes);
        d.writeInt(TRAILER);
        d.flush();
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
            float[] color = {d.readFloat(), d.readFloat(), d.readFloat(), d.readFloat()};
            int texture = d.readInt();
            if (texture < -1 || texture >= textures.size()) throw new MalformedAnswer("material " + i + " refers to texture " + texture);
            out.add(new MaterialData(color, texture < 0 ? null : textures.get(texture), name));
        }
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
            float[] colors = (flags & 2) != 0 ? readFloats(d, 4 * v, scratch) : null;
            int[] indices = readInts(d, k, scratch);
            out.add(new MeshData(positions, normals, uvs, colors, indices, material));
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

    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_STRING_BYTES) bytes = Arrays.copyOf(bytes, MAX_STRING_BYTES);
        writeBytes(d, bytes);
    }

    private static void writeBytes(DataOutputStream d, byte[] bytes) throws IOException {
        d.writeInt(bytes.length);
        d.write(bytes);
    }

    private static String readString(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > MAX_STRING_BYTES) throw new MalformedAnswer("a string of " + n + " bytes");
        byte[] bytes = new byte[n];
        d.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeFloats(DataOutputStream d, float[] values, byte[] scratch) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(scratch);
        for (int i = 0; i < values.length; ) {
            int k = Math.min(values.length - i, scratch.length / 4);
            b.clear();
            b.asFloatBuffer().put(values, i, k);
            d.write(scratch, 0, 4 * k);
            i += k;
        }
    }

    private static void writeInts(DataOutputStream d, int[] values, byte[] scratch) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(scratch);
        for (int i = 0; i < values.length; ) {
            int k = Math.min(values.length - i, scratch.length / 4);
            b.clear();
            b.asIntBuffer().put(values, i, k);
            d.write(scratch, 0, 4 * k);
            i += k;
        }
    }

    private static float[] readFloats(DataInputStream d, int n, byte[] scratch) throws IOException {
        float[] out = new float[n];
        for (int i = 0; i < n; ) {
            int k = Math.min(n - i, scratch.length / 4);
            d.readFully(scratch, 0, 4 * k);
            ByteBuffer.wrap(scratch).asFloatBuffer().get(out, i, k);
            i += k;
        }
        return out;
    }

    private static int[] readInts(DataInputStream d, int n, byte[] scratch) throws IOException {
        int[] out = new int[n];
        for (int i = 0; i < n; ) {
            int k = Math.min(n - i, scratch.length / 4);
            d.readFully(scratch, 0, 4 * k);
            ByteBuffer.wrap(scratch).asIntBuffer().get(out, i, k);
            i += k;
        }
        return out;
    }

    /** The stream is not a well-formed answer; the message completes "the importer's answer is malformed: ...". */
    static final class MalformedAnswer extends IOException {
        MalformedAnswer(String detail) {
            super(detail);
        }
    }
}
