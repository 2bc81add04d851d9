package mirage.scenes.spec;

import mirage.scenes.model.Material;

/**
 * A two-colour pattern computed from the surface's UVs: {@code {pattern, color_a, color_b, cells}}. Colours are
 * sRGB display values 0..1. The noise pattern's lattice seed is drawn per surface.
 *
 * @param pattern the pattern, or the patterns to pick from uniformly (required)
 * @param colorA  first colour [black]
 * @param colorB  second colour [white]
 * @param cells   cells, bands or noise lattice cells per UV unit, &gt; 0 [8]
 */
public record ProceduralSpec(PatternSpec pattern, ColorSpec colorA, ColorSpec colorB, Distribution cells) {
    public ProceduralSpec {
        Checks.required(pattern, "pattern");
        colorA = Checks.orDefault(colorA, ColorSpec.grey(0));
        ColorJson.check(colorA, "color_a", Range.closed(0, 1));
        colorB = Checks.orDefault(colorB, ColorSpec.grey(1));
        ColorJson.check(colorB, "color_b", Range.closed(0, 1));
        cells = Checks.orDefault(cells, Distribution.constant(8));
        Range.positive().within(Bound.FACTOR).check("cells", cells);
    }

    /** A black and white pattern with 8 cells per UV unit. */
    public static ProceduralSpec of(Material.Pattern pattern) {
        return new ProceduralSpec(PatternSpec.of(pattern), null, null, null);
    }
}
