package mirage.scenes.spec;

import java.util.List;

/**
 * A sweep file as written ({@code mirage sweep}): a base spec and the axes whose value grid makes the variants.
 *
 * @param base   the base spec file, relative to the sweep file's folder (required)
 * @param frames every variant's frame count, 0..10,000,000 [the base spec's]
 * @param axes   1 to {@link #MAX_AXES} axes whose value counts multiply to at most {@link #MAX_VARIANTS} (required)
 */
public record SweepSpec(String base, Integer frames, List<SweepAxis> axes) {
    /** Most axes one sweep may have. */
    public static final int MAX_AXES = 8;
    /** Most variants one sweep may have. */
    public static final int MAX_VARIANTS = 1000;

    public SweepSpec {
        Checks.required(base, "base");
        if (base.isBlank()) throw SpecViolation.invalid("base", "must be a spec file path, got an empty string");
        if (frames != null) Range.integers(0, SceneSpec.MAX_FRAMES).check("frames", frames);
        axes = Checks.list(Checks.required(axes, "axes"), "axes");
        if (axes.isEmpty() || axes.size() > MAX_AXES)
            throw SpecViolation.invalid("axes", "needs 1 to " + MAX_AXES + " axes, got " + axes.size());
        for (int a = 0; a < axes.size(); a++)
            for (int b = 0; b < a; b++)
                if (axes.get(a).title().equals(axes.get(b).title()))
                    throw SpecViolation.invalid("axes[" + a + "]", "has the same name as axes[" + b + "] ("
                            + Tokens.quote(axes.get(a).title()) + "); give each axis its own name");
        long variants = 1;
        for (SweepAxis a : axes) variants *= a.values().size();
        if (variants > MAX_VARIANTS)
            throw SpecViolation.invalid("axes", "the axes make " + variants + " variants; at most " + MAX_VARIANTS);
    }

    /** How many variants the grid has. */
    public int variantCount() {
        int n = 1;
        for (SweepAxis a : axes) n *= a.values().size();
        return n;
    }
}
