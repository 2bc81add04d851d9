package mirage.scenes.spec;

import java.util.List;

/**
 * What {@code placement.physics} asks of the rest of the spec: every settled entry drops onto something, its
 * {@code support} plane or the bin; and an entry's position box, which settling does not use, is not given beside a bin.
 */
final class PhysicsChecks {
    private PhysicsChecks() {}

    static void check(PhysicsSpec physics, List<ObjectSpec> objects, List<DistractorSpec> distractors) {
        if (physics == null) {
            for (int j = 0; j < objects.size(); j++)
                Checks.absent(objects.get(j).collision(), "objects[" + j + "].collision",
                        "collision shapes are for placement.physics, which this spec does not set");
            return;
        }
        for (int j = 0; j < objects.size(); j++)
            onSomething(physics, "objects[" + j + "]", objects.get(j).support(), objects.get(j).position());
        if (!physics.distractors()) return;
        for (int j = 0; j < distractors.size(); j++)
            onSomething(physics, "distractors[" + j + "]", distractors.get(j).support(), distractors.get(j).position());
    }

    private static void onSomething(PhysicsSpec physics, String entry, SupportSpec support, BoxSpec position) {
        if (support != null) return;
        if (physics.bin() == null)
            throw SpecViolation.invalid(entry, "under placement.physics each entry drops onto its support plane or into "
                    + "placement.physics.bin; give the entry a support, or give a bin");
        if (!BoxSpec.ORIGIN.equals(position))
            throw SpecViolation.invalid(entry + ".position", "objects without a support drop into placement.physics.bin, "
                    + "over its floor; leave position out (or give a support)");
    }
}
