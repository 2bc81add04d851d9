package mirage.assets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Writes the unit {@link Cube} in each supported format into a folder (for tests). */
public final class TestModels {
    /** glTF node transform: parent translation, child uniform scale. */
    public static final float[] TRANSLATION = {10, 20, 30};
    public static final float SCALE = 2;
    /** glTF baseColorFactor written by {@link #gltfJson}. */
    public static final float[] BASE_COLOR = {0.2f, 0.4f, 0.6f, 0.8f};
    /** OBJ Kd written by {@link #objCube}. */
    public static final float[] KD = {0.8f, 0.1f, 0.1f};

    private static final int GEOMETRY_BYTES = 24 * 12 * 2 + 24 * 8 + 36 * 2; // 840, a multiple of 4

    private TestModels() {
    }

    /** cube.obj with 8 v, 4 vt, 6 vn, 6 quads, and cube.mtl (material "red", Kd {@link #KD}, optional map_Kd). */
    public static Path objCube(Path dir, String mapKd) {
        StringBuilder obj = new StringBuilder("mtllib cube.mtl\no cube\n");
        for (int i = 0; i < 8; i++) obj.append(String.format(Locale.ROOT, "v %s %s %s%n", (Object[]) box(Cube.vertex8(i))));
        for (float[] uv : Cube.UV) obj.append(String.format(Locale.ROOT, "vt %s %s%n", uv[0], uv[1]));
        for (float[] n : Cube.NORMALS) obj.append(String.format(Locale.ROOT, "vn %s %s %s%n", (Object[]) box(n)));
        obj.append("usemtl red\n");
        for (int f = 0; f < 6; f++) {
            obj.append("f");
            for (int k = 0; k < 4; k++) obj.append(' ').append(Cube.vertex8Of(f, k) + 1).append('/').append(k + 1).append('/').append(f + 1);
            obj.append('\n');
        }
        String mtl = String.format(Locale.ROOT, "newmtl red%nKd %s %s %s%n", KD[0], KD[1], KD[2]) + (mapKd == null ? "" : "map_Kd " + mapKd + "\n");
        write(dir.resolve("cube.mtl"), mtl);
        return write(dir.resolve("cube.obj"), obj.toString());
    }

    /** ASCII PLY: 8 vertices with RGBA uchar colours {@link #plyColor}, 6 quads. */
    public static Path plyCube(Path dir) {
        StringBuilder s = new StringBuilder("ply\nformat ascii 1.0\ncomment mirage test cube\nelement vertex 8\n"
                + "property float x\nproperty float y\nproperty float z\n"
                + "property uchar red\nproperty uchar green\nproperty uchar blue\nproperty uchar alpha\n"
                + "element face 6\nproperty list uchar int vertex_indices\nend_header\n");
        for (int i = 0; i < 8; i++) {
            float[] p = Cube.vertex8(i);
            int[] c = plyColor(i);
            s.append(String.format(Locale.ROOT, "%s %s %s %d %d %d %d%n", p[0], p[1], p[2], c[0], c[1], c[2], c[3]));
        }
        for (int f = 0; f < 6; f++) {
            s.append(4);
            for (int k = 0; k < 4; k++) s.append(' ').append(Cube.vertex8Of(f, k));
            s.append('\n');
        }
        return write(dir.resolve("cube.ply"), s.toString());
    }

    /** Colour of PLY vertex i: red 255 if x &gt; 0, green 128 if y &gt; 0, blue 64 if z &gt; 0, alpha 200. */
    public static int[] plyColor(int i) {
        return new int[] {(i & 1) != 0 ? 255 : 0, (i & 2) != 0 ? 128 : 0, (i & 4) != 0 ? 64 : 0, 200};
    }

    /** Binary STL, 12 facets with face normals. */
    public static Path stlBinaryCube(Path dir) {
        ByteBuffer b = ByteBuffer.allocate(84 + 12 * 50).order(ByteOrder.LITTLE_ENDIAN);
        b.put(Arrays.copyOf("binary STL cube for mirage tests".getBytes(StandardCharsets.US_ASCII), 80)).putInt(12);
        for (int f = 0; f < 6; f++)
            for (int[] tri : new int[][] {{0, 1, 2}, {0, 2, 3}}) {
                putVec(b, Cube.NORMALS[f]);
                for (int k : tri) putVec(b, Cube.corner(f, k));
                b.putShort((short) 0);
            }
        return write(dir.resolve("cube.stl"), b.array());
    }

    /** ASCII STL, 12 facets. */
    public static Path stlAsciiCube(Path dir) {
        StringBuilder s = new StringBuilder("solid cube\n");
        for (int f = 0; f < 6; f++)
            for (int[] tri : new int[][] {{0, 1, 2}, {0, 2, 3}}) {
                s.append(String.format(Locale.ROOT, " facet normal %s %s %s%n  outer loop%n", (Object[]) box(Cube.NORMALS[f])));
                for (int k : tri) s.append(String.format(Locale.ROOT, "   vertex %s %s %s%n", (Object[]) box(Cube.corner(f, k))));
                s.append("  endloop\n endfacet\n");
            }
        return write(dir.resolve("cube_ascii.stl"), s.append("endsolid cube\n").toString());
    }

