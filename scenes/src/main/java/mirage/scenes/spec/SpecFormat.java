package mirage.scenes.spec;

import java.nio.file.Path;
import java.util.Locale;

/** The two spec file formats, chosen by file extension. */
public enum SpecFormat {
    /** {@code .yaml} or {@code .yml}. */
    YAML,
    /** {@code .json}. */
    JSON;

    /** The format of {@code file} by its extension (case-insensitive), or null if it has neither. */
    public static SpecFormat of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return YAML;
        if (n.endsWith(".json")) return JSON;
        return null;
    }
}
