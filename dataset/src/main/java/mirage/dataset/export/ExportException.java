package mirage.dataset.export;

import mirage.core.error.MirageException;

/** The labels cannot be written in the requested format; the message names the frame, instance and reason. */
public final class ExportException extends MirageException {
    public ExportException(String message) {
        super(message);
    }
}
