package dev.dyadwatch.enrich;

import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.EnrichedArticle;
import java.util.List;
import java.util.Objects;

/**
 * What enrich made of one record: the enriched article and its contacts, or a dead letter saying why it could
 * not be coded. Errors travel as data, so the topology routes them like anything else.
 */
public final class EnrichOutcome {

    private final EnrichedArticle enriched;
    private final DeadLetter deadLetter;

    private EnrichOutcome(EnrichedArticle enriched, DeadLetter deadLetter) {
        this.enriched = enriched;
        this.deadLetter = deadLetter;
    }

    public static EnrichOutcome coded(EnrichedArticle enriched) {
        return new EnrichOutcome(Objects.requireNonNull(enriched), null);
    }

    public static EnrichOutcome failed(DeadLetter deadLetter) {
        return new EnrichOutcome(null, Objects.requireNonNull(deadLetter));
    }

    public boolean isFailed() {
        return deadLetter != null;
    }

    public EnrichedArticle enriched() {
        return enriched;
    }

    public DeadLetter deadLetter() {
        return deadLetter;
    }

    /** The contacts of a coded article, none for a failure. */
    public List<ContactEvent> contacts() {
        return enriched == null ? List.of() : enriched.getContacts();
    }
}
