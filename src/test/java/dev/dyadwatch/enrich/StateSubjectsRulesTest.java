package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.enrich.code.CodedContact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After "the two governments" (countries, nations, states) the contacts of a sentence are the states', not the
 * two people named before: "Since Sharif and Putin spoke by phone on May 5, the two governments have exchanged
 * ..., and on Thursday they signed a protocol" is a signing between the governments.
 */
class StateSubjectsRulesTest extends RuleSentences {

    @Test
    void shouldCodeASigningOfTheTwoGovernmentsBetweenTheStates() {
        List<CodedContact> contacts = code("Since Prime Minister Shehbaz Sharif and President Vladimir Putin spoke "
                + "by phone on October 7, the two governments have exchanged a foreign minister's visit and "
                + "defence ministers' talks, and on Monday they signed an economic protocol in Islamabad.")
                .contacts();
        CodedContact signing = only(contacts, ContactType.SIGN_AGREEMENT);
        assertThat(List.of(signing.actorA().id(), signing.actorB().id())).containsExactlyInAnyOrder("PAK.GOV",
                "RUS.GOV");
        CodedContact call = only(contacts, ContactType.TELEPHONE);
        assertThat(call.actorA().isPerson() && call.actorB().isPerson()).isTrue();
    }

    @Test
    void shouldCodeAgreementsOfTheTwoCountriesBetweenTheStates() {
        CodedContact signing = only(code("Narendra Modi met Vladimir Putin in Moscow on Monday, and the two "
                + "countries signed five agreements.").contacts(), ContactType.SIGN_AGREEMENT);
        assertThat(signing.actorA().isPerson() || signing.actorB().isPerson()).isFalse();
        assertThat(signing.dyad()).isEqualTo("IND-RUS");
    }

    @Test
    void shouldKeepThePeopleWhenTheyAreTheSubject() {
        CodedContact leaders = only(code("Narendra Modi met Vladimir Putin in Moscow on Monday, and the two leaders "
                + "signed five agreements.").contacts(), ContactType.SIGN_AGREEMENT);
        assertThat(leaders.actorA().isPerson() && leaders.actorB().isPerson()).isTrue();
    }

    private static CodedContact only(List<CodedContact> contacts, ContactType type) {
        List<CodedContact> ofType = contacts.stream().filter(c -> c.type() == type).toList();
        assertThat(ofType).hasSize(1);
        return ofType.get(0);
    }
}
