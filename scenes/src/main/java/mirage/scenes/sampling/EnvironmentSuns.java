package mirage.scenes.sampling;

import java.nio.file.Path;
import mirage.core.geom.EnvironmentSun;

/**
 * The sun of each environment map ({@link EnvironmentSun#of}), for {@code environment.sun}: the sampler asks for the
 * frame's map when the spec has a sun. Reading a map is the caller's business (scenes reads no images); answers must
 * be a function of the file alone, so frames stay reproducible.
 */
@FunctionalInterface
public interface EnvironmentSuns {
    /** For samplers of specs without {@code environment.sun}: asking is a programming error. */
    EnvironmentSuns NONE = map -> {
        throw new IllegalStateException("environment.sun needs the maps' suns; build the sampler with an EnvironmentSuns");
    };

    /** The sun of the map at {@code map} (an absolute path from the spec's hdri_folder). */
    EnvironmentSun sunOf(Path map);
}
