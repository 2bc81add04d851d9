package mirage.dataset.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import mirage.dataset.AtomicWriter;
import mirage.dataset.OwnedFiles;
import mirage.annotators.labels.LabelSource;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.VisibilityLabel;
import mirage.annotators.mask.PixelBox;

/**
 * Pascal VOC XML: {@code Annotations/<image stem>.xml} per frame and {@code ImageSets/Main/trainval.txt} (the
 * stems, one a line). Per annotated instance, in index order, an {@code object} with {@code name} (category),
 * {@code pose} Unspecified, {@code truncated} (1 when truncation > 0), {@code occluded} (1 when visibility
 * < {@value KittiExporter#FULLY_VISIBLE}), {@code difficult} (1 for ignored instances) and {@code bndbox} of the
 * visible box as 1-based inclusive pixel indices: {@code xmin = x + 1}, {@code xmax = x + w}. Written with the
 * JDK's StAX writer, two-space indentation, {@code \n} line ends.
 */
public final class VocExporter implements Exporter {
    /** The annotation folder, relative to the output folder. */
    public static final String ANNOTATIONS = "Annotations";
    /** The image list, relative to the output folder. */
    public static final String IMAGE_SET = "ImageSets/Main/trainval.txt";

    @Override
    public OwnedFiles owned() {
        return new OwnedFiles(List.of(OwnedFiles.Rule.of(ANNOTATIONS, OwnedFiles.FRAME + "\\.xml"),
                OwnedFiles.Rule.of("ImageSets/Main", "trainval\\.txt")));
    }

    @Override
    public ExportReport export(LabelSource labels, Path outDir) {
        replaceOwned(outDir);
        LabelFiles.checkStems(labels);
        List<String> files = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (FrameLabel f : labels.frames()) {
            String file = ANNOTATIONS + "/" + f.stem() + ".xml";
            AtomicWriter.write(outDir.resolve(file), out -> write(f, out));
            files.add(file);
            list.append(f.stem()).append('\n');
        }
        AtomicWriter.writeText(outDir.resolve(IMAGE_SET), list.toString());
        files.add(IMAGE_SET);
        return new ExportReport(ExportFormat.VOC, files.size() - 1, files, List.of());
    }

    /** Writes the XML of one frame as UTF-8. */
    static void write(FrameLabel f, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            Xml xml = new Xml(x);
            x.writeStartDocument("UTF-8", "1.0");
            xml.open("annotation");
            xml.leaf("folder", "images");
            xml.leaf("filename", f.fileName());
            xml.open("source");
            xml.leaf("database", "Mirage");
            xml.close();
            xml.open("size");
            xml.leaf("width", f.camera().width());
            xml.leaf("height", f.camera().height());
            xml.leaf("depth", 3);
            xml.close();
            xml.leaf("segmented", 0);
            for (InstanceLabel inst : f.annotated()) object(xml, inst);
            xml.close();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("frame " + f.frame() + ": cannot write VOC XML: " + e.getMessage(), e);
        }
    }

    private static void object(Xml xml, InstanceLabel inst) throws XMLStreamException {
        PixelBox b = inst.masks().visible().box();
        VisibilityLabel v = inst.visibility();
        xml.open("object");
        xml.leaf("name", inst.category());
        xml.leaf("pose", "Unspecified");
        xml.leaf("truncated", v.truncation() > 0 ? 1 : 0);
        xml.leaf("occluded", v.visibility() < KittiExporter.FULLY_VISIBLE ? 1 : 0);
        xml.leaf("difficult", v.ignore() ? 1 : 0);
        xml.open("bndbox");
        xml.leaf("xmin", b.x() + 1);
        xml.leaf("ymin", b.y() + 1);
        xml.leaf("xmax", b.x() + b.w());
        xml.leaf("ymax", b.y() + b.h());
        xml.close();
        xml.close();
    }

    /** Indenting element writer: each element on its own line, two spaces per level. */
    private static final class Xml {
        private final XMLStreamWriter x;
        private int depth;

        Xml(XMLStreamWriter x) {
            this.x = x;
        }

        void open(String name) throws XMLStreamException {
            indent();
            x.writeStartElement(name);
            depth++;
        }

        void close() throws XMLStreamException {
            depth--;
            indent();
            x.writeEndElement();
        }

        void leaf(String name, Object value) throws XMLStreamException {
            indent();
            x.writeStartElement(name);
            x.writeCharacters(String.valueOf(value));
            x.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            x.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
