package mirage.annotators.rle;

import java.util.Arrays;
import java.util.List;
import mirage.core.image.IdImage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Property-based fuzzing of the COCO RLE codec (jqwik). Random masks and id images round-trip exactly; random
 * counts round-trip through the string codec; random and mutated counts strings either decode to a mask whose
 * runs sum to the image size or are refused with {@link IllegalArgumentException}, never another exception.
 *
 * <p>jqwik prints each property's seed after it runs (pass or fail). To replay a failure, put that seed on the
 * property ({@code @Property(seed = "...")}) and run this class alone:
 * {@code mvn -pl annotators test -Dtest=CocoRleFuzzTest}.
 */
class CocoRleFuzzTest {
    private static final long MAX_COUNT = (1L << 32) - 1;

    @Property(tries = 300)
    void randomMasksRoundTrip(@ForAll("masks") Tuple.Tuple3<Integer, Integer, boolean[]> m) {
        int h = m.get1(), w = m.get2();
        boolean[] mask = m.get3();
        Rle rle = CocoRle.encode(Masks.idImage(h, w, mask), 1);
        require(Arrays.equals(mask, CocoRle.decode(rle)), "decode(encode(mask)) differs from the mask");
        require(Arrays.equals(Masks.referenceCounts(h, w, mask), CocoRle.counts(rle)), "counts differ from the naive reference");
        long set = 0;
        for (boolean b : mask) if (b) set++;
        require(CocoRle.area(rle) == set, "area " + CocoRle.area(rle) + " != " + set);
        require(CocoRle.bbox(rle).isPresent() == (set > 0), "bbox presence");
    }

    @Property(tries = 200)
    void encodeAllAgreesWithEncodingEachInstance(@ForAll("idImages") IdImage image, @ForAll @IntRange(min = 1, max = 6) int instances) {
        int[] ids = image.ids().clone();
        for (int i = 0; i < ids.length; i++) ids[i] %= instances + 1;
        IdImage bounded = new IdImage(image.width(), image.height(), ids);
        List<Rle> all = CocoRle.encodeAll(bounded, instances);
        require(all.size() == instances, "encodeAll returned " + all.size() + " RLEs for " + instances + " instances");
        for (int k = 1; k <= instances; k++)
            require(all.get(k - 1).equals(CocoRle.encode(bounded, k)), "instance " + k + " differs between encodeAll and encode");
    }

    @Property(tries = 300)
    void randomCountsRoundTripThroughTheString(@ForAll("counts") long[] counts) {
        require(Arrays.equals(counts, CocoRle.stringToCounts(CocoRle.countsToString(counts))), "string codec round trip");
    }

    @Property(tries = 500)
    void randomStringsDecodeValidlyOrAreRefused(@ForAll("rleStrings") String counts,
                                                @ForAll @IntRange(min = 1, max = 64) int h, @ForAll @IntRange(min = 1, max = 64) int w) {
        decodeOrRefuse(new Rle(h, w, counts));
    }

    @Property(tries = 300)
    void stringsOfRunsThatFillTheImageDecodeValidly(@ForAll("fillingRuns") Tuple.Tuple3<Integer, Integer, long[]> r) {
        Rle rle = new Rle(r.get1(), r.get2(), CocoRle.countsToString(r.get3()));
        decodeOrRefuse(rle);
        CocoRle.decode(rle); // these must decode: their runs sum to the image size
    }

    @Property(tries = 300)
    void mutatedEncodingsDecodeValidlyOrAreRefused(@ForAll("masks") Tuple.Tuple3<Integer, Integer, boolean[]> m,
                                                   @ForAll @IntRange(min = 0, max = 1000) int where, @ForAll("rleChars") char replacement) {
        Rle rle = CocoRle.encode(Masks.idImage(m.get1(), m.get2(), m.get3()), 1);
        char[] chars = rle.counts().toCharArray();
        chars[where % chars.length] = replacement;
        decodeOrRefuse(new Rle(rle.height(), rle.width(), new String(chars)));
    }

