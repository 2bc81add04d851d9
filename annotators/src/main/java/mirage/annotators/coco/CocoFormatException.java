package mirage.annotators.coco;

import java.io.IOException;

/** A COCO file that is not valid JSON or does not have the shape {@link CocoWriter} writes; names the JSON path. */
public final class CocoFormatException extends IOException {
    public CocoFormatException(String message) {
        super(message);
    }

    public CocoFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
