package dev.dyadwatch.enrich.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * An international organisation.
 *
 * @param id actor id, {@code ORG.<ACRONYM>}, e.g. {@code ORG.NATO}
 * @param acronym the usual acronym, e.g. {@code NATO}
 * @param name full name
 * @param aliases other names and spellings
 */
public record Organisation(String id, String acronym, String name, List<String> aliases) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
