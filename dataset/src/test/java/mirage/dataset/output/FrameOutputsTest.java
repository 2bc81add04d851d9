package mirage.dataset.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.annotators.labels.LabelFixtures;
import mirage.dataset.DatasetLayout;
import mirage.scenes.spec.OutputsSpec;
import org.junit.jupiter.api.Test;

/** The registry: the record comes last, and the folders and dataset.json's outputs follow the switches. */
class FrameOutputsTest {
    static final OutputsSpec DEFAULT = OutputsSpec.DEFAULT;
    static final OutputsSpec NPY_ONLY = new OutputsSpec(false, null, null, true, false);

    @Test
    void theRecordIsWrittenLast() {
        List<FrameOutput> all = FrameOutputs.ALL;
        assertEquals(DatasetLayout.FRAMES, all.get(all.size() - 1).folder());
        assertEquals(DatasetLayout.FRAMES, FrameOutputs.enabled(NPY_ONLY).get(FrameOutputs.enabled(NPY_ONLY).size() - 1).folder());
    }

    @Test
    void theManifestListsWhatIsOnInOrder() {
        assertEquals(List.of("images", "instance_masks", "semantic_masks", "depth", "normals", "frames"),
                List.copyOf(FrameOutputs.manifest(DEFAULT).keySet()));
        Map<String, String> npy = FrameOutputs.manifest(NPY_ONLY);
        assertEquals(List.of("images", "instance_masks", "semantic_masks", "depth", "frames"), List.copyOf(npy.keySet()));
        assertEquals("depth/", npy.get("depth"));
    }

    @Test
    void foldersFollowEveryPartsSwitches() {
        assertEquals(List.of("images", "masks/instance", "masks/semantic", "frames"),
                FrameOutputs.folders(List.of(new OutputsSpec(false, null, null, false, false))));
        assertTrue(FrameOutputs.folders(List.of(new OutputsSpec(false, null, null, false, false), NPY_ONLY))
                .contains("depth"), "a split that turns depth on adds its folder");
        assertEquals(List.of("images", "masks/instance", "masks/semantic", "depth", "depth", "normals", "coverage", "frames"),
                FrameOutputs.owned().rules().stream().map(r -> r.folder()).toList(), "--overwrite knows every output's files");
    }

    @Test
    void coverageIsOffByDefaultAndListedWhenOn() {
        assertTrue(!FrameOutputs.manifest(DEFAULT).containsKey("coverage"));
        OutputsSpec on = new OutputsSpec(null, null, null, null, null, true);
        assertEquals("coverage/", FrameOutputs.manifest(on).get("coverage"));
        assertEquals(List.of("images", "masks/instance", "masks/semantic", "depth", "normals", "coverage", "frames"),
                FrameOutputs.folders(List.of(on)));
    }

    @Test
    void noTwoOutputsShareAFileAndEachIsNamedByItsFrame() {
        FrameData frame = new FrameData(null, LabelFixtures.frame1(), null, DEFAULT);
        Set<String> seen = new HashSet<>();
        for (FrameOutput o : FrameOutputs.ALL) {
            String name = o.fileName(frame);
            assertTrue(seen.add(o.folder() + "/" + name), o.folder() + "/" + name);
            assertTrue(name.startsWith("000001."), name);
        }
    }
}
