/**
 * Image post-processing on plain {@link mirage.core.image.RgbaImage} buffers, free of GL: camera sensor effects
 * ({@link mirage.effects.SensorEffectsFilter}), JPEG output ({@link mirage.effects.JpegWriter}) and contact
 * sheets of rendered datasets ({@link mirage.effects.ContactSheet}).
 */
package mirage.effects;
