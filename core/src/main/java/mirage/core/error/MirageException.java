package mirage.core.error;

/**
 * A failure caused by the user's input or environment (a bad spec, a broken asset, a missing driver), with a
 * message meant to be printed as is: it names the file, the field and what is wrong. The CLI prints it and
 * exits non-zero; anything else is a bug and gets a stack trace.
 */
public class MirageException extends RuntimeException {
    public MirageException(String message) {
        super(message);
    }

    public MirageException(String message, Throwable cause) {
        super(message, cause);
    }
}
