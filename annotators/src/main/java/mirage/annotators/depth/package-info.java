/** Depth outputs: 16-bit depth PNG units (BOP {@code depth_scale}) and float32 {@code .npy} files. */
package mirage.annotators.depth;
