package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseQueueTest {

    private static final byte[] ARTICLE = {1, 2, 3};

    private final Set<Long> checked = new HashSet<>();
    private KeyValueStore<Long, ReleaseQueue.Held> store;

    @BeforeEach
    void store() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DedupeStores.RELEASE_QUEUE), Serdes.Long(),
                ReleaseQueue.Held.serde()).withLoggingDisabled().build();
        MockProcessorContext<Long, DedupeMessage> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    /** The queue over the store, as a task that starts reads it: checked stamps are waiting. */
    private ReleaseQueue queue() {
        return new ReleaseQueue(store, (stamp, handle) -> checked.contains(stamp));
    }

    /** Holds articles 1 and 2 (stamps 10 and 20) and decides the second, which waits behind the first. */
    private ReleaseQueue secondDecidedBehindFirst() {
        ReleaseQueue queue = queue();
        queue.hold(10, 1, 100, ARTICLE);
        queue.hold(20, 2, 200, ARTICLE);
        queue.decide(20, 2, 200, ARTICLE);
        assertThat(queue.releaseReady()).isEmpty();
        return queue;
    }

    @Test
    void shouldReleaseDecidedArticlesOnlyOnceEveryEarlierOneIsDecided() {
        ReleaseQueue queue = secondDecidedBehindFirst();
        queue.hold(30, 3, 300, ARTICLE);

        queue.decide(10, 1, 100, null);

        assertThat(queue.releaseReady()).extracting(ReleaseQueue.Held::handle).containsExactly(2L);
        assertThat(queue.head().key).isEqualTo(30L);
        assertThat(store.get(20L)).as("released entries leave the store").isNull();
        assertThat(store.get(10L)).isNull();
    }

    @Test
    void shouldTellHeldArticlesStillCheckedFromDecidedOnesWhenTheTaskStartsAgain() {
        ReleaseQueue before = secondDecidedBehindFirst();
        before.decide(30, 3, 300, ARTICLE);
        checked.add(10L);

        ReleaseQueue after = queue();

        assertThat(after.lastStamp()).isEqualTo(30L);
        assertThat(after.head().value.waiting()).as("still checked").isTrue();
        assertThat(after.article(10)).containsExactly(ARTICLE);
        assertThat(after.releaseReady()).isEmpty();
        after.decide(10, 1, 100, ARTICLE);
        assertThat(after.releaseReady()).extracting(ReleaseQueue.Held::handle).containsExactly(1L, 2L, 3L);
        assertThat(after.isEmpty()).isTrue();
        assertThat(new ReleaseQueue(store, (stamp, handle) -> true).isEmpty()).isTrue();
    }

    @Test
    void shouldWriteAnArticleOnceWhenItIsDecidedWhileHeld() {
        ReleaseQueue queue = queue();
        queue.hold(10, 1, 100, ARTICLE);
        queue.hold(20, 2, 200, ARTICLE);

        // The decision carries the text as the check read it back; the entry written at arrival is not rewritten.
        queue.decide(20, 2, 200, new byte[] {9});

        assertThat(store.get(20L).article()).containsExactly(ARTICLE);
        assertThat(queue.releaseReady()).isEmpty();
    }
}
