package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.avro.ActorRole;
import java.util.Objects;

/**
 * An actor as resolved for one article: who, for which country, in which role on the article's date.
 *
 * @param id stable id: ISO alpha-3 for a country, {@code ISO.GOV} for its government, the dictionary person id,
 *     {@code intro:ISO:slug} for a person introduced by the text, {@code ISO.ROLE} for an office whose holder is
 *     unknown, the organisation id
 * @param name display name
 * @param country ISO 3166-1 alpha-3 code, null for international organisations
 * @param role role on the article's date
 * @param organisation acronym when the actor is an international organisation
 */
public record ActorRef(String id, String name, String country, ActorRole role, String organisation) {

    public ActorRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** True for a person (in the dictionary or introduced by the text). */
    public boolean isPerson() {
        if (id.startsWith("intro:")) {
            return true;
        }
        return id.length() > 4 && id.charAt(3) == '.' && !id.endsWith(".GOV") && !isOffice()
                && role != ActorRole.ORGANISATION;
    }

    /** True for an office whose holder the dictionary does not know ({@code RUS.HEAD_OF_STATE}). */
    public boolean isOffice() {
        int dot = id.indexOf('.');
        return dot == 3 && id.substring(dot + 1).equals(role.name());
    }
}
