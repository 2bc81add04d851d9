package mirage.report.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mirage.annotators.labels.CategoryLabel;
import mirage.dataset.DatasetManifest;

/**
 * The likely mistakes in a scanned dataset (see {@link Warning#kind}): an incomplete run or missing records;
 * a category without annotations (over the dataset, or in one split); frames without annotations; visible boxes
 * with a side under the small-box threshold; categories with more than {@link #MOSTLY} of their annotations
 * truncated by {@link SplitCounts#TRUNCATED} or more; placed instances differing from the spec's
 * {@code class_balance.targets} (checked on complete datasets only, not on a shard), or annotations more than
 * {@link #ANNOTATION_SHORTFALL} short of a target; byte-identical images.
 */
public final class Warnings {
    public static final double MOSTLY = 0.5;
    public static final double ANNOTATION_SHORTFALL = 0.1;

    private final List<Warning> out = new ArrayList<>();

    private Warnings() {
    }

    /** The warnings for the dataset whose manifest is {@code m}, from {@code records} records scanned. */
    public static List<Warning> of(DatasetManifest m, long records, DatasetStats s, ImageHashes.Duplicates d) {
        Warnings w = new Warnings();
        w.completeness(m, records);
        w.categories(s);
        w.frames(s, records);
        w.boxes(s);
        if (m.complete() && m.shard() == null) w.classBalance(ClassBalanceTargets.of(m.spec()), s);
        if (d.repeats() > 0)
            w.add("duplicate_images", "%d of %d images are byte-identical to another image (e.g. frames %s)", d.repeats(),
                    d.checked(), d.examples().isEmpty() ? "" : join(d.examples().get(0)));
        return List.copyOf(w.out);
    }

    private void completeness(DatasetManifest m, long records) {
        long expected = m.frames() < 0 ? -1 : m.endFrame() - m.firstFrame();
        if (!m.complete())
            add("incomplete", "dataset.json says the run is not complete: %d of %s frames have a record", records,
                    expected < 0 ? "?" : Long.toString(expected));
        else if (expected >= 0 && records != expected)
            add("incomplete", "dataset.json says the run is complete, but %d of its %d frames have a record", records, expected);
    }

    private void categories(DatasetStats s) {
        for (CategoryLabel c : s.categories()) {
            if (s.all().annotations(c.id()) == 0) {
                add("category_without_annotations", "category '%s' (id %d) has no annotation", c.name(), c.id());
                continue;
            }
            for (SplitCounts sp : s.splits())
                if (sp.images() > 0 && sp.annotations(c.id()) == 0)
                    add("category_without_annotations", "category '%s' has no annotation in split '%s'", c.name(), sp.name());
            long truncated = s.all().truncated(c.id());
            long n = s.all().annotations(c.id());
            if (truncated > MOSTLY * n)
                add("mostly_truncated", "category '%s': %d of its %d annotations (%s) are truncated by half or more",
                        c.name(), truncated, n, percent(truncated, n));
        }
    }

    private void frames(DatasetStats s, long records) {
        long none = s.all().framesWithoutAnnotations();
        if (none > 0)
            add("frames_without_annotations", "%d of %d frames have no annotation (e.g. frames %s)", none, records,
                    join(s.frames().withoutAnnotations()));
    }

    private void boxes(DatasetStats s) {
        InstanceStats i = s.instances();
        if (i.smallBoxes() > 0)
            add("small_boxes", "%d of %d annotations (%s) have a visible box narrower or lower than %d px (e.g. frames %s)",
                    i.smallBoxes(), s.all().annotations(), percent(i.smallBoxes(), s.all().annotations()), i.smallSide(),
                    join(i.smallBoxFrames()));
    }

    private void classBalance(Map<String, Map<String, Long>> targets, DatasetStats s) {
        targets.forEach((split, byCategory) -> {
            SplitCounts counts = split.isEmpty() ? s.all()
                    : s.splits().stream().filter(x -> x.name().equals(split)).findFirst().orElse(null);
            String where = split.isEmpty() ? "" : "split '" + split + "', ";
            byCategory.forEach((name, target) -> {
                CategoryLabel c = s.categories().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                long placed = c == null || counts == null ? 0 : counts.instances(c.id());
                long annotated = c == null || counts == null ? 0 : counts.annotations(c.id());
                if (placed != target)
                    add("class_balance", "class_balance.targets: %scategory '%s': target %d, placed %d", where, name, target, placed);
                else if (annotated < (1 - ANNOTATION_SHORTFALL) * target)
                    add("class_balance", "class_balance.targets: %scategory '%s': target %d placed, but only %d annotated"
                            + " (%d hidden or filtered)", where, name, target, annotated, target - annotated);
            });
        });
    }

    private void add(String kind, String format, Object... args) {
        out.add(new Warning(kind, String.format(Locale.ROOT, format, args)));
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String join(List<Integer> frames) {
        return String.join(", ", frames.stream().map(String::valueOf).toList());
    }
}
