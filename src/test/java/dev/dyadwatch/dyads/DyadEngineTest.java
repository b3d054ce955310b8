package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.DyadAlert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DyadEngineTest {

    private final InMemoryDyadStore store = new InMemoryDyadStore();
    private final DyadEngine engine = SyntheticNews.engine(store, SyntheticNews.SENSITIVE);

    private static Instant at(int day, int hour) {
        return Instant.ofEpochMilli(SyntheticNews.millis(day)).plus(Duration.ofHours(hour));
    }

    /** Thirty days of ordinary news volume, no contact. */
    private List<DyadOutput> quietMonth() {
        List<DyadOutput> out = new ArrayList<>();
        for (int hour = 0; hour < 30 * 24; hour++) {
            for (int i = 0; i < 10; i++) {
                out.addAll(engine.onArticle(SyntheticNews.millis(0) + hour * 3_600_000L + i * 360_000L, 0,
                        SyntheticNews.NOW));
            }
        }
        return out;
    }

    /** Hours {@code [fromHour, toHour)} of day {@code day} of news at {@code perHour} articles an hour. */
    private List<DyadOutput> news(int day, int fromHour, int toHour, int perHour) {
        List<DyadOutput> out = new ArrayList<>();
        for (int hour = fromHour; hour < toHour; hour++) {
            for (int i = 0; i < perHour; i++) {
                out.addAll(engine.onArticle(at(day, hour).toEpochMilli() + i * (3_600_000L / perHour), 0,
                        SyntheticNews.NOW));
            }
        }
        return out;
    }

    private List<DyadOutput> contact(ContactEvent event) {
        List<DyadOutput> out = new ArrayList<>(engine.onContact(event.getDyad(), event, SyntheticNews.NOW));
        out.addAll(engine.onArticle(event.getPublishedAt().toEpochMilli(), 0, SyntheticNews.NOW));
        return out;
    }

    private static List<DyadAlert> alerts(List<DyadOutput> out) {
        return out.stream().filter(o -> o instanceof DyadOutput.Alert).map(o -> ((DyadOutput.Alert) o).alert())
                .toList();
    }

    private static List<String> rejected(List<DyadOutput> out) {
        return out.stream().filter(o -> o instanceof DyadOutput.Rejected)
                .map(o -> ((DyadOutput.Rejected) o).reason()).toList();
    }

    @Test
    void shouldOpenWhenTheContactThatTipsTheRiseArrives() {
        assertThat(quietMonth()).isEmpty();
        assertThat(alerts(contact(Contacts.call("e1", "dawn", at(30, 9)).build()))).isEmpty();
        assertThat(alerts(contact(Contacts.call("e2", "tass", at(31, 9)).setActorA(Contacts.DAR)
                .setActorB(Contacts.LAVROV).build()))).isEmpty();
        List<DyadAlert> opened = alerts(contact(Contacts.call("e3", "geo", at(32, 14)).build()));
        assertThat(opened).hasSize(1);
        DyadAlert alert = opened.get(0);
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.OPENED);
        assertThat(alert.getObserved()).isEqualTo(3);
        assertThat(alert.getOpenedAt()).isEqualTo(at(32, 14));
        assertThat(alert.getUpdatedAt()).isEqualTo(at(32, 14));
        assertThat(alert.getWindowStart()).isEqualTo(at(26, 0));
        assertThat(alert.getWindowEnd()).isEqualTo(at(33, 0));
        assertThat(alert.getDailyCounts()).extracting(d -> d.getEvents()).containsExactly(0, 0, 0, 0, 1, 1, 1);
        assertThat(alert.getEvidence()).extracting(e -> e.getSource()).containsExactly("geo", "tass", "dawn");
        assertThat(alert.getTriggerArticleId()).isEqualTo("article-e3");
    }

    @Test
    void shouldNotLetTheExtraContactOfADayOnWhichAllNewsTriplesOpenAnAlert() {
        quietMonth();
        news(30, 0, 24, 10);
        news(31, 0, 24, 10);
        contact(Contacts.call("e1", "dawn", at(30, 9)).build());
        contact(Contacts.call("e2", "tass", at(31, 9)).setActorA(Contacts.DAR).setActorB(Contacts.LAVROV).build());
        // Day 32: all news triples, and this dyad's contact with it. Three events on three days would open an
        // alert on an ordinary day; here the third is what the day's volume alone explains.
        news(32, 0, 14, 30);
        assertThat(alerts(contact(Contacts.call("e3", "geo", at(32, 14)).build()))).isEmpty();
        news(32, 14, 24, 30);
        news(33, 0, 10, 10);
        // A fourth event on an ordinary day shows the rise outside the surge too.
        List<DyadAlert> opened = alerts(contact(Contacts.call("e4", "app", at(33, 10)).setActorA(Contacts.DAR)
                .build()));
        assertThat(opened).extracting(DyadAlert::getStatus).containsExactly(AlertStatus.OPENED);
        assertThat(opened.get(0).getObserved()).isEqualTo(4);
    }

    @Test
    void shouldRetractAnAlertThatLateReportsShowNeverHeld() {
        quietMonth();
        contact(Contacts.call("e1", "dawn", at(28, 9)).build());
        contact(Contacts.call("e2", "tass", at(30, 10)).setActorA(Contacts.DAR).setActorB(Contacts.LAVROV).build());
        List<DyadAlert> opened = alerts(contact(Contacts.call("e3", "geo", at(30, 11)).setActorA(Contacts.DAR)
                .build()));
        assertThat(opened).extracting(DyadAlert::getStatus).containsExactly(AlertStatus.OPENED);
        // A report published earlier, arriving late: "Islamabad and Moscow spoke by telephone" is the one call
        // both of that day's reports were about.
        List<DyadAlert> after = alerts(engine.onContact("PAK-RUS", Contacts.call("e0", "app", at(30, 8))
                .setActorA(Contacts.ISLAMABAD).setActorB(Contacts.MOSCOW).build(), SyntheticNews.NOW));
        assertThat(after).hasSize(1);
        assertThat(after.get(0).getStatus()).isEqualTo(AlertStatus.RETRACTED);
        assertThat(after.get(0).getAlertId()).isEqualTo(opened.get(0).getAlertId());
    }

    @Test
    void shouldDeadLetterAContactPublishedLaterThanTheGrace() {
        quietMonth();
        List<DyadOutput> out = contact(Contacts.call("e1", "dawn", at(26, 9)).build());
        assertThat(rejected(out)).singleElement().asString().contains("too late to count").contains("grace")
                .contains("every upstream partition has passed");
        assertThat(store.dyads()).isZero();
    }

    @Test
    void shouldNotCountAFreshArticleRecallingAContactOfASettledDay() {
        quietMonth();
        List<DyadOutput> out = contact(Contacts.datedCall("e1", "dawn", at(29, 20), at(25, 0)).build());
        assertThat(rejected(out)).isEmpty();
        assertThat(store.storedReports()).isZero();
    }

    @Test
    void shouldDeadLetterAContactPublishedInTheFuture() {
        ContactEvent future = Contacts.call("e1", "dawn", Instant.ofEpochMilli(SyntheticNews.NOW)
                .plus(Duration.ofDays(3))).build();
        assertThat(rejected(engine.onContact("PAK-RUS", future, SyntheticNews.NOW))).singleElement().asString()
                .contains("in the future");
    }

    @Test
    void shouldDeadLetterAMalformedContact() {
        assertThat(rejected(engine.onContact("PAK-RUS", Contacts.call("e1", "dawn", at(1, 1)).setDyad("PAK-PAK")
                .build(), SyntheticNews.NOW))).singleElement().asString().contains("dyad 'PAK-PAK'");
    }

    @Test
    void shouldCountAReportDeliveredTwiceOnce() {
        quietMonth();
        ContactEvent call = Contacts.call("e1", "dawn", at(30, 9)).build();
        assertThat(contact(call)).isNotEmpty();
        assertThat(engine.onContact("PAK-RUS", call, SyntheticNews.NOW)).isEmpty();
        assertThat(store.storedReports()).isEqualTo(1);
    }

    @Test
    void shouldIgnoreNegatedContacts() {
        quietMonth();
        ContactEvent denied = Contacts.call("e1", "dawn", at(30, 9))
                .setStatus(dev.dyadwatch.avro.ContactStatus.NEGATED).build();
        assertThat(engine.onContact("PAK-RUS", denied, SyntheticNews.NOW)).isEmpty();
        assertThat(store.storedReports()).isZero();
    }

    @Test
    void shouldRecheckDyadsWhenLateArticleCountsChangeTheirVolume() {
        quietMonth();
        contact(Contacts.call("e1", "dawn", at(30, 9)).build());
        contact(Contacts.call("e2", "tass", at(31, 9)).setActorA(Contacts.DAR).setActorB(Contacts.LAVROV).build());
        List<DyadAlert> opened = alerts(contact(Contacts.call("e3", "geo", at(32, 14)).build()));
        double expected = opened.get(0).getExpected();
        // A burst of late articles from the morning of the day (short of a surge): the alert's exposure grows.
        for (int i = 0; i < 200; i++) {
            engine.onArticle(at(32, 6).toEpochMilli() + i, 0, SyntheticNews.NOW);
        }
        List<DyadAlert> rechecked = alerts(engine.punctuate(SyntheticNews.NOW + SyntheticNews.IDLE));
        assertThat(rechecked).hasSize(1);
        assertThat(rechecked.get(0).getExpected()).isGreaterThan(expected);
        assertThat(engine.punctuate(SyntheticNews.NOW + SyntheticNews.IDLE)).isEmpty();
    }
}
