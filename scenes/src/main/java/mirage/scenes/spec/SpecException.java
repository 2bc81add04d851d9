package mirage.scenes.spec;

import mirage.core.error.MirageException;

/**
 * Everything that can be wrong with a scene spec, as one message:
 * {@code <file>:<line>:<column>: <field.path[2].like.this>: <what is wrong>}. Line and column are 1-based and
 * point at the offending value (or key, for an unknown key); they are left out when the problem has no place in
 * a file (a command-line override), and the field path is left out when the problem is with the whole file.
 */
public final class SpecException extends MirageException {
    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String reason;

    /**
     * @param source the spec file as the user named it, or null
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param field  field path, empty for the whole file
     * @param reason what is wrong
     */
    public SpecException(String source, int line, int column, String field, String reason) {
        super(format(source, line, column, field, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field;
        this.reason = reason;
    }

    /** A violation raised outside any file (for example by a command-line override). */
    static SpecException of(SpecViolation violation) {
        return new SpecException(null, 0, 0, violation.field(), violation.reason());
    }

    private static String format(String source, int line, int column, String field, String reason) {
        StringBuilder s = new StringBuilder();
        if (source != null) {
            s.append(source);
            if (line > 0) s.append(':').append(line).append(':').append(column);
            s.append(": ");
        }
        if (!field.isEmpty()) s.append(field).append(": ");
        return s.append(reason).toString();
    }

    /** The spec file as named by the user, or null. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The field path, empty for the whole file. */
    public String field() {
        return field;
    }

    /** What is wrong, without place or field. */
    public String reason() {
        return reason;
    }
}
