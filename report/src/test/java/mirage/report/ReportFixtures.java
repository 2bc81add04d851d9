package mirage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Datasets for the report's tests, written with the project's own writers ({@link SyntheticDataset}). */
public final class ReportFixtures {
    private ReportFixtures() {
    }

    /**
     * The synthetic dataset (three 16x12 frames: a ball, a cube, nothing) with a complete {@code dataset.json} whose
     * categories are cube, ball and {@code third} (never placed); returns root.
     */
    public static Path dataset(Path root, String third) throws IOException {
        SyntheticDataset.write(root);
        String name = third.replace("\\", "\\\\").replace("\"", "\\\"");
        Files.writeString(root.resolve("dataset.json"), """
                {"tool": "mirage", "version": "test", "complete": true, "seed": 1, "frames": 3,
                 "categories": [{"id": 1, "name": "cube"}, {"id": 2, "name": "ball"}, {"id": 3, "name": "%s"}],
                 "depth_scale": 1.0, "spec": {}}
                """.formatted(name));
        return root;
    }
}
