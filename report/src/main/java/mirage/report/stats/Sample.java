package mirage.report.stats;

/**
 * One frame shown in the report: its image with its labels drawn on (see {@link mirage.report.ContactSheet#tile}),
 * as JPEG.
 *
 * @param frame the frame index
 * @param split its split, or null
 * @param annotations its annotated instances
 * @param jpeg the tile's JPEG bytes
 */
public record Sample(int frame, String split, int annotations, int width, int height, byte[] jpeg) {}
