package mirage.assets.assimp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mirage.assets.AllowedFolders;
import mirage.assets.AssetException;
import mirage.assets.Model;
import mirage.assets.TestImages;
import mirage.assets.TestModels;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Property-based fuzzing of the asset import guard (jqwik): random byte-level mutations of small valid model files
 * (OBJ + MTL, ASCII PLY, binary STL, GLB with an embedded PNG) imported through {@link IsolatedModelLoader} end in a
 * {@link Model} or an {@link AssetException} naming the file, and this JVM lives on. A child costs about half a
 * second, so that property runs few tries; the parent's answer decoder ({@link ModelCodec#read}), which sees
 * whatever a misbehaving child might send, is fuzzed in-process with many more.
 *
 * <p>jqwik prints each property's seed after it runs; replay a failure with {@code @Property(seed = "...")}.
 */
class AssetImportFuzzTest {
    private static final ImportSettings SETTINGS = ImportSettings.defaults().withTimeout(Duration.ofSeconds(10));

    private static Path dir;
    private static Map<String, byte[]> originals;
    private static byte[] answer;
    private static Path answerFile;

    @BeforeContainer static void setUp() throws IOException {
        dir = Files.createTempDirectory("mirage-import-fuzz");
        Path png = TestImages.writePng(dir.resolve("t.png"), TestImages.argb2x2());
        originals = Map.of(
                "obj", Files.readAllBytes(TestModels.objCube(dir, png.getFileName().toString())),
                "ply", Files.readAllBytes(TestModels.plyCube(dir)),
                "stl", Files.readAllBytes(TestModels.stlBinaryCube(dir)),
                "glb", Files.readAllBytes(TestModels.glbCube(dir, "cube.glb", TestImages.encode(TestImages.argb2x2(), "png"))));
        answerFile = dir.resolve("cube.glb");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportWorker.importOne(answerFile, AllowedFolders.of(List.of()), out);
        answer = out.toByteArray();
    }

    @AfterContainer static void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Property(tries = 30)
    void mutatedModelsEndInAModelOrAnAssetException(@ForAll("formats") String format, @ForAll("edits") List<Edit> edits)
            throws IOException {
        byte[] bytes = originals.get(format);
        for (Edit e : edits) bytes = e.apply(bytes);
        Path file = Files.write(dir.resolve("fuzz." + format), bytes);
        try {
            Model m = new IsolatedModelLoader(AllowedFolders.of(List.of()), SETTINGS).load(file);
            Statistics.label("outcome").collect("model");
            if (m.triangleCount() <= 0) throw new AssertionError("a model without triangles");
        } catch (AssetException e) {
            if (!e.getMessage().startsWith(file + ": ")) throw new AssertionError("does not name the file: " + e.getMessage());
            Statistics.label("outcome").collect(e.getMessage().contains("the importer crashed") ? "child crashed" : "AssetException");
        } catch (Throwable t) {
            throw new AssertionError("neither a Model nor an AssetException: " + t, t);
        }
    }

    @Property(tries = 500)
    void mutatedAnswersAreDecodedOrRefused(@ForAll("edits") List<Edit> edits) {
        byte[] bytes = answer;
        for (Edit e : edits) bytes = e.apply(bytes);
        try {
            ModelCodec.read(new java.io.ByteArrayInputStream(bytes), answerFile);
            Statistics.label("outcome").collect("model");
        } catch (ModelCodec.MalformedAnswer e) {
            Statistics.label("outcome").collect("malformed answer");
        } catch (AssetException e) {
            if (!e.getMessage().startsWith(answerFile + ": ")) throw new AssertionError("does not name the file: " + e.getMessage());
            Statistics.label("outcome").collect("AssetException");
        } catch (Throwable t) {
            throw new AssertionError("neither a model nor a refusal: " + t, t);
        }
    }

    @Provide Arbitrary<String> formats() {
        return Arbitraries.of("obj", "ply", "stl", "glb");
    }

    @Provide Arbitrary<List<Edit>> edits() {
        Arbitrary<byte[]> inserted = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(12),
                Arbitraries.of("nan", "inf", "-1", "1e39", "99999999", " ", "\n", "f 1 2 999\n", "v 1 2\n", "element face 99999\n")
                        .map(s -> s.getBytes(StandardCharsets.US_ASCII)));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 64), inserted).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    /**
     * One byte-level edit at a relative position: flip a bit, overwrite a byte, write an extreme little- or
     * big-endian int32, truncate, insert bytes, delete a run.
     */
    record Edit(int kind, double where, int length, byte[] bytes) {
        private static final int[] EXTREMES = {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 20, 0x3F800000};

        byte[] apply(byte[] in) {
            if (in.length == 0) return bytes.clone();
            int at = Math.min(in.length - 1, (int) (where * in.length));
            byte[] out = in.clone();
            switch (kind) {
                case 0 -> out[at] ^= (byte) (1 << (length % 8));
                case 1 -> out[at] = bytes[0];
                case 2 -> {
                    if (at + 4 <= out.length) {
                        ByteBuffer b = ByteBuffer.wrap(out, at, 4);
                        if (length % 2 == 0) b.order(java.nio.ByteOrder.LITTLE_ENDIAN);
                        b.putInt(EXTREMES[length % EXTREMES.length]);
                    }
                }
                case 3 -> out = Arrays.copyOf(in, at);
                case 4 -> {
                    out = new byte[in.length + bytes.length];
                    System.arraycopy(in, 0, out, 0, at);
                    System.arraycopy(bytes, 0, out, at, bytes.length);
                    System.arraycopy(in, at, out, at + bytes.length, in.length - at);
                }
                default -> {
                    int end = Math.min(in.length, at + length);
                    out = new byte[in.length - (end - at)];
                    System.arraycopy(in, 0, out, 0, at);
                    System.arraycopy(in, end, out, at, in.length - end);
                }
            }
            return out;
        }

        @Override public String toString() {
            return "Edit[kind=" + kind + ", where=" + where + ", length=" + length + ", bytes=" + Arrays.toString(bytes) + "]";
        }
    }
}
