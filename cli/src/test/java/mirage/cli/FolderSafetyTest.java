package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an output folder may lose and what a rerun trusts: {@code --overwrite} deletes only what a Mirage run (or
 * export) wrote, a folder holding the spec's inputs is refused, exports leave no stale labels, and a frame is done
 * only when all its files are whole.
 */
class FolderSafetyTest {
    @TempDir
    Path tmp;

    Path spec(String name, String seed) {
        return TinyScene.write(tmp.resolve(name), TinyScene.yaml("frames: 4", "").replace("seed: 3", "seed: " + seed));
    }

    static void ok(CliRun r) {
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void aFolderWithoutAMirageRunIsNeverOffered_overwrite_andKeepsItsFiles() throws IOException {
        Path out = tmp.resolve("photos");
        Files.createDirectories(out.resolve("images/holiday"));
        Files.writeString(out.resolve("images/holiday/beach.jpg"), "mine");
        Files.createDirectories(out.resolve("frames"));
        Files.writeString(out.resolve("frames/notes.txt"), "mine too");
        for (String[] more : new String[][] {{}, {"--overwrite"}}) {
            CliRun r = TinyScene.render(spec("a", "3"), out, more);
            assertEquals(1, r.exitCode());
            assertTrue(r.err().contains("holds no Mirage run") && !r.err().contains("--overwrite"), r.err());
        }
        assertEquals("mine", Files.readString(out.resolve("images/holiday/beach.jpg")));
        assertEquals("mine too", Files.readString(out.resolve("frames/notes.txt")));
    }

    @Test
    void overwriteDeletesTheRunsFilesAndExportsOnly() throws IOException {
        Path out = tmp.resolve("run");
        ok(TinyScene.render(spec("a", "3"), out));
        for (String f : new String[] {"yolo", "voc", "kitti", "bop"}) ok(CliRun.of("export", out.toString(), "--format", f));
        Files.createDirectories(out.resolve("images/holiday"));
        Files.writeString(out.resolve("images/holiday/beach.jpg"), "mine");
        Files.writeString(out.resolve("frames/notes.txt"), "mine too");
        Files.writeString(out.resolve("labels/README.txt"), "mine three");
        ok(TinyScene.render(spec("b", "4"), out, "--overwrite"));
        assertEquals("mine", Files.readString(out.resolve("images/holiday/beach.jpg")));
        assertEquals("mine too", Files.readString(out.resolve("frames/notes.txt")));
        assertEquals(List.of(Path.of("README.txt")), TinyScene.files(out.resolve("labels")), "the YOLO labels went, the user's file stayed");
        for (String gone : new String[] {"data.yaml", "Annotations", "ImageSets", "label_2", "calib", "scene_gt.json"})
            assertFalse(Files.exists(out.resolve(gone)), gone + " is the earlier export's");
    }

    @Test
    void anOutputFolderHoldingTheSpecsInputsIsRefused() throws IOException {
        Path dir = tmp.resolve("project");
        Path photos = Files.createDirectories(dir.resolve("images"));
        Files.copy(TinyScene.ASSETS.resolve("backgrounds/polyhaven_goegap_crop.jpg"), photos.resolve("000001.jpg"));
        Path spec = TinyScene.write(dir, TinyScene.yaml("frames: 2", "").replace(
                "background: {image_folder: " + TinyScene.ASSETS + "/backgrounds}", "background: {image_folder: images}"));
        CliRun r = TinyScene.render(spec, dir, "--overwrite");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("the output folder holds the spec's inputs") && r.err().contains("000001.jpg"), r.err());
        assertTrue(Files.exists(photos.resolve("000001.jpg")));
    }

    @Test
    void anExportReplacesItsOwnFilesWhole() throws IOException {
        Path four = tmp.resolve("four"), two = tmp.resolve("two"), labels = tmp.resolve("labels");
        ok(TinyScene.render(spec("a", "3"), four));
        ok(TinyScene.render(TinyScene.write(tmp.resolve("b"), TinyScene.yaml("frames: 2", "")), two));
        ok(CliRun.of("export", four.toString(), "--format", "yolo", "--out", labels.toString()));
        assertEquals(4, TinyScene.files(labels.resolve("labels")).size());
        ok(CliRun.of("export", two.toString(), "--format", "yolo", "--out", labels.toString()));
        assertEquals(List.of(Path.of("000000.txt"), Path.of("000001.txt")), TinyScene.files(labels.resolve("labels")));
    }

    @Test
    void aFrameIsDoneOnlyWhenAllItsFilesAreWhole() throws IOException {
        Path out = tmp.resolve("whole");
        Path spec = spec("a", "3");
        ok(TinyScene.render(spec, out));
        byte[] image = Files.readAllBytes(out.resolve("images/000002.png"));
        byte[] record = Files.readAllBytes(out.resolve("frames/000001.json"));
        byte[] mask = Files.readAllBytes(out.resolve("masks/instance/000003.png"));
        byte[] coco = Files.readAllBytes(out.resolve("annotations/instances.json"));
        Files.delete(out.resolve("images/000002.png"));
        Files.write(out.resolve("frames/000001.json"), Arrays.copyOf(record, record.length / 2));
        Files.write(out.resolve("masks/instance/000003.png"), Arrays.copyOf(mask, mask.length - 20));
        CliRun again = TinyScene.render(spec, out);
        ok(again);
        assertTrue(again.err().isEmpty());
        assertArrayEquals(image, Files.readAllBytes(out.resolve("images/000002.png")));
        assertArrayEquals(record, Files.readAllBytes(out.resolve("frames/000001.json")));
        assertArrayEquals(mask, Files.readAllBytes(out.resolve("masks/instance/000003.png")));
        assertArrayEquals(coco, Files.readAllBytes(out.resolve("annotations/instances.json")));
    }

    @Test
    void exportingAnIncompleteDatasetSaysSo() {
        Path out = tmp.resolve("part");
        ok(TinyScene.render(spec("a", "3"), out, "--only", "1-2"));
        CliRun r = CliRun.of("export", out.toString(), "--format", "yolo");
        ok(r);
        assertTrue(r.err().contains("warning: the dataset is not complete (2 of 4 frames are done)"), r.err());
    }

    @Test
    void aDamagedRunFileIsReplacedWith_overwrite() throws IOException {
        Path out = tmp.resolve("damaged");
        ok(TinyScene.render(spec("a", "3"), out));
        Files.writeString(out.resolve(".mirage-run.json"), "{\"spec_sha");
        CliRun r = TinyScene.render(spec("a", "3"), out);
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains(".mirage-run.json") && r.err().contains("--overwrite"), r.err());
        ok(TinyScene.render(spec("a", "3"), out, "--overwrite"));
        assertTrue(Files.readString(out.resolve("dataset.json")).contains("\"complete\" : true"));
    }
}
