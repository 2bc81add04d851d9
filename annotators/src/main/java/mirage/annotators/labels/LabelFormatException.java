package mirage.annotators.labels;

import java.io.IOException;

/** A label file that is missing, not valid JSON, or not of the documented shape; the message names file and field. */
public final class LabelFormatException extends IOException {
    public LabelFormatException(String message) {
        super(message);
    }

    public LabelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
