package mirage.scenes.settling;

/**
 * Which scene object a settled body is: a labelled instance (its 1-based index) or a prop (its 0-based position in
 * {@code Scene.props()}).
 */
public record BodyRef(Kind kind, int index) {
    public enum Kind { INSTANCE, PROP }

    public BodyRef {
        if (kind == null) throw new IllegalArgumentException("kind is required");
        if (index < (kind == Kind.INSTANCE ? 1 : 0)) throw new IllegalArgumentException("bad " + kind + " index " + index);
    }

    public static BodyRef instance(int index) {
        return new BodyRef(Kind.INSTANCE, index);
    }

    public static BodyRef prop(int index) {
        return new BodyRef(Kind.PROP, index);
    }
}
