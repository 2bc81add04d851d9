package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code placement.physics}: objects start at drawn poses above their support and a rigid-body engine settles them
 * under gravity; their poses at rest are the frame's poses. An object entry (or distractor entry) with a
 * {@code support} drops over its support plane's rectangle; one without drops into the {@link BinSpec bin}, which
 * is then required. Each object's lowest point starts {@code drop_height} above its support, lifted further when
 * its bounding box would start inside an object dropped before it. Values drawn per object, in drop order, from
 * the frame's {@code physics} stream: drop height, density or mass, friction, restitution; per frame: gravity and
 * spread. SI units.
 *
 * @param gravity      m/s², along -y, &gt;= 0 [9.81]
 * @param dropHeight   metres between an object's lowest point and its support at the start, &gt;= 0 [uniform 0.02..0.2]
 * @param spread       0..1: the part of the support rectangle (or bin floor), around its centre, that drop
 *                     positions cover [1]
 * @param density      kg/m³ of every body, &gt; 0 [1000]; give density or mass, not both
 * @param mass         kg per body, &gt; 0, instead of density
 * @param friction     0..10 [0.6]
 * @param restitution  bounciness 0..1 [0.1]
 * @param collision    default collision shape of every asset [hull]; an object entry's own {@code collision} wins
 * @param distractors  whether distractors are settled too [true]; if not, they keep their drawn poses and do not
 *                     take part (settled objects may intersect them)
 * @param timeStep     seconds per fixed step, 1e-4..0.1 [1/240]
 * @param maxSteps     the step limit, integers 1..1000000 [2400]
 * @param rest         when bodies count as at rest
 * @param onFailure    what happens when bodies still move at the step limit [keep]
 * @param bin          a container objects without a support drop into [none]
 */
public record PhysicsSpec(Distribution gravity, Distribution dropHeight, Distribution spread, Distribution density,
                          Distribution mass, Distribution friction, Distribution restitution, CollisionSpec collision,
                          Boolean distractors, Double timeStep, Integer maxSteps, RestSpec rest, OnFailure onFailure,
                          BinSpec bin) {
    /** The most steps one frame may take. */
    public static final int MAX_STEPS = 1_000_000;

    /** The fate of a frame whose bodies still move at the step limit; written in lower case. */
    public enum OnFailure {
        /** Keep the poses of the last step; the record says {@code at_rest: false}. */
        @JsonProperty("keep") KEEP,
        /** Leave out the bodies still moving (recorded in the frame's physics report). */
        @JsonProperty("drop") DROP,
        /** Stop the run with a message naming the frame. */
        @JsonProperty("error") ERROR
    }

    public PhysicsSpec {
        gravity = Checks.orDefault(gravity, Distribution.constant(9.81));
        Range.closed(0, 1000).check("gravity", gravity);
        dropHeight = Checks.orDefault(dropHeight, new Distribution.Uniform(0.02, 0.2));
        Range.nonNegative().within(Bound.COORDINATE).check("drop_height", dropHeight);
        spread = Checks.orDefault(spread, Distribution.constant(1));
        Range.closed(0, 1).check("spread", spread);
        if (density != null) Checks.absent(mass, "density", "give density or mass, not both");
        if (mass == null) density = Checks.orDefault(density, Distribution.constant(1000));
        if (density != null) Range.closed(1e-3, 1e6).check("density", density);
        if (mass != null) Range.closed(1e-6, 1e6).check("mass", mass);
        friction = Checks.orDefault(friction, Distribution.constant(0.6));
        Range.closed(0, 10).check("friction", friction);
        restitution = Checks.orDefault(restitution, Distribution.constant(0.1));
        Range.closed(0, 1).check("restitution", restitution);
        collision = Checks.orDefault(collision, CollisionSpec.HULL);
        distractors = Checks.orDefault(distractors, Boolean.TRUE);
        timeStep = Checks.orDefault(timeStep, 1.0 / 240);
        Range.closed(1e-4, 0.1).check("time_step", timeStep);
        maxSteps = Checks.orDefault(maxSteps, 2400);
        Range.integers(1, MAX_STEPS).check("max_steps", maxSteps);
        rest = Checks.orDefault(rest, RestSpec.DEFAULT);
        onFailure = Checks.orDefault(onFailure, OnFailure.KEEP);
    }
}
