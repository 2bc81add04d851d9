package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launch recipes: the Kubernetes Jobs parse as YAML with the fields a cluster needs; the Slurm script is whole. */
class EmitTest {
    @Test
    void kubernetesIndexedJobAndMergeJob() throws IOException {
        CliOut r = CliOut.of("emit", "k8s", "/data/spec/scene.yaml", "--shards", "8", "--out", "/data/runs/r1",
                "--image", "registry.example/mirage:0.1.0", "--claim", "mirage-data", "--gpus", "1", "--parallelism", "3");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> docs = yaml(r.out());
        assertEquals(2, docs.size());
        JsonNode render = docs.get(0), merge = docs.get(1);
        assertEquals("batch/v1", render.at("/apiVersion").asText());
        assertEquals("Job", render.at("/kind").asText());
        assertEquals("Indexed", render.at("/spec/completionMode").asText());
        assertEquals(8, render.at("/spec/completions").asInt());
        assertEquals(3, render.at("/spec/parallelism").asInt());
        assertEquals(3, render.at("/spec/backoffLimitPerIndex").asInt());
        assertEquals("Never", render.at("/spec/template/spec/restartPolicy").asText());
        JsonNode c = render.at("/spec/template/spec/containers/0");
        assertEquals("registry.example/mirage:0.1.0", c.at("/image").asText());
        assertEquals(1, c.at("/resources/limits/nvidia.com~1gpu").asInt());
        assertEquals("[\"render\",\"/data/spec/scene.yaml\",\"--shard\",\"auto/8\",\"--out\",\"/data/runs/r1/shard-{shard}\",\"--no-progress\"]",
                c.at("/args").toString());
        assertEquals("/data", c.at("/volumeMounts/0/mountPath").asText());
        assertEquals("mirage-data", render.at("/spec/template/spec/volumes/0/persistentVolumeClaim/claimName").asText());
        assertEquals("mirage-scene-merge", merge.at("/metadata/name").asText());
        String script = merge.at("/spec/template/spec/containers/0/args/0").asText();
        assertTrue(script.startsWith("until mirage status /data/runs/r1/shard-*; do sleep 60; done; exec mirage merge")
                && script.endsWith("--out /data/runs/r1/dataset"), script);
    }

    @Test
    void slurmArrayAndMergeAfterIt() {
        CliOut r = CliOut.of("emit", "slurm", CliRun.defaultScene().toString(), "--shards", "4", "--out", "/scratch/r1",
                "--gpus", "1", "--sbatch", "--partition=gpu", "--mirage", "/opt/mirage/mirage");
        assertEquals(0, r.exitCode(), r.err());
        String s = r.out();
        for (String line : new String[] {"#SBATCH --array=0-3", "#SBATCH --gres=gpu:1", "#SBATCH --partition=gpu",
                "#SBATCH --requeue", "--dependency=afterok:$render",
                "exec /opt/mirage/mirage render " + CliRun.defaultScene() + " --shard auto --out '/scratch/r1/shard-{shard}' --no-progress",
                "exec /opt/mirage/mirage merge \"$out\"/shard-* --out \"$out/dataset\""})
            assertTrue(s.contains(line), line + " in\n" + s);
        int firstCommand = s.indexOf("set -euo pipefail", s.indexOf("MIRAGE_RENDER"));
        assertTrue(s.lastIndexOf("#SBATCH", s.indexOf("MIRAGE_RENDER\n)")) < firstCommand, "every #SBATCH line before the first command");
    }

    @Test
    void badOptionsAreOneError() {
        CliRun r = CliRun.of("emit", "slurm", "/no/such/spec.yaml", "--shards", "4", "--out", "/scratch/r1");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no such spec file"), r.err());
        r = CliRun.of("emit", "k8s", "s.yaml", "--shards", "0", "--out", "/d", "--image", "i", "--claim", "c");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--shards must be 1.."), r.err());
    }

    private static List<JsonNode> yaml(String text) throws IOException {
        ObjectReader reader = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class);
        List<JsonNode> docs = new ArrayList<>();
        try (var it = reader.<JsonNode>readValues(text)) {
            while (it.hasNext()) docs.add(it.next());
        }
        return docs;
    }
}
