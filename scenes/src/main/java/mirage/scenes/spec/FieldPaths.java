package mirage.scenes.spec;

/** Field paths as shown in messages: {@code objects[0].material.base_color[2]}; the empty path is the root. */
final class FieldPaths {
    private FieldPaths() {}

    /** {@code parent} followed by {@code child}, where child is a key ({@code a}), an index ({@code [2]}) or a path. */
    static String join(String parent, String child) {
        if (child.isEmpty()) return parent;
        if (parent.isEmpty() || child.startsWith("[")) return parent + child;
        return parent + "." + child;
    }

    /** The path one level up, or null for the root. */
    static String parent(String path) {
        if (path.isEmpty()) return null;
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
