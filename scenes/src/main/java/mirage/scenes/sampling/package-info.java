/**
 * Per-frame sampling: {@link mirage.scenes.sampling.SceneSampler} turns a validated spec into the
 * {@link mirage.scenes.model.Scene} of any frame, deterministically, with randomness only from
 * {@code Seeds.derive(runSeed, frameIndex, samplerPath)} (paths in {@link mirage.scenes.sampling.SamplerPaths}).
 * Functions that must match across JVMs use StrictMath.
 */
package mirage.scenes.sampling;
