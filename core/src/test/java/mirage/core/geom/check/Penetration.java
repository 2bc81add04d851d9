package mirage.core.geom.check;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * How deep two meshes interpenetrate, with the surface point that showed it, so a failing check can say
 * <em>where</em> the objects overlap rather than only by how much.
 *
 * @param depth          the largest distance, over surface samples of either mesh lying inside the other, to the
 *                       other's surface; 0 when no sample lies inside
 * @param witness        that sample (world coordinates), or null when depth is 0
 * @param witnessOnFirst whether the witness lies on the first mesh's surface (inside the second) or vice versa
 */
public record Penetration(double depth, Vector3dc witness, boolean witnessOnFirst) {
    public static final Penetration NONE = new Penetration(0, null, true);

    public Penetration {
        if (witness != null) witness = new Vector3d(witness);
    }

    @Override
    public String toString() {
        return depth == 0 ? "no penetration"
                : String.format("penetration %.6g at (%.6g, %.6g, %.6g) on the %s mesh", depth, witness.x(),
                        witness.y(), witness.z(), witnessOnFirst ? "first" : "second");
    }
}
