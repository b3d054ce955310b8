package dev.dyadwatch.enrich.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.enrich.resolve.ActorRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private static final LocalDate DAY = LocalDate.of(2022, 2, 24);
    private static final ActorRef KHAN = new ActorRef("PAK.imran-khan", "Imran Khan", "PAK",
            ActorRole.HEAD_OF_GOVERNMENT, null);
    private static final ActorRef PUTIN = new ActorRef("RUS.vladimir-putin", "Vladimir Putin", "RUS",
            ActorRole.HEAD_OF_STATE, null);

    private static CodedContact report(ContactType type, ContactStatus status, EventDate date, int sentence) {
        return new CodedContact("PAK-RUS", type, KHAN, PUTIN, false, status, date, false, sentence, "w", 0.8,
                List.of(), 1);
    }

    @Test
    void shouldMakeOneEventOfACallAndTheConsultationsThatRetellIt() {
        List<CodedContact> events = EventMerger.merge(List.of(
                report(ContactType.TELEPHONE, ContactStatus.OCCURRED, EventDate.day(DAY), 0),
                report(ContactType.CONSULT, ContactStatus.OCCURRED, EventDate.publication(DAY), 1),
                report(ContactType.TELEPHONE, ContactStatus.OCCURRED, EventDate.publication(DAY), 3)));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ContactType.TELEPHONE);
            assertThat(e.reports()).isEqualTo(3);
            assertThat(e.date()).isEqualTo(EventDate.day(DAY));
        });
    }

    @Test
    void shouldMakeOneVisitOfTheHostsAndTheVisitorsReports() {
        List<CodedContact> events = EventMerger.merge(List.of(
                report(ContactType.HOST_VISIT, ContactStatus.OCCURRED, EventDate.publication(DAY), 0),
                report(ContactType.VISIT, ContactStatus.OCCURRED, EventDate.day(DAY), 1)));
        assertThat(events).singleElement().extracting(CodedContact::type).isEqualTo(ContactType.VISIT);
    }

    @Test
    void shouldKeepContactsApartByTypeStatusAndDate() {
        List<CodedContact> events = EventMerger.merge(List.of(
                report(ContactType.VISIT, ContactStatus.OCCURRED, EventDate.day(DAY), 0),
                report(ContactType.NEGOTIATE, ContactStatus.OCCURRED, EventDate.day(DAY), 0),
                report(ContactType.VISIT, ContactStatus.OCCURRED, EventDate.day(DAY.minusDays(1)), 1),
                report(ContactType.VISIT, ContactStatus.HISTORICAL, EventDate.year(1999), 2),
                report(ContactType.VISIT, ContactStatus.NEGATED, EventDate.publication(DAY), 3)));
        assertThat(events).hasSize(5);
    }
}
