package mirage.cli;

import java.nio.file.Path;
import java.util.Map;
import mirage.core.error.MirageException;
import mirage.dataset.Shard;

/** {@code --shard I/N}, {@code auto} or {@code auto/N}, and the {@code {shard}} placeholder of {@code --out}. */
final class ShardOption {
    static final String PLACEHOLDER = "{shard}";

    private ShardOption() {}

    /** The shard {@code text} names; {@code auto} reads the array task's environment. */
    static Shard resolve(String text, Map<String, String> env) {
        String t = text.strip();
        if (t.equals("auto")) return Shard.fromEnvironment(env, null);
        if (t.startsWith("auto/")) {
            String n = t.substring("auto/".length());
            if (!n.matches("[0-9]{1,9}")) throw new MirageException("--shard " + text + ": give auto/N with N the shard count");
            return Shard.fromEnvironment(env, Integer.parseInt(n));
        }
        try {
            return Shard.parse(t);
        } catch (MirageException e) {
            throw new MirageException("--shard: " + e.getMessage());
        }
    }

    /** {@code out} with {@code {shard}} replaced by the shard's index; refused without a shard. */
    static Path folder(Path out, Shard shard) {
        String s = out.toString();
        if (!s.contains(PLACEHOLDER)) return out;
        if (shard == null) throw new MirageException("--out " + s + ": " + PLACEHOLDER + " stands for the shard index, and there is no --shard");
        return Path.of(s.replace(PLACEHOLDER, Integer.toString(shard.index())));
    }
}