    /** The property for untrusted strings: a consistent mask, or an IllegalArgumentException; nothing else. */
    private static void decodeOrRefuse(Rle rle) {
        boolean[] mask;
        try {
            mask = CocoRle.decode(rle);
        } catch (IllegalArgumentException refused) {
            Statistics.label("outcome").collect("refused");
            return;
        } catch (Throwable t) {
            throw new AssertionError("not an IllegalArgumentException for " + rle + ": " + t, t);
        }
        Statistics.label("outcome").collect("decoded");
        long sum = 0;
        for (long c : CocoRle.counts(rle)) sum += c;
        require(sum == rle.pixelCount(), "decoded counts sum to " + sum + ", not " + rle.pixelCount());
        require(mask.length == rle.pixelCount(), "mask has " + mask.length + " pixels");
        long set = 0;
        for (boolean b : mask) if (b) set++;
        require(set == CocoRle.area(rle), "area disagrees with the decoded mask");
        require(CocoRle.encode(Masks.idImage(rle.height(), rle.width(), mask), 1).equals(
                new Rle(rle.height(), rle.width(), CocoRle.countsToString(canonical(CocoRle.counts(rle))))),
                "re-encoding the decoded mask differs from the canonical form of its counts");
    }

    /** Merges runs around zero-length runs (other than a leading zero), as the encoder writes them. */
    private static long[] canonical(long[] counts) {
        long[] out = new long[counts.length];
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 && i > 0 && i + 1 < counts.length) {
                out[n - 1] += counts[++i];
                continue;
            }
            if (counts[i] == 0 && i > 0) continue;
            out[n++] = counts[i];
        }
        return Arrays.copyOf(out, n);
    }

    @Provide Arbitrary<Tuple.Tuple3<Integer, Integer, boolean[]>> masks() {
        return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(0, 100)).flatAs((h, w, density) ->
                Arbitraries.integers().between(0, 99).list().ofSize(h * w).map(rolls -> {
                    boolean[] mask = new boolean[h * w];
                    for (int i = 0; i < mask.length; i++) mask[i] = rolls.get(i) < density;
                    return Tuple.of(h, w, mask);
                }));
    }

    @Provide Arbitrary<IdImage> idImages() {
        return Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, 30)).flatAs((h, w) ->
                Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(h * w).map(ids -> new IdImage(w, h, ids)));
    }

    @Provide Arbitrary<long[]> counts() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.longs().between(0, 300)),
                Tuple.of(2, Arbitraries.longs().between(0, MAX_COUNT)), Tuple.of(1, Arbitraries.of(0L, 1L, 31L, 32L, MAX_COUNT - 1, MAX_COUNT)));
        return count.array(long[].class).ofMaxSize(40);
    }

    /** Runs (zero-length ones included) summing to h*w, for an h x w image: h is 1, w the sum, or the reverse. */
    @Provide Arbitrary<Tuple.Tuple3<Integer, Integer, long[]>> fillingRuns() {
        Arbitrary<long[]> runs = Arbitraries.longs().between(0, 60).array(long[].class).ofMinSize(1).ofMaxSize(30)
                .filter(c -> Arrays.stream(c).sum() > 0);
        return Combinators.combine(runs, Arbitraries.of(true, false)).as((c, tall) -> {
            int n = (int) Arrays.stream(c).sum();
            return Tuple.of(tall ? n : 1, tall ? 1 : n, c);
        });
    }

    @Provide Arbitrary<String> rleStrings() {
        Arbitrary<String> inAlphabet = rleChars().array(char[].class).ofMaxSize(40).map(String::new);
        Arbitrary<String> anyChars = Arbitraries.strings().ofMaxLength(20);
        Arbitrary<String> fromCounts = counts().map(CocoRle::countsToString);
        return Arbitraries.frequencyOf(Tuple.of(5, inAlphabet), Tuple.of(2, anyChars), Tuple.of(3, fromCounts));
    }

    @Provide Arbitrary<Character> rleChars() {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.chars().range((char) 48, (char) 111)),
                Tuple.of(1, Arbitraries.chars().range((char) 0, (char) 0xFFFF)));
    }

    private static void require(boolean ok, String what) {
        if (!ok) throw new AssertionError(what);
    }
}
