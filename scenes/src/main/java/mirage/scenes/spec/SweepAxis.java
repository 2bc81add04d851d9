package mirage.scenes.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One axis of a sweep file: a spec field and the values it takes. Each value is a piece of spec, checked when the
 * variants are bound against the base spec.
 *
 * @param field  a field path of the base spec (see {@link SpecOverride}); not {@code seed}, which every variant
 *               shares (required)
 * @param values 1 to {@link #MAX_VALUES} values (required)
 * @param name   the axis's short name in variant folder names [the field path]
 * @param labels one name per value for folder names [a scalar value itself, else the value's index]
 */
public record SweepAxis(String field, List<JsonNode> values, String name, List<String> labels) {
    /** Most values one axis may take. */
    public static final int MAX_VALUES = 100;

    public SweepAxis {
        Checks.required(field, "field");
        String top;
        try {
            top = SpecOverride.parse(field);
        } catch (SpecViolation v) {
            throw v.within("field");
        }
        if (top.equals("seed")) throw SpecViolation.invalid("field", "every variant keeps the base spec's seed; sweep another field");
        values = Checks.list(Checks.required(values, "values"), "values");
        if (values.isEmpty() || values.size() > MAX_VALUES)
            throw SpecViolation.invalid("values", "needs 1 to " + MAX_VALUES + " values, got " + values.size());
        if (name != null) Names.check("name", name);
        if (name != null && SweepNames.clean(name, true).isEmpty())
            throw SpecViolation.invalid("name", "needs a letter, digit, '_' or '-' to name folders by, got " + Tokens.quote(name));
        if (labels != null) {
            labels = Checks.list(labels, "labels");
            if (labels.size() != values.size())
                throw SpecViolation.invalid("labels", "needs one label per value: " + values.size() + " values, "
                        + labels.size() + " labels");
            for (int i = 0; i < labels.size(); i++) {
                Names.check("labels[" + i + "]", labels.get(i));
                if (SweepNames.clean(labels.get(i), false).isEmpty())
                    throw SpecViolation.invalid("labels[" + i + "]", "needs a letter, digit, '.', '_' or '-', got "
                            + Tokens.quote(labels.get(i)));
            }
        }
    }

    /** The axis's name in reports: {@link #name} or the field path. */
    public String title() {
        return name != null ? name : field;
    }

    /** The axis's name in folder names: {@link #title()}, cleaned. */
    public String folderName() {
        return SweepNames.clean(title(), true);
    }

    /** Value {@code i}'s label in folder names: its label, else a scalar value's text, else {@code i}; cleaned. */
    public String folderLabel(int i) {
        if (labels != null) return SweepNames.clean(labels.get(i), false);
        JsonNode v = values.get(i);
        String text = v.isValueNode() ? SweepNames.clean(v.asText(), false) : "";
        return text.isEmpty() ? Integer.toString(i) : text;
    }
}
