package mirage.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mirage.core.image.RgbaImage;
import mirage.dataset.codec.JpegWriter;
import mirage.effects.SensorEffectsFilter;
import mirage.scenes.model.SensorEffects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sensor effects ({@link SensorEffectsFilter}) on one rendered-looking 640x480 frame, one effect at a time and all
 * together, and the JPEG writer at quality 85. Each method returns a byte of the result so nothing is dead code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EffectsBench {
    /** none: the fast path; blur: sigma 1.5; colour: brightness, contrast, saturation and hue; noise: std 0.02. */
    @Param({"none", "blur", "colour", "noise", "all"})
    public String effects;

    private RgbaImage frame;
    private SensorEffects fx;
    private final Sink sink = new Sink();

    @Setup
    public void setUp() {
        frame = Frames.of("640x480").rgba;
        fx = switch (effects) {
            case "none" -> SensorEffects.NONE;
            case "blur" -> new SensorEffects(1.5, 0, 1, 1, 0, 0, 0, 0);
            case "colour" -> new SensorEffects(0, 0.05, 1.2, 0.8, 25, 0, 0, 0);
            case "noise" -> new SensorEffects(0, 0, 1, 1, 0, 0.02, 7, 0);
            case "all" -> new SensorEffects(1.5, 0.05, 1.2, 0.8, 25, 0.02, 7, 0);
            default -> throw new IllegalArgumentException(effects);
        };
    }

    @Benchmark
    public byte apply() {
        return SensorEffectsFilter.apply(frame, fx).rgba()[12345];
    }

    /** JPEG at quality 85 of the unchanged frame (the same for every {@code effects} value). */
    @Benchmark
    public int jpeg85() throws IOException {
        sink.reset();
        JpegWriter.write(frame, 85, sink);
        return sink.size();
    }
}
