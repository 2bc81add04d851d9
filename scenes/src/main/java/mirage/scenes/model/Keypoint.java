package mirage.scenes.model;

import org.joml.Vector3f;
import org.joml.Vector3fc;

/** A named point on an asset, in the asset file's own coordinates (as imported). */
public record Keypoint(String name, Vector3fc position) {
    public Keypoint {
        position = new Vector3f(position);
    }
}
