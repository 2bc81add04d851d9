package mirage.dataset.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.LabelFixtures;
import mirage.annotators.labels.VisibilityLabel;
import mirage.annotators.mask.PixelBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * VOC export read back with a DOM reader written from the VOC devkit's annotation description: {@code size}
 * (width, height, depth), per {@code object} {@code name}, {@code pose}, {@code truncated}, {@code occluded},
 * {@code difficult} and {@code bndbox} with 1-based inclusive pixel corners.
 */
class VocExportTest {
    @TempDir
    Path dir;

    private final DatasetLabels labels = LabelFixtures.dataset();

    record VocObject(String name, String pose, int truncated, int occluded, int difficult, int xmin, int ymin,
            int xmax, int ymax) {
    }

    static List<VocObject> read(Path file, int[] size) throws Exception {
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(file.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("annotation", root.getTagName());
        Element s = child(root, "size");
        size[0] = Integer.parseInt(text(s, "width"));
        size[1] = Integer.parseInt(text(s, "height"));
        size[2] = Integer.parseInt(text(s, "depth"));
        List<VocObject> out = new ArrayList<>();
        NodeList objects = root.getElementsByTagName("object");
        for (int i = 0; i < objects.getLength(); i++) {
            Element o = (Element) objects.item(i);
            Element b = child(o, "bndbox");
            out.add(new VocObject(text(o, "name"), text(o, "pose"), Integer.parseInt(text(o, "truncated")),
                    Integer.parseInt(text(o, "occluded")), Integer.parseInt(text(o, "difficult")),
                    Integer.parseInt(text(b, "xmin")), Integer.parseInt(text(b, "ymin")),
                    Integer.parseInt(text(b, "xmax")), Integer.parseInt(text(b, "ymax"))));
        }
        return out;
    }

    private static Element child(Element e, String name) {
        return (Element) e.getElementsByTagName(name).item(0);
    }

    private static String text(Element e, String name) {
        return child(e, name).getTextContent();
    }

    @Test
    void objectsReadBackAsTheLabelModel() throws Exception {
        ExportReport report = new VocExporter().export(labels, dir);
        assertEquals("Annotations/000000.xml", report.files().get(0));
        assertEquals("ImageSets/Main/trainval.txt", report.files().get(report.files().size() - 1));
        for (FrameLabel f : labels.frames()) {
            int[] size = new int[3];
            List<VocObject> objects = read(dir.resolve("Annotations/" + f.stem() + ".xml"), size);
            assertEquals(List.of(f.camera().width(), f.camera().height(), 3), List.of(size[0], size[1], size[2]));
            List<VocObject> expected = new ArrayList<>();
            for (InstanceLabel i : f.annotated()) {
                PixelBox b = i.masks().visible().box();
                VisibilityLabel v = i.visibility();
                expected.add(new VocObject(i.category(), "Unspecified", v.truncation() > 0 ? 1 : 0,
                        v.visibility() < 0.99 ? 1 : 0, v.ignore() ? 1 : 0, b.x() + 1, b.y() + 1, b.x() + b.w(),
                        b.y() + b.h()));
            }
            assertEquals(expected, objects, "frame " + f.frame());
        }
        assertEquals("000000\n000001\n000002\n000003\n", Files.readString(dir.resolve(VocExporter.IMAGE_SET)));
    }

    @Test
    void onePixelIsOneBasedInclusive() throws Exception {
        new VocExporter().export(labels, dir);
        VocObject pixel = read(dir.resolve("Annotations/000001.xml"), new int[3]).get(0);
        assertEquals(List.of(6, 5, 6, 5), List.of(pixel.xmin(), pixel.ymin(), pixel.xmax(), pixel.ymax()),
                "pixel (5, 4): (x + 1, y + 1, x + 1, y + 1)");
        VocObject truncated = read(dir.resolve("Annotations/000000.xml"), new int[3]).get(2);
        assertEquals(1, truncated.truncated());
        assertEquals(1, truncated.xmin(), "a box at the left edge starts at 1");
    }

    @Test
    void documentIsIndentedUtf8WithEscapedNames() throws IOException {
        new VocExporter().export(labels, dir);
        String xml = Files.readString(dir.resolve("Annotations/000000.xml"), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<annotation>\n  <folder>images</folder>\n"),
                xml);
        assertTrue(xml.contains("\n    <name>toy car</name>\n"));
        assertTrue(xml.endsWith("</annotation>\n"));
        assertTrue(!xml.contains("\r"));
    }
}
