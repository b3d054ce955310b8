package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.resolve.ActorRef;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.resolve.MentionKind;
import java.util.List;
import java.util.Objects;

/**
 * A mention that may take part in a contact of its sentence, with where it stands.
 *
 * @param mention the mention
 * @param weak true for a side of a hyphenated pair, used only when nothing better is there
 * @param viaPairReference true when it stands for one side of "the two leaders"
 */
record Party(Mention mention, boolean weak, boolean viaPairReference) {

    String country() {
        return mention.country();
    }

    ActorRef actor() {
        return mention.actor();
    }

    /**
     * How many different countries {@code parties} stand for, parties without a country counting as one more.
     * Asked several times per sentence of a few parties: a loop, where a stream built a set each time.
     */
    static int countries(List<Party> parties) {
        int distinct = 0;
        for (int i = 0; i < parties.size(); i++) {
            String country = parties.get(i).country();
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = Objects.equals(parties.get(j).country(), country);
            }
            if (!seen) {
                distinct++;
            }
        }
        return distinct;
    }

    int start() {
        return mention.tokenStart();
    }

    int end() {
        return mention.tokenEnd();
    }

    /** Quality of the actor for confidence: named people and governments best, countries and groups less. */
    double quality() {
        MentionKind kind = mention.kind();
        double q = kind == MentionKind.PERSON || kind == MentionKind.GOVERNMENT ? 1.0 : 0.9;
        if (mention.resolution() == dev.dyadwatch.avro.MentionResolution.SHORT_FORM) {
            q *= 0.97;
        }
        return viaPairReference ? q * 0.8 : weak ? q * 0.8 : q;
    }
}
