package mirage.assets.assimp;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import mirage.assets.AllowedFolders;
import mirage.assets.AssetException;
import mirage.assets.ImageFiles;
import mirage.assets.TextureData;
import org.lwjgl.assimp.AIScene;
import org.lwjgl.assimp.AITexel;
import org.lwjgl.assimp.AITexture;

/**
 * Turns a material's texture reference into pixels: {@code "*N"} is the scene's embedded texture N, a reference
 * equal to an embedded texture's file name is that texture, anything else is a file path relative to the model's
 * folder (backslashes accepted; if it is not there, the bare file name in the model's folder is tried). A texture
 * file must lie inside the {@link AllowedFolders} (by real path; a file found outside them is an error, not
 * skipped). Each reference is decoded once per import. Reads the scene's native memory; use only during one
 * import, one thread.
 */
final class TextureResolver {
    private final AIScene scene;
    private final Path model;
    private final AllowedFolders folders;
    private final Map<String, TextureData> decoded = new HashMap<>();

    TextureResolver(AIScene scene, Path model, AllowedFolders folders) {
        this.scene = scene;
        this.model = model;
        this.folders = folders;
    }

    /** @param material the material's name, for messages */
    TextureData resolve(String ref, String material) {
        TextureData t = decoded.get(ref);
        if (t == null) {
            t = load(ref, material);
            decoded.put(ref, t);
        }
        return t;
    }

    private TextureData load(String ref, String material) {
        String what = "texture '" + ref + "' of material '" + material + "'";
        int embedded = embeddedIndex(ref, what);
        if (embedded >= 0) return embedded(embedded, what);
        List<Path> candidates = candidates(ref, what);
        for (Path p : candidates) {
            if (!Files.exists(p)) continue;
            if (!folders.allows(p))
                throw new AssetException(model, what + " is " + p + ", outside the folders it may read (" + folders.describe() + ")");
            if (Files.isRegularFile(p)) return readFile(p, what);
        }
        throw new AssetException(model, what + " not found (looked for " + join(candidates) + ")");
    }

    /** Index of the embedded texture {@code ref} names, or -1 when it names a file. */
    private int embeddedIndex(String ref, String what) {
        int count = scene.mNumTextures();
        if (ref.startsWith("*")) {
            int i = parseIndex(ref.substring(1));
            if (i < 0 || i >= count) throw new AssetException(model, what + " refers to embedded texture " + ref.substring(1) + " but the file has " + count);
            return i;
        }
        for (int i = 0; i < count; i++) {
            String name = AITexture.create(scene.mTextures().get(i)).mFilename().dataString();
            if (!name.isEmpty() && (name.equals(ref) || fileName(name).equals(fileName(ref)))) return i;
        }
        return -1;
    }

    /** Embedded texture {@code index}; its {@link TextureData#source()} is {@code "<model>#embedded-<index>"}. */
    private TextureData embedded(int index, String what) {
        AITexture tex = AITexture.create(scene.mTextures().get(index));
        String label = "embedded-" + index;
        if (tex.mHeight() != 0) return rawTexels(tex, label, what);
        ByteBuffer bytes = tex.pcDataCompressed();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        try {
            return ImageFiles.decode(copy, model, label);
        } catch (AssetException e) {
            throw new AssetException(model, what + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** Uncompressed ARGB8888 texels (aiTexel b, g, r, a), first row taken as the top row. */
    private TextureData rawTexels(AITexture tex, String label, String what) {
        int w = tex.mWidth(), h = tex.mHeight();
        if (w <= 0 || h <= 0 || w > ImageFiles.MAX_SIDE || h > ImageFiles.MAX_SIDE || (long) w * h > ImageFiles.MAX_PIXELS)
            throw new AssetException(model, what + ": embedded size " + Integer.toUnsignedString(w) + "x" + Integer.toUnsignedString(h)
                    + " is outside 1.." + ImageFiles.MAX_SIDE + " per side and " + ImageFiles.MAX_PIXELS + " pixels");
        AITexel.Buffer texels = tex.pcData();
        byte[] rgba = new byte[w * h * 4];
        for (int i = 0; i < w * h; i++) {
            AITexel t = texels.get(i);
            rgba[4 * i] = t.r();
            rgba[4 * i + 1] = t.g();
            rgba[4 * i + 2] = t.b();
            rgba[4 * i + 3] = t.a();
        }
        return new TextureData(w, h, rgba, model + "#" + label);
    }

    private TextureData readFile(Path p, String what) {
        try {
            return ImageFiles.read(p);
        } catch (AssetException e) {
            throw new AssetException(model, what + " cannot be used: " + e.getMessage(), e);
        }
    }

    private List<Path> candidates(String ref, String what) {
        String slashed = ref.replace('\\', '/');
        if (slashed.startsWith("file://")) slashed = slashed.substring("file://".length());
        LinkedHashSet<Path> out = new LinkedHashSet<>();
        Path folder = model.getParent();
        try {
            out.add(folder.resolve(slashed).normalize());
            if (slashed.contains("%")) out.add(folder.resolve(URLDecoder.decode(slashed.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize());
            out.add(folder.resolve(fileName(slashed)).normalize());
        } catch (IllegalArgumentException e) { // InvalidPathException, or a malformed %-escape
            throw new AssetException(model, what + " is not a valid file path", e);
        }
        return new ArrayList<>(out);
    }

    private static String fileName(String ref) {
        String s = ref.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static int parseIndex(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String join(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }
}
