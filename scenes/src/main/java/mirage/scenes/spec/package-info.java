/**
 * The scene spec: what a run samples from, as immutable records validated once, at load.
 *
 * <p>{@link mirage.scenes.spec.SpecLoader} reads YAML or JSON (snake_case keys, unknown keys rejected, no string
 * to number coercion, no nulls) into a {@link mirage.scenes.spec.SceneSpec}; every problem becomes one
 * {@link mirage.scenes.spec.SpecException} {@code file:line:column: field.path: reason}.
 * {@link mirage.scenes.spec.SpecWriter} writes a spec back as JSON in the same schema.
 *
 * <p>Conventions: world units are metres, Y up; angles are degrees; colours are sRGB display values in [0, 1] for
 * materials and backgrounds and linear RGB for lights; relative paths are relative to the spec file's folder.
 * Random fields are {@link mirage.scenes.spec.Distribution}s whose whole support must fit the field's range.
 */
package mirage.scenes.spec;
