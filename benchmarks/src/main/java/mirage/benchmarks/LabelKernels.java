package mirage.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import mirage.annotators.depth.DepthPng;
import mirage.annotators.mask.InstanceStats;
import mirage.annotators.rle.BitPlanes;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** The per-frame label kernels over one {@link Frames} frame: RLE, amodal bit planes, stats, depth units. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LabelKernels {
    @Param({"640x480", "1920x1080"})
    public String size;

    private Frames frame;
    /** The instance with the most visible pixels. */
    private int largest;

    @Setup
    public void setUp() {
        frame = Frames.of(size);
        InstanceStats stats = InstanceStats.of(frame.ids, Frames.INSTANCES);
        for (int k = 1; k <= Frames.INSTANCES; k++) {
            if (largest == 0 || stats.pixelCount(k) > stats.pixelCount(largest)) largest = k;
        }
    }

    /** All instances' COCO RLEs in one column-major pass (what the frame labeller calls). */
    @Benchmark
    public List<Rle> cocoRleEncodeAll() {
        return CocoRle.encodeAll(frame.ids, Frames.INSTANCES);
    }

    /** One instance's RLE (the largest one): one full column-major pass for a single id. */
    @Benchmark
    public Rle cocoRleEncodeOne() {
        return CocoRle.encode(frame.ids, largest);
    }

    /** The naive alternative to {@link #cocoRleEncodeAll}: {@code encode} once per instance. */
    @Benchmark
    public void cocoRleEncodeEach(Blackhole bh) {
        for (int k = 1; k <= Frames.INSTANCES; k++) bh.consume(CocoRle.encode(frame.ids, k));
    }

    /** Pixel counts, boxes and RLEs of the amodal silhouettes, one bit plane per instance. */
    @Benchmark
    public List<BitPlanes.Mask> bitPlanesDecode() {
        return BitPlanes.decodePlanes(frame.amodalBits, frame.width, frame.height, Frames.INSTANCES);
    }

    /** Visible pixel counts and tight boxes of every instance (one row-major pass). */
    @Benchmark
    public InstanceStats instanceStats() {
        return InstanceStats.of(frame.ids, Frames.INSTANCES);
    }

    /** Camera z in metres to 16-bit depth units (depth_scale 1 mm, the default). */
    @Benchmark
    public DepthPng.Encoded depthPngEncode() {
        return DepthPng.encode(frame.depth.metres(), frame.width, frame.height, 1.0, DepthPng.OverflowPolicy.ERROR);
    }
}
