/**
 * Camera sensor effects on plain {@link mirage.core.image.RgbaImage} buffers, free of GL and of file IO
 * ({@link mirage.effects.SensorEffectsFilter}): what the RGB image of a frame goes through, never its labels.
 */
package mirage.effects;
