package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.EnrichedArticle;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class ArticleFanOutTest {

    private static final int PARTITIONS = 3;
    private static final Duration FLUSH = DyadSettings.defaults().ticksFlush();
    private static final int MAX_BATCH = DyadSettings.defaults().ticksBatchMax();
    private static final int UPSTREAM = 1;
    private static final List<String> COUNTRIES = List.of("PAK", "RUS", "CHN", "IND", "USA", "IRN", "TUR");
    private static final Instant START = Instant.parse("2025-05-01T00:00:00Z");

    private final MockProcessorContext<String, DyadInput> context = context();
    private final KeyValueStore<Integer, byte[]> store = store(context);

    @Test
    void shouldGiveEachPartitionTheInputsOfOneTickPerArticleOnlyGrouped() {
        Random random = new Random(11);
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            List<String> named = new ArrayList<>();
            int count = random.nextInt(4);
            for (int c = 0; c < count; c++) {
                String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
                if (!named.contains(country)) {
                    named.add(country);
                }
            }
            List<ContactEvent> contacts = new ArrayList<>();
            Instant published = START.plusSeconds(60L * i - random.nextInt(600));
            if (named.size() >= 2 && random.nextInt(4) == 0) {
                contacts.add(Contacts.call("e" + i, "wire", published).setDyad(Dyads.of(named.get(0), named.get(1)))
                        .build());
            }
            articles.add(Articles.enriched("a" + i, published, contacts, named.toArray(String[]::new)));
        }
        ArticleFanOut fanOut = started();
        for (EnrichedArticle article : articles) {
            fanOut.process(new Record<>(article.getArticle().getId(), article,
                    article.getArticle().getPublishedAt().toEpochMilli()));
        }
        flush();

        List<List<String>> read = perPartition(context.forwarded());
        for (int p = 0; p < PARTITIONS; p++) {
            assertThat(read.get(p)).as("partition %d", p).isEqualTo(oneTickPerArticle(articles, p));
        }
        assertThat(context.forwarded().size()).as("records written")
                .isLessThan(PARTITIONS * articles.size() / 2);
    }

    @Test
    void shouldWritePendingTicksAfterARestart() {
        ArticleFanOut fanOut = started();
        for (int i = 0; i < 5; i++) {
            EnrichedArticle article = Articles.enriched("a" + i, START.plusSeconds(i), "PAK");
            fanOut.process(new Record<>("a" + i, article, START.toEpochMilli()));
        }
        assertThat(context.forwarded()).isEmpty();

        MockProcessorContext<String, DyadInput> restarted = context();
        restarted.addStateStore(store);
        new ArticleFanOut(PARTITIONS, FLUSH, MAX_BATCH).init(restarted);
        restarted.scheduledPunctuators().get(0).getPunctuator().punctuate(0);

        assertThat(perPartition(restarted.forwarded())).allSatisfy(ticks -> assertThat(ticks).hasSize(5));
    }

    @Test
    void shouldWriteAFullBatchWithoutWaitingForTheFlush() {
        ArticleFanOut fanOut = started();
        for (int i = 0; i < MAX_BATCH; i++) {
            EnrichedArticle article = Articles.enriched("a" + i, START.plusSeconds(i), "PAK");
            fanOut.process(new Record<>("a" + i, article, START.toEpochMilli()));
        }

        assertThat(context.forwarded()).hasSize(PARTITIONS).allSatisfy(forward -> assertThat(
                ((DyadInput.Ticks) forward.record().value()).times()).hasSize(MAX_BATCH));
    }

    @Test
    void shouldFlushAndBatchAsConfigured() {
        ArticleFanOut fanOut = new ArticleFanOut(PARTITIONS, Duration.ofMillis(200), 3);
        fanOut.init(context);
        assertThat(context.scheduledPunctuators().get(0).getInterval()).isEqualTo(Duration.ofMillis(200));
        for (int i = 0; i < 2; i++) {
            fanOut.process(new Record<>("a" + i, Articles.enriched("a" + i, START.plusSeconds(i), "PAK"),
                    START.toEpochMilli()));
        }
        assertThat(context.forwarded()).isEmpty();

        fanOut.process(new Record<>("a2", Articles.enriched("a2", START.plusSeconds(2), "PAK"), START.toEpochMilli()));

        assertThat(context.forwarded()).hasSize(PARTITIONS).allSatisfy(forward -> assertThat(
                ((DyadInput.Ticks) forward.record().value()).times()).hasSize(3));
    }

    /** What partition {@code p} read when every article's tick was its own record, after the article's contacts. */
    private static List<String> oneTickPerArticle(List<EnrichedArticle> articles, int p) {
        List<String> expected = new ArrayList<>();
        for (EnrichedArticle article : articles) {
            for (ContactEvent contact : article.getContacts()) {
                if (Dyads.partition(contact.getDyad(), PARTITIONS) == p) {
                    expected.add("contact " + contact.getEventId());
                }
            }
            expected.add(tick(article.getArticle().getPublishedAt().toEpochMilli(),
                    owned(Dyads.countries(article.getActors()), p)));
        }
        return expected;
    }

    private static List<List<String>> perPartition(List<MockProcessorContext.CapturedForward<? extends String,
            ? extends DyadInput>> forwards) {
        List<List<String>> read = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            read.add(new ArrayList<>());
        }
        for (var forward : forwards) {
            DyadInput input = forward.record().value();
            Set<Integer> to = ArticleFanOut.partitioner().partitions("dyads-inputs", forward.record().key(), input,
                    PARTITIONS).orElseThrow();
            for (int p : to) {
                if (input instanceof DyadInput.Contact contact) {
                    read.get(p).add("contact " + contact.event().getEventId());
                } else if (input instanceof DyadInput.Article article) {
                    assertThat(article.tick().source()).isEqualTo(UPSTREAM);
                    read.get(p).add(tick(article.tick().publishedAt(), owned(article.tick().countries(), p)));
                } else {
                    DyadInput.Ticks ticks = (DyadInput.Ticks) input;
                    assertThat(ticks.source()).isEqualTo(UPSTREAM);
                    for (long time : ticks.times()) {
                        read.get(p).add(tick(time, List.of()));
                    }
                }
            }
        }
        return read;
    }

    /** The pairs of {@code countries} that partition {@code p} owns, the co-mentions its task counts. */
    private static List<String> owned(List<String> countries, int p) {
        List<String> owned = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            for (int j = i + 1; j < countries.size(); j++) {
                String dyad = Dyads.of(countries.get(i), countries.get(j));
                if (dyad != null && Dyads.partition(dyad, PARTITIONS) == p) {
                    owned.add(dyad);
                }
            }
        }
        return owned;
    }

    private static String tick(long time, List<String> owned) {
        return "tick " + time + " " + owned;
    }

    private ArticleFanOut started() {
        ArticleFanOut fanOut = new ArticleFanOut(PARTITIONS, FLUSH, MAX_BATCH);
        fanOut.init(context);
        return fanOut;
    }

    private void flush() {
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(0);
    }

    private static MockProcessorContext<String, DyadInput> context() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "fan-out-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new MockProcessorContext<>(props, new TaskId(0, UPSTREAM), new File("target"));
    }

    private static KeyValueStore<Integer, byte[]> store(MockProcessorContext<String, DyadInput> context) {
        KeyValueStore<Integer, byte[]> store = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(ArticleFanOut.STORE), Serdes.Integer(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }
}
