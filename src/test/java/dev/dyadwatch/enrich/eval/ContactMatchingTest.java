package dev.dyadwatch.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.enrich.code.CodedContact;
import dev.dyadwatch.enrich.code.EventDate;
import dev.dyadwatch.enrich.resolve.ActorRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactMatchingTest {

    private static final ActorRef PAK = new ActorRef("PAK", "Pakistan", "PAK", ActorRole.COUNTRY, null);
    private static final ActorRef RUS = new ActorRef("RUS", "Russia", "RUS", ActorRole.COUNTRY, null);

    private static CodedContact coded(ContactType type, ContactStatus status, EventDate date) {
        return new CodedContact("PAK-RUS", type, PAK, RUS, false, status, date, false, 0, "met", 0.9, List.of(), 1);
    }

    private static ContactMatching.Expected expected(ContactType type, ContactStatus status, String day,
            ContactType... also) {
        return new ContactMatching.Expected("PAK-RUS", type, status, Set.of(also), day, day == null ? null : "DAY");
    }

    @Test
    void shouldCountTwoEventsOfOnePairAndTypeAsTwo() {
        EventDate may5 = EventDate.day(LocalDate.of(2025, 5, 5));
        ContactMatching.Outcome<CodedContact> one = ContactMatching.match("a", List.of(
                expected(ContactType.TELEPHONE, ContactStatus.OCCURRED, "2025-05-05"),
                expected(ContactType.TELEPHONE, ContactStatus.OCCURRED, "2025-05-26")),
                List.of(coded(ContactType.TELEPHONE, ContactStatus.OCCURRED, may5)));
        assertThat(one.contacts()).isEqualTo(new Score(1, 0, 1));
        assertThat(one.pairs()).singleElement().satisfies(p -> assertThat(p.index()).isZero());
        assertThat(one.mistakes()).containsExactly("a: missed contact PAK-RUS TELEPHONE OCCURRED");
    }

    @Test
    void shouldAcceptAnAlternativeCodeOnlyWhenTheOwnTypeIsNotCoded() {
        ContactMatching.Outcome<CodedContact> outcome = ContactMatching.match("a", List.of(
                expected(ContactType.NEGOTIATE, ContactStatus.OCCURRED, null, ContactType.CONSULT),
                expected(ContactType.CONSULT, ContactStatus.OCCURRED, null)),
                List.of(coded(ContactType.CONSULT, ContactStatus.OCCURRED, EventDate.publication(LocalDate.now()))));
        assertThat(outcome.contacts()).isEqualTo(new Score(1, 0, 1));
        assertThat(outcome.pairs()).singleElement().satisfies(p -> assertThat(p.index()).isEqualTo(1));
    }

    @Test
    void shouldScoreStatusSeparately() {
        ContactMatching.Outcome<CodedContact> outcome = ContactMatching.match("a", List.of(
                expected(ContactType.VISIT, ContactStatus.HISTORICAL, null)),
                List.of(coded(ContactType.VISIT, ContactStatus.OCCURRED, EventDate.publication(LocalDate.now()))));
        assertThat(outcome.contacts()).isEqualTo(new Score(1, 0, 0));
        assertThat(outcome.withStatus()).isEqualTo(new Score(0, 1, 1));
        assertThat(outcome.extra()).hasSize(1);
    }

    @Test
    void shouldPairContactsWithTheSameDateFirst() {
        EventDate may5 = EventDate.day(LocalDate.of(2025, 5, 5));
        EventDate may26 = EventDate.day(LocalDate.of(2025, 5, 26));
        ContactMatching.Outcome<CodedContact> outcome = ContactMatching.match("a", List.of(
                expected(ContactType.TELEPHONE, ContactStatus.OCCURRED, "2025-05-26"),
                expected(ContactType.TELEPHONE, ContactStatus.OCCURRED, "2025-05-05")),
                List.of(coded(ContactType.TELEPHONE, ContactStatus.OCCURRED, may5),
                        coded(ContactType.TELEPHONE, ContactStatus.OCCURRED, may26)));
        assertThat(outcome.pairs()).allSatisfy(p -> assertThat(p.expected().dateAgrees(p.coded())).isTrue());
    }
}
