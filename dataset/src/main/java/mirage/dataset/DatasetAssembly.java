package mirage.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.annotators.coco.CocoInfo;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.LabelSource;
import mirage.dataset.export.CocoExporter;
import mirage.dataset.export.CocoSegmentation;

/**
 * The dataset-wide files, assembled from the frame records on disk once a run's frames are done (or it was
 * stopped): {@code annotations/instances.json} (COCO), with splits one {@code annotations/instances_<name>.json}
 * per split holding only its frames, then {@code dataset.json} with the counts. Records are read one at a time,
 * twice per COCO file (images, then annotations), so memory does not grow with the frame count. None of the files
 * holds a timestamp: the same spec and seed give the same bytes, resumed or not.
 */
public final class DatasetAssembly {
    private DatasetAssembly() {}

    /**
     * Writes the COCO files and {@code dataset.json} of the run described by {@code run} (its counts are ignored),
     * from the records of its frames (its shard's, for one shard of a run).
     *
     * @return the manifest written, with its counts
     */
    public static DatasetManifest write(DatasetFolder folder, DatasetManifest run, boolean complete) {
        DatasetReader reader = DatasetReader.open(folder.root());
        StreamedLabels labels = reader.labels(run.categories(), run.depthScale());
        CocoExporter coco = new CocoExporter(CocoSegmentation.RLE, new CocoInfo("Mirage synthetic dataset", run.version()));
        int first = run.firstFrame(), end = run.endFrame();
        DatasetManifest.Counts counts = coco(folder, coco, labels, DatasetLayout.COCO, labels.frames(first, end));
        List<DatasetManifest.Split> splits = new ArrayList<>();
        for (DatasetManifest.Split s : run.splits()) {
            Iterable<FrameLabel> frames = labels.frames(Math.max(first, s.firstFrame()), Math.min(end, s.firstFrame() + s.frames()));
            splits.add(new DatasetManifest.Split(s.name(), s.firstFrame(), s.frames(), s.coco(),
                    coco(folder, coco, labels, s.coco(), frames)));
        }
        Map<String, String> outputs = new LinkedHashMap<>(run.outputs());
        outputs.put("coco", DatasetLayout.COCO);
        DatasetManifest manifest = new DatasetManifest(run.version(), complete, run.seed(), run.frames(), run.shard(),
                run.randomAlgorithm(), run.categories(), run.depthScale(), run.spec(), run.renderer(), outputs, counts,
                splits);
        folder.write(DatasetLayout.MANIFEST, out -> DatasetManifestJson.write(manifest, out));
        return manifest;
    }

    private static DatasetManifest.Counts coco(DatasetFolder folder, CocoExporter coco, LabelSource labels, String file,
                                               Iterable<FrameLabel> frames) {
        CocoExporter.Written[] w = new CocoExporter.Written[1];
        folder.write(file, out -> w[0] = coco.write(labels, frames, out));
        return new DatasetManifest.Counts(w[0].images(), w[0].instances(), w[0].annotations());
    }
}
