package mirage.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mirage.annotators.depth.DepthPng;
import mirage.dataset.codec.PngWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Mirage's own PNG writer ({@link PngWriter}: Up filter, one reused deflater) into a reusable in-memory sink,
 * at deflate level 1 (Mirage's default) and 6. Each method returns the encoded size so nothing is dead code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PngEncode {
    @Param({"640x480", "1920x1080"})
    public String size;

    @Param({"1", "6"})
    public int level;

    private Frames frame;
    private DepthPng.Encoded depth;
    private PngWriter png;
    private final Sink sink = new Sink();

    @Setup
    public void setUp() {
        frame = Frames.of(size);
        depth = DepthPng.encode(frame.depth.metres(), frame.width, frame.height, 1.0, DepthPng.OverflowPolicy.ERROR);
        png = new PngWriter(level);
    }

    @TearDown
    public void tearDown() {
        png.close();
    }

    /** The colour image: 8-bit RGB (alpha dropped by the writer). */
    @Benchmark
    public int writeRgb() throws IOException {
        sink.reset();
        png.writeRgb(frame.rgba, sink);
        return sink.size();
    }

    /** The instance mask: 16-bit grey ids. */
    @Benchmark
    public int writeGray16Ids() throws IOException {
        sink.reset();
        png.writeGray16(frame.width, frame.height, frame.ids.ids(), sink);
        return sink.size();
    }

    /** The depth image: 16-bit grey units, already encoded ({@link DepthPng#encode}). */
    @Benchmark
    public int writeGray16Depth() throws IOException {
        sink.reset();
        png.writeGray16(depth.width(), depth.height(), depth.units(), sink);
        return sink.size();
    }
}
