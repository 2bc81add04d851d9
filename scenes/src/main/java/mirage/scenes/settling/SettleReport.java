package mirage.scenes.settling;

import java.util.List;
import java.util.Objects;

/**
 * What settling did in one frame, for its record.
 *
 * @param plan    the drop it settled
 * @param steps   time steps taken
 * @param atRest  whether every body came to rest within the step limit
 * @param bodies  per body of the plan, same order: where it ended
 * @param seconds wall time of the simulation (for progress and benchmarks; not recorded)
 */
public record SettleReport(DropPlan plan, int steps, boolean atRest, List<Outcome> bodies, double seconds) {
    public SettleReport {
        Objects.requireNonNull(plan, "plan");
        bodies = List.copyOf(bodies);
        if (bodies.size() != plan.bodies().size()) throw new IllegalArgumentException("one outcome per body");
    }

    /**
     * One body's end.
     *
     * @param ref      the scene object it is now (instances renumbered when others were dropped), or null when it
     *                 was left out ({@code on_failure: drop})
     * @param mass     kg simulated
     * @param moving   still above the rest speeds at the end
     * @param restsOn  what holds it up: {@link Support#GROUND}, {@link Support#BIN}, or another body
     */
    public record Outcome(BodyRef ref, double mass, boolean moving, List<Support> restsOn) {
        public Outcome {
            restsOn = List.copyOf(restsOn);
        }
    }

    /** What a body rests on: the support plane, the bin, or another settled object. */
    public record Support(String fixed, BodyRef body) {
        public static final Support GROUND = new Support("ground", null);
        public static final Support BIN = new Support("bin", null);

        public static Support on(BodyRef body) {
            return new Support(null, Objects.requireNonNull(body));
        }
    }
}
