package mirage.annotators.export;

import java.io.IOException;

/** The labels cannot be written in the requested format; the message names the frame, instance and reason. */
public final class ExportException extends IOException {
    public ExportException(String message) {
        super(message);
    }
}
