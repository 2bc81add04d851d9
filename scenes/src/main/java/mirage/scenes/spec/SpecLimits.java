package mirage.scenes.spec;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How big a spec document may be, so that a hostile spec is refused quickly instead of exhausting memory, the
 * stack or time. A real scene spec is a few kilobytes and far inside every limit.
 *
 * <p>The limits are enforced twice. {@link LocationIndex}, the first pass over every document, checks them value
 * by value and names the field and line of the first one crossed. Jackson's {@link StreamReadConstraints} and
 * SnakeYAML's {@link LoaderOptions} are set a little looser, as a backstop inside the parsers themselves (they
 * fire only if the first pass missed something, and report the parser's own message).
 */
final class SpecLimits {
    /** Largest spec document, bytes (also the largest file {@link SpecLoader} reads). */
    static final int MAX_DOCUMENT_BYTES = 4 << 20;
    /** Deepest nesting of mappings and lists; the deepest valid spec has 6 levels. */
    static final int MAX_DEPTH = 32;
    /** Longest string value (a path, a category name), characters. */
    static final int MAX_STRING = 4096;
    /** Longest mapping key, characters; every valid key is under 20. */
    static final int MAX_KEY = 128;
    /** Longest number as written, characters; a double needs at most 25. */
    static final int MAX_NUMBER = 100;
    /** Most entries of {@code objects}. */
    static final int MAX_OBJECT_ENTRIES = 1000;
    /** Most entries of {@code lights} (a frame holds at most 16 lights, but entries may have count 0). */
    static final int MAX_LIGHT_ENTRIES = 1000;
    /** Most elements of any other list (the values of a {@code choice}). */
    static final int MAX_LIST = 10_000;
    /** Most values (scalars, mappings and lists) in one document. */
    static final int MAX_VALUES = 200_000;
    /** Most characters of all field paths together; bounds the index's memory however deep and wide the document. */
    static final long MAX_PATH_CHARS = 32L << 20;

    private SpecLimits() {}

    /** The most elements the list at {@code path} may have. */
    static int maxListLength(String path) {
        return switch (path) {
            case "objects" -> MAX_OBJECT_ENTRIES;
            case "lights" -> MAX_LIGHT_ENTRIES;
            default -> MAX_LIST;
        };
    }

    /** Jackson's backstop: each limit twice the first pass's (the document size exactly). */
    static StreamReadConstraints jacksonConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxNestingDepth(2 * MAX_DEPTH)
                .maxStringLength(2 * MAX_STRING)
                .maxNameLength(2 * MAX_STRING)
                .maxNumberLength(2 * MAX_NUMBER)
                .maxTokenCount(4L * MAX_VALUES)
                .build();
    }

    /** SnakeYAML's backstop: document size in code points, nesting, and no alias expansion worth the name. */
    static LoaderOptions yamlOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(MAX_DOCUMENT_BYTES);
        o.setNestingDepthLimit(2 * MAX_DEPTH);
        o.setMaxAliasesForCollections(10);
        o.setAllowRecursiveKeys(false);
        return o;
    }
}
