package mirage.assets.assimp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mirage.assets.AssetException;

/**
 * Checks that a PLY file's header does not promise more than the file holds, before Assimp reads it: Assimp
 * trusts the declared element counts (allocating for them, or quietly importing whatever partial data follows).
 * ASCII files must have at least one non-blank body line per declared element; binary files at least as many body
 * bytes as the declared elements need (fixed-size properties, plus the count of every list property). The header
 * must end ({@code end_header}) within its first {@link #MAX_HEADER_BYTES} bytes.
 */
final class PlyCheck {
    static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final Map<String, Integer> SIZES = Map.ofEntries(
            Map.entry("char", 1), Map.entry("int8", 1), Map.entry("uchar", 1), Map.entry("uint8", 1),
            Map.entry("short", 2), Map.entry("int16", 2), Map.entry("ushort", 2), Map.entry("uint16", 2),
            Map.entry("int", 4), Map.entry("int32", 4), Map.entry("uint", 4), Map.entry("uint32", 4),
            Map.entry("float", 4), Map.entry("float32", 4), Map.entry("double", 8), Map.entry("float64", 8));

    private PlyCheck() {
    }

    /** @throws AssetException naming the file and the first promise it breaks */
    static void check(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Header h = header(file, in);
            if (h.ascii) checkAsciiBody(file, h, in);
            else checkBinaryBody(file, h, Files.size(file));
        } catch (IOException e) {
            throw new AssetException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private record Element(String name, long count, long minBytes) {
    }

    private record Header(boolean ascii, List<Element> elements, long length) {
        long total() {
            long sum = 0;
            for (Element e : elements) sum = saturatingAdd(sum, e.count);
            return sum;
        }

        String declared() {
            return String.join(", ", elements.stream().map(e -> e.name + " " + e.count).toList());
        }
    }

    private static Header header(Path file, InputStream in) throws IOException {
        List<Element> elements = new ArrayList<>();
        String format = null;
        long read = 0;
        String name = null;
        long count = 0, minBytes = 0;
        while (true) {
            String line = readLine(in, MAX_HEADER_BYTES - read);
            if (line == null) throw bad(file, "no end_header line in its first " + MAX_HEADER_BYTES + " bytes");
            read += line.length() + 1;
            String[] w = line.strip().split("\\s+");
            switch (w[0]) {
                case "format" -> format = w.length > 1 ? w[1] : "";
                case "element" -> {
                    if (name != null) elements.add(new Element(name, count, minBytes));
                    if (w.length != 3) throw bad(file, "malformed element line '" + cut(line) + "'");
                    name = w[1];
                    count = parseCount(file, w[2]);
                    minBytes = 0;
                }
                case "property" -> {
                    if (name == null) throw bad(file, "property before any element");
                    boolean list = w.length > 1 && w[1].equals("list");
                    String type = list ? (w.length > 2 ? w[2] : "") : (w.length > 1 ? w[1] : "");
                    Integer size = SIZES.get(type.toLowerCase(Locale.ROOT));
                    if (size == null) throw bad(file, "unknown property type '" + cut(type) + "'");
                    minBytes += size;
                }
                case "end_header" -> {
                    if (name != null) elements.add(new Element(name, count, minBytes));
                    if (format == null) throw bad(file, "no format line");
                    if (!List.of("ascii", "binary_little_endian", "binary_big_endian").contains(format))
                        throw bad(file, "unknown format '" + cut(format) + "'");
                    return new Header(format.equals("ascii"), elements, read);
                }
                default -> {
                    // ply, comment, obj_info and anything else Assimp may understand
                }
            }
        }
    }

    private static void checkAsciiBody(Path file, Header h, InputStream in) throws IOException {
        long needed = h.total(), lines = 0;
        boolean content = false;
        for (int c; (c = in.read()) != -1 && lines < needed; ) {
            if (c == '\n') {
                if (content) lines++;
                content = false;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                content = true;
            }
        }
        if (content) lines++;
        if (lines < needed)
            throw new AssetException(file, "is a PLY file whose header lies: it declares " + h.declared() + " (" + needed
                    + " lines) but the body has only " + lines + " lines");
    }

    private static void checkBinaryBody(Path file, Header h, long size) {
        long needed = 0;
        for (Element e : h.elements) needed = saturatingAdd(needed, saturatingMultiply(e.count, e.minBytes));
        long body = size - h.length;
        if (needed > body)
            throw new AssetException(file, "is a PLY file whose header lies: it declares " + h.declared() + ", needing at least "
                    + needed + " bytes, but only " + body + " bytes follow the header");
    }

    /** One header line without its line break, or null when none ends within {@code budget} bytes. */
    private static String readLine(InputStream in, long budget) throws IOException {
        StringBuilder s = new StringBuilder();
        for (long n = 0; n < budget; n++) {
            int c = in.read();
            if (c == -1) return null;
            if (c == '\n') return s.toString();
            if (c != '\r') s.append((char) c);
        }
        return null;
    }

    private static long parseCount(Path file, String text) {
        try {
            long n = Long.parseLong(text);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(file, "element count '" + cut(text) + "' is not a non-negative integer");
    }

    private static AssetException bad(Path file, String problem) {
        return new AssetException(file, "is not a valid PLY file: " + problem);
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatingMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
