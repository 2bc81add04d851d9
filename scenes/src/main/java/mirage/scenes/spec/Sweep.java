package mirage.scenes.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded sweep file: the base spec file and the grid of variants, first axis slowest. Each variant is a list of
 * {@link SpecOverride}s (the sweep's {@code frames}, then one value per axis) for {@link SpecLoader#load(Path, List)}
 * on the base spec, so a bad value is reported at its line in the sweep file. Variants are named
 * {@code <name>-<label>} per axis, joined by {@code _}, from letters, digits, {@code .}, {@code _} and {@code -}.
 *
 * <p>The sweep file is read with the spec parser's limits, and every problem is one {@link SpecException} with
 * file, line, column and field, like a spec's. The base spec is named like {@code mirage render}'s SPEC argument: any
 * spec file the user can read; the files <em>it</em> names are confined as usual.
 */
public final class Sweep {
    /** Longest variant name (a folder name). */
    public static final int MAX_NAME = 200;
    private static final String NOUN = "sweep file";

    /**
     * One point of the grid.
     *
     * @param name      folder name, unique in the sweep
     * @param labels    per axis, the value's label
     * @param values    per axis, the value
     * @param overrides what to apply to the base spec
     */
    public record Variant(String name, List<String> labels, List<JsonNode> values, List<SpecOverride> overrides) {
        public Variant {
            labels = List.copyOf(labels);
            values = List.copyOf(values);
            overrides = List.copyOf(overrides);
        }
    }

    private final Path file;
    private final Path base;
    private final SweepSpec spec;
    private final List<Variant> variants;

    private Sweep(Path file, Path base, SweepSpec spec, List<Variant> variants) {
        this.file = file;
        this.base = base;
        this.spec = spec;
        this.variants = List.copyOf(variants);
    }

    /** Reads and checks a sweep file (YAML or JSON by its extension) and expands its grid. */
    public static Sweep load(Path file) {
        String source = file.toString();
        SpecDocument.requireFile(file.toAbsolutePath().normalize(), source, NOUN);
        SpecFormat format = SpecFormat.of(file);
        if (format == null) throw new SpecException(source, 0, 0, "", "unsupported sweep file type; use .yaml, .yml or .json");
        Path absolute = file.toAbsolutePath().normalize();
        ObjectMapper mapper = SpecMappers.forFormat(format);
        SpecDocument document = SpecDocument.parse(mapper, SpecDocument.read(absolute, source, NOUN), format, source, NOUN);
        LocationIndex index = document.index();
        SpecErrors errors = new SpecErrors(source, index);
        SpecBinding<SweepSpec> binding = new SpecBinding<>(mapper.readerFor(SweepSpec.class), SweepSpec.class, errors, source,
                format, NOUN);
        SweepSpec spec = binding.bind(document.tree(), List.of());
        String nullPath = index.firstNull();
        if (nullPath != null) throw errors.nullValue(nullPath);
        Path base = base(absolute.getParent(), spec.base(), binding);
        return new Sweep(absolute, base, spec, expand(spec, source, index, binding));
    }

    private static Path base(Path folder, String given, SpecBinding<SweepSpec> binding) {
        Path base;
        try {
            base = folder.resolve(given).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw fail(binding, SpecViolation.invalid("base", "not a valid path: " + Tokens.quote(given)));
        }
        if (SpecFormat.of(base) == null)
            throw fail(binding, SpecViolation.invalid("base", "must be a .yaml, .yml or .json spec file, got " + Tokens.quote(given)));
        if (!Files.isRegularFile(base)) throw fail(binding, SpecViolation.invalid("base", "spec file not found: " + base));
        return base;
    }

    private static List<Variant> expand(SweepSpec spec, String source, LocationIndex index, SpecBinding<SweepSpec> binding) {
        List<SweepAxis> axes = spec.axes();
        for (int a = 0; a < axes.size(); a++) checkLabelsDiffer(axes.get(a), a, binding);
        List<Variant> out = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        int[] at = new int[axes.size()];
        for (int n = 0; n < spec.variantCount(); n++) {
            List<String> labels = new ArrayList<>();
            List<JsonNode> values = new ArrayList<>();
            List<SpecOverride> overrides = new ArrayList<>();
            if (spec.frames() != null)
                overrides.add(new SpecOverride("frames", IntNode.valueOf(spec.frames()),
                        new SpecOverride.Origin(source, index, "frames", "frames", true)));
            List<String> parts = new ArrayList<>();
            for (int a = 0; a < axes.size(); a++) {
                SweepAxis axis = axes.get(a);
                labels.add(axis.folderLabel(at[a]));
                values.add(axis.values().get(at[a]));
                parts.add(axis.folderName() + "-" + axis.folderLabel(at[a]));
                overrides.add(new SpecOverride(axis.field(), axis.values().get(at[a]), new SpecOverride.Origin(source, index,
                        "axes[" + a + "].field", "axes[" + a + "].values[" + at[a] + "]", false)));
            }
            String name = String.join("_", parts);
            if (name.length() > MAX_NAME)
                throw fail(binding, SpecViolation.invalid("axes", "variant name " + Tokens.quote(name) + " is longer than "
                        + MAX_NAME + " characters; give shorter names or labels"));
            Integer twin = names.putIfAbsent(name, n);
            if (twin != null)
                throw fail(binding, SpecViolation.invalid("axes", "variants " + twin + " and " + n + " would both be named "
                        + Tokens.quote(name) + "; give names or labels"));
            out.add(new Variant(name, labels, values, overrides));
            for (int a = axes.size() - 1; a >= 0; a--) {   // the last axis turns fastest
                if (++at[a] < axes.get(a).values().size()) break;
                at[a] = 0;
            }
        }
        return out;
    }

    private static void checkLabelsDiffer(SweepAxis axis, int a, SpecBinding<SweepSpec> binding) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < axis.values().size(); i++) {
            Integer j = seen.putIfAbsent(axis.folderLabel(i), i);
            if (j != null)
                throw fail(binding, SpecViolation.invalid("axes[" + a + "]." + (axis.labels() != null ? "labels[" + i + "]" : "values[" + i + "]"),
                        "gives the same folder label " + Tokens.quote(axis.folderLabel(i)) + " as "
                                + (axis.labels() != null ? "labels[" : "values[") + j + "]; give distinct labels"));
        }
    }

    private static SpecException fail(SpecBinding<SweepSpec> binding, SpecViolation v) {
        return binding.fail(v, List.of());
    }

    /** The sweep file, absolute and normalised. */
    public Path file() {
        return file;
    }

    /** The base spec file, absolute and normalised. */
    public Path base() {
        return base;
    }

    /** The sweep as written. */
    public SweepSpec spec() {
        return spec;
    }

    /** The variants, first axis slowest. */
    public List<Variant> variants() {
        return variants;
    }
}
