package mirage.dataset.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An independent reader of Ultralytics YOLO labels, written from the format's documentation
 * (docs.ultralytics.com/datasets/detect/ and /datasets/segment/): one {@code .txt} per image, one object per
 * line, {@code class x_center y_center width height} or {@code class x1 y1 x2 y2 ...}, coordinates normalised to
 * 0..1 by the image size, class zero-based; {@code data.yaml} with {@code path}, {@code train}, {@code val},
 * {@code names}. Only the YAML subset the exporter writes is understood: {@code key: value} lines and a
 * {@code names:} block of {@code index: 'name'} lines.
 */
final class YoloReader {
    record Line(int cls, double[] values) {
    }

    record DataYaml(String path, String train, String val, Map<Integer, String> names) {
    }

    private YoloReader() {
    }

    static List<Line> labels(Path file, boolean segment) throws IOException {
        List<Line> out = new ArrayList<>();
        for (String text : Files.readAllLines(file)) {
            if (text.isBlank()) continue;
            String[] f = text.trim().split("\\s+");
            int n = f.length - 1;
            if (segment ? n < 6 || n % 2 != 0 : n != 4) throw new IOException(file + ": bad line '" + text + "'");
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Double.parseDouble(f[i + 1]);
                if (v[i] < 0 || v[i] > 1) throw new IOException(file + ": value " + v[i] + " not normalised");
            }
            out.add(new Line(Integer.parseInt(f[0]), v));
        }
        return out;
    }

    static DataYaml dataYaml(Path file) throws IOException {
        Map<String, String> keys = new TreeMap<>();
        Map<Integer, String> names = new TreeMap<>();
        boolean inNames = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            if (line.startsWith("  ") && inNames) {
                String[] kv = line.trim().split(":\\s*", 2);
                names.put(Integer.parseInt(kv[0]), unquote(kv[1]));
                continue;
            }
            String[] kv = line.split(":\\s*", 2);
            inNames = kv[0].equals("names") && kv[1].isEmpty();
            if (!inNames) keys.put(kv[0], unquote(kv[1]));
        }
        return new DataYaml(keys.get("path"), keys.get("train"), keys.get("val"), names);
    }

    private static String unquote(String s) {
        if (s.startsWith("'") && s.endsWith("'")) return s.substring(1, s.length() - 1).replace("''", "'");
        return s;
    }
}
