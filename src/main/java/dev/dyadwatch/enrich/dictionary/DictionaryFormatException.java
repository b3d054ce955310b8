package dev.dyadwatch.enrich.dictionary;

/** A dictionary file that cannot be read, with the file and line at fault. */
public final class DictionaryFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DictionaryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
