package mirage.scenes.spec;

/**
 * When settling stops: for {@code steps} consecutive time steps, every simulated body's average speeds over the last
 * {@code steps} steps (net displacement and net rotation over that time) are under both speeds.
 *
 * @param linearSpeed  metres per second, &gt; 0 [0.02]
 * @param angularSpeed radians per second, &gt; 0 [0.2]
 * @param steps        consecutive steps, integers 1..100000 [30]
 */
public record RestSpec(Double linearSpeed, Double angularSpeed, Integer steps) {
    public static final RestSpec DEFAULT = new RestSpec(null, null, null);

    public RestSpec {
        linearSpeed = Checks.orDefault(linearSpeed, 0.02);
        Range.positive().within(Bound.LENGTH).check("linear_speed", linearSpeed);
        angularSpeed = Checks.orDefault(angularSpeed, 0.2);
        Range.closed(1e-6, 1e3).check("angular_speed", angularSpeed);
        steps = Checks.orDefault(steps, 30);
        Range.integers(1, 100_000).check("steps", steps);
    }
}
