package mirage.scenes.spec;

import java.util.ArrayList;
import java.util.List;
import mirage.core.Limits;

/** The checks of {@code class_balance} that need the rest of the spec (the object entries and the frame count). */
final class ClassBalanceChecks {
    private ClassBalanceChecks() {}

    static void check(ClassBalanceSpec balance, List<ObjectSpec> objects, int frames) {
        for (int j = 0; j < objects.size(); j++)
            if (objects.get(j).count() != null)
                throw SpecViolation.invalid("objects[" + j + "].count", "must be left out under class_balance, which "
                        + "chooses each instance's category; the entries of a category are its pool, picked uniformly");
        List<String> categories = new ArrayList<>();
        for (ObjectSpec o : objects) if (!categories.contains(o.category())) categories.add(o.category());
        String form = balance.exact() ? "targets" : "weights";
        for (String name : balance.named())
            if (!categories.contains(name))
                throw SpecViolation.invalid("class_balance." + form + "." + name, "no object entry has category '" + name
                        + "' (categories: " + String.join(", ", categories) + ")");
        if (balance.exact()) checkDealOut(balance.totalTargets(), frames);
    }

    /** The deal-out gives each frame floor(T/F) or ceil(T/F) instances; that must fit a frame. */
    private static void checkDealOut(long total, int frames) {
        if (total == 0) return;
        if (frames == 0)
            throw SpecViolation.invalid("class_balance.targets", "add up to " + total + " instances, but the run has no frames");
        long perFrame = (total + frames - 1) / frames;
        if (perFrame > Limits.MAX_INSTANCES)
            throw SpecViolation.invalid("class_balance.targets", total + " instances over " + frames + " frames put up to "
                    + perFrame + " in one frame; at most " + Limits.MAX_INSTANCES + " are possible");
    }
}
