package dev.dyadwatch.enrich.dictionary;

import java.util.Objects;

/**
 * A country's own institution whose name contains the name of an international organisation: "Supreme National
 * Security Council" (Iran's) holds "Security Council", the United Nations'. A matcher that knows the whole name
 * reads it as that country's government, or as no actor at all, never as the organisation.
 *
 * @param name the institution's name as the press writes it, e.g. {@code Security Council of Russia}
 * @param country ISO 3166-1 alpha-3 code of the one country whose government the name stands for, or null
 *     when several countries have a body of that name ({@code National Security Council}): then the name is
 *     no actor, and the country comes from the words around it ("India's National Security Council")
 */
public record NationalBody(String name, String country) {

    public NationalBody {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a national body needs a name");
        }
    }

    /** True when the name alone says which country's body it is. */
    public boolean namesCountry() {
        return country != null;
    }
}
