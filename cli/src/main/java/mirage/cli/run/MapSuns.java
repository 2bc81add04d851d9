package mirage.cli.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mirage.assets.HdrFiles;
import mirage.assets.HdrImage;
import mirage.core.geom.EnvironmentSun;
import mirage.scenes.sampling.EnvironmentSuns;

/**
 * The suns of a run's environment maps ({@code environment.sun}), each found once: the map is decoded on the CPU
 * (the GL thread decodes it again for its own pre-filter; a sun is a few milliseconds of a 1k map's decode, and
 * sampling must not wait on GL), then dropped. Thread-safe.
 */
public final class MapSuns implements EnvironmentSuns {
    private final Map<Path, EnvironmentSun> suns = new ConcurrentHashMap<>();

    @Override
    public EnvironmentSun sunOf(Path map) {
        return suns.computeIfAbsent(map, MapSuns::find);
    }

    private static EnvironmentSun find(Path map) {
        HdrImage image = HdrFiles.read(map);
        return EnvironmentSun.of(image.width(), image.height(), image.rgb());
    }
}