    /** cube.gltf + cube.bin (24 vertices with normals and uvs, 36 uint16 indices). */
    public static Path gltfCube(Path dir) {
        write(dir.resolve("cube.bin"), geometry());
        return write(dir.resolve("cube.gltf"), gltfJson("\"uri\":\"cube.bin\",", GEOMETRY_BYTES, -1));
    }

    /** cube.glb; with {@code png} != null the material's base colour texture is that PNG, embedded. */
    public static Path glbCube(Path dir, String name, byte[] png) {
        int imageBytes = png == null ? -1 : png.length;
        byte[] bin = geometry();
        if (png != null) {
            bin = ByteBuffer.allocate(GEOMETRY_BYTES + png.length).put(bin).put(png).array();
        }
        return write(dir.resolve(name), glb(gltfJson("", bin.length, imageBytes), bin));
    }

    /** A GLB container around the given JSON and binary chunk. */
    public static byte[] glb(String json, byte[] bin) {
        byte[] j = pad(json.getBytes(StandardCharsets.UTF_8), (byte) ' ');
        byte[] b = pad(bin, (byte) 0);
        ByteBuffer out = ByteBuffer.allocate(12 + 8 + j.length + 8 + b.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("glTF".getBytes(StandardCharsets.US_ASCII)).putInt(2).putInt(out.capacity());
        out.putInt(j.length).putInt(0x4E4F534A).put(j);
        out.putInt(b.length).putInt(0x004E4942).put(b);
        return out.array();
    }

    /**
     * glTF 2.0 JSON for the cube: root node translated by {@link #TRANSLATION} with a child scaled by {@link #SCALE}
     * holding the mesh; material "paint" with {@link #BASE_COLOR}; an embedded PNG of {@code imageBytes} bytes after
     * the geometry when {@code imageBytes >= 0}.
     */
    public static String gltfJson(String bufferUri, int bufferBytes, int imageBytes) {
        String texture = imageBytes < 0 ? "" : ",\"baseColorTexture\":{\"index\":0}";
        String views = "{\"buffer\":0,\"byteOffset\":0,\"byteLength\":288},{\"buffer\":0,\"byteOffset\":288,\"byteLength\":288},"
                + "{\"buffer\":0,\"byteOffset\":576,\"byteLength\":192},{\"buffer\":0,\"byteOffset\":768,\"byteLength\":72}"
                + (imageBytes < 0 ? "" : ",{\"buffer\":0,\"byteOffset\":840,\"byteLength\":" + imageBytes + "}");
        String images = imageBytes < 0 ? "" : ",\"textures\":[{\"source\":0}],\"images\":[{\"bufferView\":4,\"mimeType\":\"image/png\"}]";
        return "{\"asset\":{\"version\":\"2.0\"},\"scene\":0,\"scenes\":[{\"nodes\":[0]}],"
                + "\"nodes\":[{\"name\":\"root\",\"translation\":[10,20,30],\"children\":[1]},{\"name\":\"cube\",\"scale\":[2,2,2],\"mesh\":0}],"
                + "\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":0,\"NORMAL\":1,\"TEXCOORD_0\":2},\"indices\":3,\"material\":0}]}],"
                + "\"materials\":[{\"name\":\"paint\",\"pbrMetallicRoughness\":{\"baseColorFactor\":[0.2,0.4,0.6,0.8]" + texture + "}}],"
                + "\"buffers\":[{" + bufferUri + "\"byteLength\":" + bufferBytes + "}],"
                + "\"bufferViews\":[" + views + "],"
                + "\"accessors\":[{\"bufferView\":0,\"componentType\":5126,\"count\":24,\"type\":\"VEC3\",\"min\":[-0.5,-0.5,-0.5],\"max\":[0.5,0.5,0.5]},"
                + "{\"bufferView\":1,\"componentType\":5126,\"count\":24,\"type\":\"VEC3\"},"
                + "{\"bufferView\":2,\"componentType\":5126,\"count\":24,\"type\":\"VEC2\"},"
                + "{\"bufferView\":3,\"componentType\":5123,\"count\":36,\"type\":\"SCALAR\"}]"
                + images + "}";
    }

    /** Positions, normals, uvs (as float32) and uint16 indices of the 24-corner cube, little-endian. */
    static byte[] geometry() {
        ByteBuffer b = ByteBuffer.allocate(GEOMETRY_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int f = 0; f < 6; f++) for (int k = 0; k < 4; k++) putVec(b, Cube.corner(f, k));
        for (int f = 0; f < 6; f++) for (int k = 0; k < 4; k++) putVec(b, Cube.NORMALS[f]);
        for (int f = 0; f < 6; f++) for (float[] uv : Cube.UV) b.putFloat(uv[0]).putFloat(uv[1]);
        for (int f = 0; f < 6; f++) for (int i : new int[] {0, 1, 2, 0, 2, 3}) b.putShort((short) (4 * f + i));
        return b.array();
    }

    public static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putVec(ByteBuffer b, float[] v) {
        b.putFloat(v[0]).putFloat(v[1]).putFloat(v[2]);
    }

    private static byte[] pad(byte[] data, byte filler) {
        int len = (data.length + 3) / 4 * 4;
        byte[] out = Arrays.copyOf(data, len);
        Arrays.fill(out, data.length, len, filler);
        return out;
    }

    private static Float[] box(float[] v) {
        Float[] out = new Float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i];
        return out;
    }

}
