package mirage.annotators.labels;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Equality, hash and text by content for the label records that hold arrays (a record's own {@code equals}
 * compares arrays by identity). Components are read through their public accessors, in declaration order;
 * arrays compare by content ({@link Arrays#deepEquals}), doubles as {@link Double#equals} does.
 */
final class RecordContents {
    private RecordContents() {
    }

    /** Whether {@code other} is a record of the same class with equal components. */
    static boolean equal(Record record, Object other) {
        return other != null && other.getClass() == record.getClass()
                && Arrays.deepEquals(values(record), values((Record) other));
    }

    static int hash(Record record) {
        return Arrays.deepHashCode(values(record));
    }

    /** {@code Name[component, ...]} with arrays written out. */
    static String text(Record record) {
        return record.getClass().getSimpleName() + Arrays.deepToString(values(record));
    }

    private static Object[] values(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) values[i] = components[i].getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the components of " + record.getClass(), e);
        }
        return values;
    }
}
