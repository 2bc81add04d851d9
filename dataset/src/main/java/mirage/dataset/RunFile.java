package mirage.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import mirage.core.error.MirageException;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SpecWriter;

/**
 * {@code .mirage-run.json}: marks a folder as holding a run of one spec ({@link RunRecord}): the SHA-256 of the
 * spec's resolved JSON (seed and frame count included), the frame count, and for one shard of a run
 * {@code "shard": {"index", "count", "first_frame", "frames"}}. A rerun into the folder resumes only the same run
 * (and shard), so frames of two specs are never mixed.
 */
public final class RunFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunFile() {}

    /** The SHA-256 of the spec's resolved JSON, lower-case hex. */
    public static String specHash(SceneSpec spec) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(SpecWriter.toJson(spec).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The spec hash recorded in a folder, or null when the folder holds no run file. */
    public static String recordedHash(Path root) {
        RunRecord r = read(root);
        return r == null ? null : r.specHash();
    }

    /**
     * The run a folder holds, or null when it holds no run file.
     *
     * @throws MirageException naming the file when it is not a Mirage run file
     */
    public static RunRecord read(Path root) {
        Path file = root.resolve(DatasetLayout.RUN_FILE);
        if (!Files.isRegularFile(file)) return null;
        try {
            JsonNode node = JSON.readTree(file.toFile());
            JsonNode hash = node == null ? null : node.get("spec_sha256");
            if (hash == null || !hash.isTextual() || !node.path("frames").canConvertToInt())
                throw new MirageException(file + ": not a Mirage run file (no spec_sha256 and frames)");
            JsonNode shard = node.get("shard");
            Shard s = shard == null ? null : new Shard(shard.path("index").asInt(-1), shard.path("count").asInt(-1));
            return new RunRecord(hash.asText(), node.get("frames").asInt(), s);
        } catch (IOException e) {
            throw new MirageException(file + ": unreadable run file: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that {@code spec} is the spec the run in {@code root} was rendered from: its hash, or its hash with the
     * run's frame count and the dataset's seed (what {@code render --frames} and {@code --seed} change; splits fix
     * the frame count), is the one in the folder's run file.
     *
     * @throws MirageException naming the folder when it holds no run, or the spec when it is another one
     */
    public static void requireSpec(Path root, SceneSpec spec) {
        RunRecord run = read(root);
        if (run == null)
            throw new MirageException(root + ": not a rendered run (no " + DatasetLayout.RUN_FILE
                    + "), so the spec it was rendered from cannot be checked");
        if (specHash(spec).equals(run.specHash())) return;
        SceneSpec overridden = spec.withSeed(seed(root, spec.seed()));
        if (spec.splits().isEmpty()) overridden = overridden.withFrames(run.frames());
        if (!specHash(overridden).equals(run.specHash()))
            throw new MirageException(spec.sourceFile() + ": not the spec " + root + " was rendered from (its SHA-256, "
                    + "also with the run's seed and frame count, differs from the one in " + DatasetLayout.RUN_FILE + ")");
    }

    /** The seed in the folder's dataset.json, or {@code otherwise} when it has none yet. */
    private static long seed(Path root, long otherwise) {
        Path manifest = root.resolve(DatasetLayout.MANIFEST);
        if (!Files.isRegularFile(manifest)) return otherwise;
        try {
            return DatasetManifestJson.read(manifest).seed();
        } catch (IOException e) {
            throw new MirageException(e.getMessage(), e);
        }
    }

    static void write(Path root, RunRecord run) {
        ObjectNode node = JSON.createObjectNode();
        node.put("spec_sha256", run.specHash());
        node.put("frames", run.frames());
        if (run.shard() != null) run.shard().writeTo(node.putObject("shard"), run.frames());
        AtomicWriter.write(root.resolve(DatasetLayout.RUN_FILE), o -> JSON.writerWithDefaultPrettyPrinter().writeValue(o, node));
    }
}
