package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.avro.MentionResolution;

/**
 * One span of an article that names an actor or a place of a country.
 *
 * @param sentence index of the sentence ({@link dev.dyadwatch.enrich.text.Sentence#TITLE} for the title)
 * @param tokenStart first token of the span in its sentence
 * @param tokenEnd one past its last token
 * @param charStart character offset in the text (or the title)
 * @param charEnd one past the end
 * @param text the words as written
 * @param kind what the span names
 * @param actor the actor; for a {@link MentionKind#PLACE}, the country it lies in
 * @param country ISO alpha-3 code of the actor or place, null for organisations
 * @param resolution how the span was tied to its actor
 */
public record Mention(int sentence, int tokenStart, int tokenEnd, int charStart, int charEnd, String text,
        MentionKind kind, ActorRef actor, String country, MentionResolution resolution) {

    /** True when the mention can be a party to a contact (everything but places and organisations). */
    public boolean canBeParty() {
        return kind != MentionKind.PLACE && kind != MentionKind.ORGANISATION && country != null;
    }

    /** True when the span names its actor (a name, a capital or a title), as opposed to an unnamed group. */
    public boolean isNamed() {
        return kind == MentionKind.PERSON || kind == MentionKind.COUNTRY || kind == MentionKind.GOVERNMENT
                || kind == MentionKind.ORGANISATION;
    }

    public boolean inTitle() {
        return sentence < 0;
    }
}
