package mirage.scenes.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scene spec file (YAML for {@code .yaml}/{@code .yml}, JSON for {@code .json}) into a validated
 * {@link SceneSpec}. Relative paths in the spec are resolved against the spec file's folder and checked while
 * reading. Any problem is one {@link SpecException} naming file, line, column and field.
 *
 * <p>Specs are untrusted input. Every file or folder a spec names must lie inside the spec file's folder or one
 * of the allowed roots given to the constructor, by its normalised path and, when it exists, by its real path
 * with every symbolic link followed (so {@code ..} and links leading elsewhere are refused; see
 * {@link SpecRoots}); so must every image listed from a named folder. Documents are bounded by
 * {@link SpecLimits} (size, nesting, string and number length, list lengths, value count), and YAML anchors and
 * aliases are refused at the first one, so a hostile document is refused in well under a second.
 *
 * <p>A spec may name {@code splits}: each is the same document with its {@code set} overrides applied, bound and
 * checked like the whole (see {@link SplitSpec}, {@link SplitPlan}).
 *
 * <p>Thread-safe: it holds only configured, immutable Jackson readers and an immutable root list.
 */
public final class SpecLoader {
    /** Largest spec file accepted, bytes; a scene spec is a few kilobytes. */
    public static final long MAX_FILE_BYTES = SpecLimits.MAX_DOCUMENT_BYTES;

    private final Map<SpecFormat, ObjectMapper> mappers = new EnumMap<>(SpecFormat.class);
    private final List<Path> allowedRoots;

    /** A loader that lets specs name files in their own folder (and below) only. */
    public SpecLoader() {
        this(List.of());
    }

    /**
     * A loader that also lets specs name files inside {@code allowedRoots} (the CLI's {@code --allow-root}).
     *
     * @param allowedRoots existing folders; relative ones are taken against the working directory
     * @throws SpecException naming the first root that is not an existing folder
     */
    public SpecLoader(List<Path> allowedRoots) {
        this.allowedRoots = SpecRoots.requireFolders(List.copyOf(allowedRoots));
        for (SpecFormat f : SpecFormat.values()) mappers.put(f, SpecMappers.forFormat(f));
    }

    /** The extra allowed roots, absolute and normalised (the spec's own folder is always allowed too). */
    public List<Path> allowedRoots() {
        return allowedRoots;
    }

    /** Loads and validates {@code file}. */
    public SceneSpec load(Path file) {
        return load(file, List.of());
    }

    /**
     * Loads {@code file} with {@code overrides} applied to its document, in order, before it is bound (a sweep's
     * variant): the result is checked exactly like the file, and a problem caused by an override is reported where
     * the override was written. Paths inside override values resolve against the spec file's folder.
     */
    public SceneSpec load(Path file, List<SpecOverride> overrides) {
        String source = file.toString();
        SpecDocument.requireFile(file.toAbsolutePath().normalize(), source, "spec file");
        SpecFormat format = SpecFormat.of(file);
        if (format == null)
            throw new SpecException(source, 0, 0, "", "unsupported spec file type; use .yaml, .yml or .json");
        Path absolute = file.toAbsolutePath().normalize();
        return parse(SpecDocument.read(absolute, source, "spec file"), format, absolute, source, List.copyOf(overrides));
    }

    /**
     * Parses spec text as if it were the file {@code file} (whose folder anchors relative paths and whose name
     * appears in messages); the file itself is not read.
     */
    public SceneSpec parse(String text, SpecFormat format, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_FILE_BYTES) throw SpecDocument.tooLarge(file.toString(), "spec file");
        return parse(bytes, format, absolute, file.toString(), List.of());
    }

    /**
     * Indexes the document, reads it as a tree, applies the overrides, binds it (the one validation route), then
     * binds each split's copy of it (see {@link SplitBinding}).
     */
    private SceneSpec parse(byte[] content, SpecFormat format, Path file, String source, List<SpecOverride> overrides) {
        ObjectMapper mapper = mappers.get(format);
        SpecDocument document = SpecDocument.parse(mapper, content, format, source, "spec");
        LocationIndex index = document.index();
        SpecErrors errors = new SpecErrors(source, index);
        ObjectNode tree = document.tree();
        SpecOverrides.apply(tree, overrides);
        SpecBinding<SceneSpec> binding = new SpecBinding<>(mapper.readerFor(SceneSpec.class)
                .withAttribute(SpecFiles.BASE_DIR, file.getParent())
                .withAttribute(SpecFiles.ROOTS, SpecRoots.of(file.getParent(), allowedRoots)), SceneSpec.class, errors, source,
                format, "spec");
        SplitBinding.checkShape(tree, binding, overrides);
        SceneSpec spec = binding.bind(tree, overrides);
        String nullPath = index.firstNull();
        if (nullPath != null) throw errors.nullValue(nullPath);
        if (!spec.splits().isEmpty())
            spec = spec.withSplits(new SplitBinding(binding, source, index, overrides).bindAll(tree, spec, file));
        return spec.withSourceFile(file);
    }
}
