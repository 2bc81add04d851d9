package mirage.physics;

import java.util.Comparator;

/**
 * What holds a body up: a static plane, a static box or another dynamic body (by index in its {@link PhysicsWorld}
 * list) that it touches below its centre of mass with a contact normal within 60° of "up" (against gravity).
 * Ordered by kind, then index.
 */
public record Support(Kind kind, int index) implements Comparable<Support> {
    public enum Kind { PLANE, BOX, BODY }

    private static final Comparator<Support> ORDER = Comparator.comparing(Support::kind).thenComparingInt(Support::index);

    public static Support plane(int index) {
        return new Support(Kind.PLANE, index);
    }

    public static Support box(int index) {
        return new Support(Kind.BOX, index);
    }

    public static Support body(int index) {
        return new Support(Kind.BODY, index);
    }

    @Override
    public int compareTo(Support o) {
        return ORDER.compare(this, o);
    }
}
