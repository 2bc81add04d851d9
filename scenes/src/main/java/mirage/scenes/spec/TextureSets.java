package mirage.scenes.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mirage.scenes.model.Material;

/**
 * Groups a texture folder's images into PBR texture sets by the common file-name conventions. A name (lower case,
 * without its extension and a trailing resolution such as {@code _2k}) that ends in a separator ({@code _ - .} or
 * space) and one of these suffixes belongs to the set named by what comes before it (its stem):
 * <ul>
 * <li>colour: {@code color colour albedo basecolor base_color diffuse diff};
 * <li>normal map (OpenGL convention): {@code normal normalgl normal_gl nor_gl nrm norm};
 * <li>roughness: {@code roughness rough}; metallic: {@code metallic metalness metal};
 * <li>ambient occlusion: {@code ao occlusion ambientocclusion ambient_occlusion};
 * <li>maps Mirage does not use: {@code normaldx normal_dx nor_dx} (DirectX normal maps), {@code displacement disp
 *     height bump arm opacity}.
 * </ul>
 * Any other image is a colour image whose stem is its whole name. A set is its colour images with the first map of
 * each kind (by file name) of the same stem; maps of a stem that has no colour image stay plain images. So a folder
 * without map files gives one set per image, in file-name order, as a folder of plain images always did.
 */
public final class TextureSets {
    private enum Kind { COLOR, NORMAL, ROUGHNESS, METALLIC, OCCLUSION, UNUSED }

    private record Suffix(String text, Kind kind) {}

    private record Named(Path path, String stem, Kind kind) {}

    /** Every suffix, longest first, so that {@code _base_color} wins over {@code _color}. */
    private static final List<Suffix> SUFFIXES = suffixes();

    private TextureSets() {
    }

    /** The sets of {@code images} (sorted by file name), in the order of their colour images. */
    public static List<Material.Surface.Texture> group(List<Path> images) {
        List<Named> named = images.stream().map(TextureSets::name).toList();
        Set<String> coloured = new HashSet<>();
        for (Named n : named) if (n.kind() == Kind.COLOR) coloured.add(n.stem());
        Map<String, Map<Kind, Path>> maps = new HashMap<>();
        for (Named n : named)
            if (n.kind() != Kind.COLOR && coloured.contains(n.stem()))
                maps.computeIfAbsent(n.stem(), k -> new EnumMap<>(Kind.class)).putIfAbsent(n.kind(), n.path());
        List<Material.Surface.Texture> out = new ArrayList<>();
        for (Named n : named) {
            if (n.kind() == Kind.COLOR) {
                Map<Kind, Path> m = maps.getOrDefault(n.stem(), Map.of());
                out.add(new Material.Surface.Texture(n.path(), new Material.Maps(m.get(Kind.NORMAL), m.get(Kind.ROUGHNESS),
                        m.get(Kind.METALLIC), m.get(Kind.OCCLUSION))));
            } else if (!coloured.contains(n.stem())) {
                out.add(new Material.Surface.Texture(n.path()));
            }
        }
        return out;
    }

    private static Named name(Path image) {
        String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        name = name.replaceFirst("[_\\-. ]\\d+k$", "");
        for (Suffix s : SUFFIXES) {
            int stem = name.length() - s.text().length() - 1;
            if (stem > 0 && name.endsWith(s.text()) && "_-. ".indexOf(name.charAt(stem)) >= 0)
                return new Named(image, name.substring(0, stem), s.kind());
        }
        return new Named(image, name, Kind.COLOR);
    }

    private static List<Suffix> suffixes() {
        Map<Kind, List<String>> words = new EnumMap<>(Kind.class);
        words.put(Kind.COLOR, List.of("color", "colour", "albedo", "basecolor", "base_color", "diffuse", "diff"));
        words.put(Kind.NORMAL, List.of("normal", "normalgl", "normal_gl", "nor_gl", "nrm", "norm"));
        words.put(Kind.ROUGHNESS, List.of("roughness", "rough"));
        words.put(Kind.METALLIC, List.of("metallic", "metalness", "metal"));
        words.put(Kind.OCCLUSION, List.of("ao", "occlusion", "ambientocclusion", "ambient_occlusion"));
        words.put(Kind.UNUSED, List.of("normaldx", "normal_dx", "nor_dx", "displacement", "disp", "height", "bump", "arm", "opacity"));
        List<Suffix> out = new ArrayList<>();
        words.forEach((kind, list) -> list.forEach(w -> out.add(new Suffix(w, kind))));
        out.sort(Comparator.comparingInt((Suffix s) -> -s.text().length()).thenComparing(Suffix::text));
        return List.copyOf(out);
    }
}
