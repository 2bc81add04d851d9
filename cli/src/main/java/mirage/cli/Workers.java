package mirage.cli;

import mirage.cli.run.Generator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --workers N}: encoder threads, at least 1; 0 or a negative count is a usage error, never clamped. */
final class Workers implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a whole number >= 1, got '" + value + "'");
        }
        if (n < 1) throw new TypeConversionException("must be >= 1, got " + n);
        return n;
    }

    /** The count given, or one fewer than the cores (at least 1). */
    static int orDefault(Integer given) {
        return given != null ? given : Generator.Options.defaultWorkers();
    }
}
