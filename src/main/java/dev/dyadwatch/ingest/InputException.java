package dev.dyadwatch.ingest;

/**
 * An input that cannot be read as an article, with a reason an operator can act on ("binary content: looks like a
 * PDF document", "HTTP 404 Not Found"). The message names the reason; the origin is added by whoever reports it.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String reason) {
        super(reason);
    }

    public InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
