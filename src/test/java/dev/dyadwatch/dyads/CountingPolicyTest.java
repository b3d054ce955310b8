package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DateGranularity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountingPolicyTest {

    private static final Instant PUBLISHED = Instant.parse("2024-05-08T09:30:00Z");
    private final CountingPolicy policy = new CountingPolicy(DyadSettings.defaults());

    private Report counted(ContactEvent event) {
        CountingPolicy.Verdict verdict = policy.classify(event.getDyad(), event);
        assertThat(verdict).isInstanceOf(CountingPolicy.Counted.class);
        return ((CountingPolicy.Counted) verdict).report();
    }

    @Test
    void shouldCountAnOccurredContactAtItsPublicationTimeWhenUndated() {
        Report report = counted(Contacts.call("e1", "dawn", PUBLISHED).build());
        assertThat(report.time()).isEqualTo(PUBLISHED.toEpochMilli());
        assertThat(report.dated()).isFalse();
        assertThat(report.day()).isEqualTo(EventTime.day(PUBLISHED.toEpochMilli()));
        assertThat(report.personA()).isEqualTo("PAK.PM.shehbaz-sharif");
        assertThat(report.personB()).isEqualTo("RUS.HOS.vladimir-putin");
    }

    @Test
    void shouldPutADatedContactOnTheDayTheTextGives() {
        Instant monday = Instant.parse("2024-05-06T00:00:00Z");
        Report report = counted(Contacts.datedCall("e1", "dawn", PUBLISHED, monday).build());
        assertThat(report.dated()).isTrue();
        assertThat(report.day()).isEqualTo(EventTime.day(monday.toEpochMilli()));
        assertThat(report.time()).isEqualTo(monday.plus(Duration.ofDays(1)).toEpochMilli() - 1);
    }

    @Test
    void shouldKeepThePublicationTimeOfAContactDatedToItsOwnDay() {
        Instant today = Instant.parse("2024-05-08T00:00:00Z");
        assertThat(counted(Contacts.datedCall("e1", "dawn", PUBLISHED, today).build()).time())
                .isEqualTo(PUBLISHED.toEpochMilli());
    }

    @Test
    void shouldNotCountAPlannedVisitByDefault() {
        ContactEvent planned = Contacts.call("e1", "dawn", PUBLISHED).setType(ContactType.VISIT).setCameo("042")
                .setStatus(ContactStatus.PLANNED).build();
        assertThat(policy.classify("PAK-RUS", planned)).isInstanceOf(CountingPolicy.Skipped.class);
    }

    @Test
    void shouldCountAPlannedVisitAsAnIntentAtPublicationWhenAsked() {
        DyadSettings d = DyadSettings.defaults();
        CountingPolicy counting = new CountingPolicy(new DyadSettings(d.grace(), d.mergeWindow(), true,
                d.countMultilateral(), d.maxFuture(), d.recheckInterval(), d.idle(), d.ticksFlush(),
                d.ticksBatchMax()));
        ContactEvent planned = Contacts.call("e1", "dawn", PUBLISHED).setType(ContactType.VISIT).setCameo("042")
                .setStatus(ContactStatus.PLANNED).setEventDate(Instant.parse("2024-06-01T00:00:00Z"))
                .setDateGranularity(DateGranularity.DAY).build();
        Report report = ((CountingPolicy.Counted) counting.classify("PAK-RUS", planned)).report();
        assertThat(report.type()).isEqualTo(ContactType.INTENT_TO_MEET);
        assertThat(report.cameo()).isEqualTo("036");
        assertThat(report.time()).isEqualTo(PUBLISHED.toEpochMilli());
    }

    @Test
    void shouldNotCountNegatedHistoricalOrMultilateralContacts() {
        assertThat(policy.classify("PAK-RUS", Contacts.call("e1", "dawn", PUBLISHED)
                .setStatus(ContactStatus.NEGATED).build())).isInstanceOf(CountingPolicy.Skipped.class);
        assertThat(policy.classify("PAK-RUS", Contacts.call("e1", "dawn", PUBLISHED)
                .setStatus(ContactStatus.HISTORICAL).build())).isInstanceOf(CountingPolicy.Skipped.class);
        assertThat(policy.classify("PAK-RUS", Contacts.call("e1", "dawn", PUBLISHED)
                .setMultilateral(true).build())).isInstanceOf(CountingPolicy.Skipped.class);
    }

    @Test
    void shouldNotPlaceAContactDatedOnlyToAMonthOrWeek() {
        ContactEvent thisMonth = Contacts.call("e1", "dawn", PUBLISHED)
                .setEventDate(Instant.parse("2024-05-01T00:00:00Z")).setDateGranularity(DateGranularity.MONTH)
                .build();
        assertThat(policy.classify("PAK-RUS", thisMonth)).isInstanceOf(CountingPolicy.Skipped.class);
        ContactEvent thisWeek = Contacts.call("e1", "dawn", PUBLISHED)
                .setEventDate(Instant.parse("2024-05-06T00:00:00Z")).setDateGranularity(DateGranularity.WEEK)
                .build();
        assertThat(policy.classify("PAK-RUS", thisWeek)).isInstanceOf(CountingPolicy.Skipped.class);
    }

    @Test
    void shouldRejectARecordNotKeyedByItsDyad() {
        CountingPolicy.Verdict verdict = policy.classify("IND-PAK", Contacts.call("e1", "dawn", PUBLISHED).build());
        assertThat(verdict).isInstanceOf(CountingPolicy.Invalid.class);
        assertThat(((CountingPolicy.Invalid) verdict).reason()).contains("must be keyed by dyad");
    }

    @Test
    void shouldRejectActorsThatDoNotMakeTheDyad() {
        ContactEvent wrong = Contacts.call("e1", "dawn", PUBLISHED).setActorB(Contacts.DAR).build();
        assertThat(policy.classify("PAK-RUS", wrong)).isInstanceOf(CountingPolicy.Invalid.class);
        assertThat(policy.classify("PAK-RUS", null)).isInstanceOf(CountingPolicy.Invalid.class);
    }

    @Test
    void shouldTreatGovernmentActorsAsStandingForAnyOfficial() {
        Report report = counted(Contacts.call("e1", "dawn", PUBLISHED).setActorA(Contacts.MOSCOW)
                .setActorB(Contacts.ISLAMABAD).build());
        assertThat(report.personA()).isNull();
        assertThat(report.personB()).isNull();
    }
}
