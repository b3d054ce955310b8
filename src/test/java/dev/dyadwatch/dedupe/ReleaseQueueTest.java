package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseQueueTest {

    private static final byte[] ARTICLE = {1, 2, 3};

    private KeyValueStore<Long, ReleaseQueue.Held> store;

    @BeforeEach
    void store() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DedupeStores.RELEASE_QUEUE), Serdes.Long(),
                ReleaseQueue.Held.serde()).withLoggingDisabled().build();
        MockProcessorContext<Long, DedupeMessage> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    @Test
    void shouldReleaseDecidedArticlesOnlyOnceEveryEarlierOneIsDecided() {
        ReleaseQueue queue = new ReleaseQueue(store);
        queue.hold(10, 1, 100);
        queue.hold(20, 2, 200);
        queue.hold(30, 3, 300);
        queue.decide(20, 2, 200, ARTICLE);
        assertThat(queue.releaseReady()).isEmpty();

        queue.decide(10, 1, 100, null);

        assertThat(queue.releaseReady()).extracting(ReleaseQueue.Held::handle).containsExactly(2L);
        assertThat(queue.head().key).isEqualTo(30L);
        assertThat(store.get(20L)).as("released entries leave the store").isNull();
        assertThat(store.get(10L)).isNull();
    }

    @Test
    void shouldPickUpWhatTheStoreHeldWhenTheTaskStartsAgain() {
        ReleaseQueue before = new ReleaseQueue(store);
        before.hold(10, 1, 100);
        before.hold(20, 2, 200);
        before.decide(20, 2, 200, ARTICLE);

        ReleaseQueue after = new ReleaseQueue(store);

        assertThat(after.lastStamp()).isEqualTo(20L);
        assertThat(after.head().value.waiting()).isTrue();
        after.decide(10, 1, 100, ARTICLE);
        assertThat(after.releaseReady()).extracting(ReleaseQueue.Held::handle).containsExactly(1L, 2L);
        assertThat(after.isEmpty()).isTrue();
        assertThat(new ReleaseQueue(store).isEmpty()).isTrue();
    }
}
