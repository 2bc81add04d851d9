package mirage.cli.emit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Two Kubernetes Jobs, as one YAML stream for {@code kubectl apply -f}: an Indexed Job whose pod k renders shard k
 * ({@code --shard auto/N} reads {@code JOB_COMPLETION_INDEX}) into {@code OUT/shard-k} on a shared volume, each index
 * retried on its own ({@code backoffLimitPerIndex}) and resuming its frames; and a merge Job that waits until
 * {@code mirage status} says the shards merge, then writes {@code OUT/dataset}. Both run the image built from the
 * repository's Dockerfile, whose entry point is {@code mirage}.
 *
 * @param spec  the spec's path inside the container (on the volume)
 * @param out   the run's folder inside the container (on the volume)
 * @param claim the PersistentVolumeClaim (ReadWriteMany) mounted at {@code mount} in every pod
 * @param gpus  {@code nvidia.com/gpu} per render pod (0: none)
 */
public record K8sManifest(String name, String image, String spec, String out, int shards, int parallelism,
                          int backoffLimitPerIndex, String claim, String mount, int gpus, String cpu, String memory,
                          List<String> renderArgs) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    public String text() {
        try {
            return "---\n" + YAML.writeValueAsString(renderJob()) + "---\n" + YAML.writeValueAsString(mergeJob());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode renderJob() {
        ObjectNode job = job(name);
        ObjectNode spec = (ObjectNode) job.get("spec");
        spec.put("completionMode", "Indexed");
        spec.put("completions", shards);
        spec.put("parallelism", Math.min(parallelism, shards));
        spec.put("backoffLimitPerIndex", backoffLimitPerIndex);
        ArrayNode args = YAML.createArrayNode().add("render").add(this.spec).add("--shard").add("auto/" + shards)
                .add("--out").add(out + "/shard-{shard}").add("--no-progress");
        renderArgs.forEach(args::add);
        ObjectNode container = container(spec, "render");
        container.set("args", args);
        ObjectNode resources = container.putObject("resources");
        ObjectNode requests = resources.putObject("requests");
        requests.put("cpu", cpu);
        requests.put("memory", memory);
        if (gpus > 0) resources.putObject("limits").put("nvidia.com/gpu", gpus);
        return job;
    }

    ObjectNode mergeJob() {
        ObjectNode job = job(name + "-merge");
        ObjectNode spec = (ObjectNode) job.get("spec");
        spec.put("backoffLimit", backoffLimitPerIndex);
        ObjectNode container = container(spec, "merge");
        container.putArray("command").add("sh").add("-c");
        String shardsGlob = Shell.quote(out) + "/shard-*";
        container.putArray("args").add("until mirage status " + shardsGlob + "; do sleep 60; done; exec mirage merge "
                + shardsGlob + " --out " + Shell.quote(out + "/dataset"));
        return job;
    }

    private ObjectNode job(String jobName) {
        ObjectNode job = YAML.createObjectNode();
        job.put("apiVersion", "batch/v1");
        job.put("kind", "Job");
        ObjectNode meta = job.putObject("metadata");
        meta.put("name", jobName);
        meta.putObject("labels").put("app.kubernetes.io/name", "mirage").put("app.kubernetes.io/instance", name);
        job.putObject("spec");
        return job;
    }

    /** The pod template with one container mounting the shared volume; returns the container. */
    private ObjectNode container(ObjectNode jobSpec, String containerName) {
        ObjectNode pod = jobSpec.putObject("template").putObject("spec");
        pod.put("restartPolicy", "Never");
        ObjectNode c = pod.putArray("containers").addObject();
        c.put("name", containerName);
        c.put("image", image);
        c.putArray("volumeMounts").addObject().put("name", "data").put("mountPath", mount);
        pod.putArray("volumes").addObject().put("name", "data").putObject("persistentVolumeClaim").put("claimName", claim);
        return c;
    }
}
