package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.ContactType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private static final Instant MAY_8 = Instant.parse("2024-05-08T00:00:00Z");
    private static final int DAY_8 = EventTime.day(MAY_8.toEpochMilli());
    private static final Actor PAKISTAN = Contacts.actor("PAK", "Pakistan", "PAK", ActorRole.COUNTRY);
    private static final Actor RUSSIA = Contacts.actor("RUS", "Russia", "RUS", ActorRole.COUNTRY);
    private final CountingPolicy policy = new CountingPolicy(DyadSettings.defaults());

    private Report report(ContactEvent event) {
        return ((CountingPolicy.Counted) policy.classify(event.getDyad(), event)).report();
    }

    private static EventMerger merge(List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Report.MERGE_ORDER);
        EventMerger merger = new EventMerger("PAK-RUS", Duration.ofDays(1).toMillis(), 10);
        sorted.forEach(merger::add);
        return merger;
    }

    private static Instant at(String time) {
        return Instant.parse("2024-05-08T" + time + "Z");
    }

    @Test
    void shouldMergeThirtyOutletsReportingOneCallIntoOneEvent() {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            reports.add(report(Contacts.call("e" + i, "outlet" + (i % 25), at("10:00:00").plusSeconds(i * 600L))
                    .build()));
        }
        DayTotals day = merge(reports).totals(DAY_8);
        assertThat(day.events()).isEqualTo(1);
        assertThat(day.reports()).isEqualTo(30);
        assertThat(day.sources()).hasSize(25);
        MergedEvent event = day.newest().get(0);
        assertThat(event.reports()).isEqualTo(30);
        assertThat(event.sources()).hasSize(25);
        assertThat(event.first().eventId()).isEqualTo("e0");
    }

    @Test
    void shouldKeepTwoContactTypesOfOneDayApart() {
        Report call = report(Contacts.call("e1", "dawn", at("10:00:00")).build());
        Report talks = report(Contacts.call("e2", "tass", at("11:00:00")).setType(ContactType.NEGOTIATE)
                .setCameo("046").setPlover("CONSULT").build());
        DayTotals day = merge(List.of(call, talks)).totals(DAY_8);
        assertThat(day.events()).isEqualTo(2);
        assertThat(day.eventsByCameo()).containsEntry("041", 1).containsEntry("046", 1);
    }

    @Test
    void shouldMergeAVisitAndItsHostingReportedFromEachSideIntoOneEvent() {
        // "Dar visits Moscow" (042) and "Lavrov hosts Dar" (043): one visit.
        Report visit = report(Contacts.call("e1", "dawn", at("10:00:00")).setActorA(Contacts.DAR)
                .setActorB(Contacts.LAVROV).setType(ContactType.VISIT).setCameo("042").build());
        Report hosting = report(Contacts.call("e2", "tass", at("12:00:00")).setActorA(Contacts.LAVROV)
                .setActorB(Contacts.DAR).setType(ContactType.HOST_VISIT).setCameo("043").build());
        DayTotals day = merge(List.of(visit, hosting)).totals(DAY_8);
        assertThat(day.events()).isEqualTo(1);
        assertThat(day.reports()).isEqualTo(2);
        assertThat(day.eventsByCameo()).containsExactly(java.util.Map.entry("042", 1));
    }

    @Test
    void shouldKeepAVisitAndAHostingOfOtherPeopleApart() {
        Report visit = report(Contacts.call("e1", "dawn", at("10:00:00")).setActorA(Contacts.DAR)
                .setActorB(Contacts.LAVROV).setType(ContactType.VISIT).setCameo("042").build());
        Report hosting = report(Contacts.call("e2", "tass", at("12:00:00")).setType(ContactType.HOST_VISIT)
                .setCameo("043").build());
        assertThat(merge(List.of(visit, hosting)).events(DAY_8)).isEqualTo(2);
    }

    @Test
    void shouldKeepCallsBetweenDifferentPeopleApart() {
        Report leaders = report(Contacts.call("e1", "dawn", at("10:00:00")).build());
        Report ministers = report(Contacts.call("e2", "tass", at("11:00:00")).setActorA(Contacts.DAR)
                .setActorB(Contacts.LAVROV).build());
        assertThat(merge(List.of(leaders, ministers)).events(DAY_8)).isEqualTo(2);
    }

    @Test
    void shouldLetAGovernmentActorStandForThePeopleOfItsSide() {
        Report leaders = report(Contacts.call("e1", "dawn", at("10:00:00")).build());
        Report capitals = report(Contacts.call("e2", "tass", at("12:00:00")).setActorA(Contacts.MOSCOW)
                .setActorB(Contacts.ISLAMABAD).build());
        assertThat(merge(List.of(leaders, capitals)).events(DAY_8)).isEqualTo(1);
    }

    @Test
    void shouldLetACountryWithNoPersonStandForAnyParticipantOfItsSide() {
        // "Dar and Lavrov signed a protocol" and, in a recap, "the two governments signed a protocol".
        Report ministers = report(signing("e1", "dawn", at("09:00:00"), Contacts.DAR, Contacts.LAVROV));
        Report countries = report(signing("e2", "tass", at("15:00:00"), PAKISTAN, RUSSIA));
        Report oneSide = report(signing("e3", "app", at("16:00:00"), PAKISTAN, Contacts.LAVROV));
        EventMerger merger = merge(List.of(ministers, countries, oneSide));
        assertThat(merger.events(DAY_8)).isEqualTo(1);
        assertThat(merger.totals(DAY_8).newest().get(0).reports()).isEqualTo(3);
    }

    @Test
    void shouldJoinTheSigningsOfTwoPairsOfMinistersWhenACountryRecapCoversThemBoth() {
        // A country on each side overlaps everyone of its side, so the recap bridges the two signings:
        // the documented cost of reading "Pakistan and Russia signed" as possibly either of them.
        Report ministers = report(signing("e1", "dawn", at("09:00:00"), Contacts.DAR, Contacts.LAVROV));
        Report leaders = report(signing("e2", "tass", at("11:00:00"), Contacts.SHARIF, Contacts.PUTIN));
        assertThat(merge(List.of(ministers, leaders)).events(DAY_8)).isEqualTo(2);
        Report countries = report(signing("e3", "app", at("15:00:00"), RUSSIA, PAKISTAN));
        assertThat(merge(List.of(ministers, leaders, countries)).events(DAY_8)).isEqualTo(1);
    }

    @Test
    void shouldKeepACountryRecapApartFromAnotherTypeOrDay() {
        Report call = report(Contacts.call("e1", "dawn", at("09:00:00")).build());
        Report countries = report(signing("e2", "tass", at("15:00:00"), PAKISTAN, RUSSIA));
        Report twoDaysLater = report(signing("e3", "app", at("15:00:00").plus(Duration.ofDays(2)), PAKISTAN,
                RUSSIA));
        EventMerger merger = merge(List.of(call, countries, twoDaysLater));
        assertThat(merger.events(DAY_8)).isEqualTo(2);
        assertThat(merger.events(DAY_8 + 2)).isEqualTo(1);
    }

    private static ContactEvent signing(String id, String source, Instant published, Actor a, Actor b) {
        return Contacts.call(id, source, published).setActorA(a).setActorB(b).setType(ContactType.SIGN_AGREEMENT)
                .setCameo("057").setPlover("AGREE").build();
    }

    @Test
    void shouldMergeAnUndatedMorningAfterReportIntoThePreviousDaysEvent() {
        Report evening = report(Contacts.call("e1", "dawn", at("22:30:00")).build());
        Report nextMorning = report(Contacts.call("e2", "tass", at("22:30:00").plus(Duration.ofHours(9))).build());
        EventMerger merger = merge(List.of(evening, nextMorning));
        assertThat(merger.events(DAY_8)).isEqualTo(1);
        assertThat(merger.events(DAY_8 + 1)).isZero();
        assertThat(merger.totals(DAY_8).reports()).isEqualTo(2);
    }

    @Test
    void shouldDateAnUndatedReportByTheDayItsArticleGives() {
        // "Dar arrived in Moscow on Wednesday. He held talks with Lavrov." published on Thursday.
        Report visit = report(Contacts.datedCall("a#0", "dawn", at("08:00:00").plus(Duration.ofDays(1)), MAY_8)
                .setArticleId("a").setType(ContactType.VISIT).setCameo("042").build());
        Report talks = report(Contacts.call("a#1", "dawn", at("08:00:00").plus(Duration.ofDays(1)))
                .setArticleId("a").setType(ContactType.NEGOTIATE).setCameo("046").build());
        EventMerger merger = merge(List.of(visit, talks));
        assertThat(merger.events(DAY_8)).isEqualTo(2);
        assertThat(merger.events(DAY_8 + 1)).isZero();
    }

    @Test
    void shouldKeepContactsOnTwoDaysTheTextNamesApart() {
        Report monday = report(Contacts.datedCall("e1", "dawn", at("09:00:00"), MAY_8).build());
        Report tuesday = report(Contacts.datedCall("e2", "dawn", at("09:00:00").plus(Duration.ofDays(1)),
                MAY_8.plus(Duration.ofDays(1))).build());
        EventMerger merger = merge(List.of(monday, tuesday));
        assertThat(merger.events(DAY_8)).isEqualTo(1);
        assertThat(merger.events(DAY_8 + 1)).isEqualTo(1);
    }

    @Test
    void shouldCountCallsTwoDaysApartTwice() {
        Report first = report(Contacts.call("e1", "dawn", at("10:00:00")).build());
        Report second = report(Contacts.call("e2", "dawn", at("10:00:00").plus(Duration.ofDays(2))).build());
        EventMerger merger = merge(List.of(first, second));
        assertThat(merger.events(DAY_8) + merger.events(DAY_8 + 2)).isEqualTo(2);
    }

    @Test
    void shouldMergeTheSameReportsIntoTheSameEventsWhateverTheirArrivalOrder() {
        List<Report> reports = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            Instant published = at("00:00:00").plusSeconds(random.nextInt(4 * 86_400));
            ContactEvent.Builder call = Contacts.call(String.format("e%03d", i), "outlet" + random.nextInt(9),
                    published);
            if (random.nextBoolean()) {
                call.setActorA(random.nextBoolean() ? Contacts.DAR : Contacts.ISLAMABAD);
            }
            if (random.nextInt(4) == 0) {
                call.setType(ContactType.VISIT).setCameo("042");
            }
            reports.add(report(call.build()));
        }
        List<DayTotals> expected = totals(merge(reports));
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(reports, random);
            assertThat(totals(merge(reports))).isEqualTo(expected);
        }
    }

    private static List<DayTotals> totals(EventMerger merger) {
        List<DayTotals> days = new ArrayList<>();
        for (int day = DAY_8 - 1; day <= DAY_8 + 5; day++) {
            days.add(merger.totals(day));
        }
        return days;
    }
}
