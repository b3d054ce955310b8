package dev.dyadwatch.generator;

import dev.dyadwatch.avro.ActorRole;

/**
 * An actor of a generated contact as the sentence names it.
 *
 * @param id dictionary person id ({@code RUS.sergey-lavrov}), {@code <ISO3>.GOV} for a government named by its
 *     capital, seat or ministry, {@code <ISO3>.MIL} for armed forces, {@code <ISO3>} for the country; null for an
 *     office whose holder the dictionary does not know (the role says which)
 * @param country ISO alpha-3 code
 * @param role the actor's role
 */
public record TruthActor(String id, String country, ActorRole role) {
}
