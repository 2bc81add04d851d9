package mirage.assets.assimp;

import static org.lwjgl.assimp.Assimp.aiAttachLogStream;
import static org.lwjgl.assimp.Assimp.aiDetachLogStream;
import static org.lwjgl.system.MemoryUtil.memUTF8Safe;

import java.util.ArrayList;
import java.util.List;
import org.lwjgl.assimp.AILogStream;
import org.lwjgl.assimp.AILogStreamCallback;

/**
 * Listens to Assimp's log during one import and keeps its warnings. Some warnings mean Assimp met malformed data
 * and repaired it silently; {@link #malformation()} names the first such one, so that the import fails instead of
 * rendering a model that is not what the file says. The log is global in Assimp: use only under the import lock,
 * and {@link #close} (detach and free) before the next import.
 */
final class AssimpWarnings implements AutoCloseable {
    /** Warnings (Assimp 6.0.x wording) that mean data was dropped or repaired. */
    private static final List<String> MALFORMED = List.of("out-of-range indices");
    private static final int MAX_KEPT = 100;

    private final List<String> warnings = new ArrayList<>();
    private final AILogStreamCallback callback = AILogStreamCallback.create((message, user) -> keep(memUTF8Safe(message)));
    private final AILogStream stream = AILogStream.calloc().callback(callback);

    AssimpWarnings() {
        aiAttachLogStream(stream);
    }

    private void keep(String message) {
        if (message == null || warnings.size() >= MAX_KEPT) return;
        if (message.startsWith("Warn") || message.startsWith("Error")) warnings.add(message.strip());
    }

    /** The first warning that means the file is malformed, without Assimp's level and thread prefix; or null. */
    String malformation() {
        for (String w : warnings)
            for (String marker : MALFORMED)
                if (w.contains(marker)) return w.replaceFirst("^\\w+,\\s+T\\d+:\\s*", "");
        return null;
    }

    @Override public void close() {
        aiDetachLogStream(stream);
        stream.free();
        callback.free();
    }
}
