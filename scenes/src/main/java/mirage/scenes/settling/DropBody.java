package mirage.scenes.settling;

import java.util.Objects;
import mirage.scenes.spec.CollisionSpec;

/**
 * One object dropped for settling, with the values drawn for it. Its start pose is its scene object's
 * {@code modelToWorld}.
 *
 * @param entry        the spec entry, {@code objects[j]} or {@code distractors[j]}
 * @param ordinal      which of the entry's objects in this frame, from 0
 * @param ref          the scene object it moves
 * @param collision    its collision shape kind
 * @param supportY     the y of the support plane it drops onto, or null when it drops into the bin
 * @param dropHeight   metres its lowest point started above its support (before any lift to clear others)
 * @param density      kg/m³, or null when mass was drawn instead
 * @param mass         kg, or null when density was drawn instead
 * @param friction     friction coefficient
 * @param restitution  bounciness 0..1
 */
public record DropBody(String entry, int ordinal, BodyRef ref, CollisionSpec collision, Double supportY, double dropHeight,
                       Double density, Double mass, double friction, double restitution) {
    public DropBody {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(collision, "collision");
        if ((density == null) == (mass == null)) throw new IllegalArgumentException("give exactly one of density and mass");
    }

    /** Whether it drops into the bin rather than onto a support plane. */
    public boolean inBin() {
        return supportY == null;
    }
}
