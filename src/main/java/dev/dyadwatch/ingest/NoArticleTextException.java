package dev.dyadwatch.ingest;

/** An input whose cleaning left no article text: an index page, a gallery, a page of boilerplate only. */
public class NoArticleTextException extends InputException {

    private static final long serialVersionUID = 1L;

    public NoArticleTextException(String reason) {
        super(reason);
    }
}
