package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandBucketsTest {

    private static final long HOUR = 3_600_000L;
    private static final long HORIZON = 8 * HOUR;

    private final BandBuckets buckets = new BandBuckets(HORIZON);

    private List<Long> find(long key, long from, long to) {
        List<Long> handles = new ArrayList<>();
        buckets.find(key, from, to, (handle, home, time, published) -> handles.add(handle));
        return handles;
    }

    @Test
    void shouldFindEveryArticleOfABucketWithinTheTimeRange() {
        buckets.add(new long[] {7, 8}, 100, 0, 10 * HOUR, 10 * HOUR);
        buckets.add(new long[] {7, 9}, 200, 1, 11 * HOUR, 11 * HOUR);
        buckets.add(new long[] {9}, 300, 2, 20 * HOUR, 20 * HOUR);
        assertThat(find(7, 0, 30 * HOUR)).containsExactlyInAnyOrder(100L, 200L);
        assertThat(find(9, 0, 30 * HOUR)).containsExactlyInAnyOrder(200L, 300L);
        assertThat(find(9, 0, 15 * HOUR)).containsExactly(200L);
        assertThat(find(42, 0, 30 * HOUR)).isEmpty();
    }

    @Test
    void shouldReportHomeAndTime() {
        buckets.add(new long[] {5}, 100, 3, 12 * HOUR + 17, 12 * HOUR + 17);
        List<String> found = new ArrayList<>();
        buckets.find(5, 0, 20 * HOUR, (handle, home, time, published) -> found.add(handle + "@" + home + "/" + time
                + "/" + published));
        assertThat(found).containsExactly("100@3/" + (12 * HOUR + 17) + "/" + (12 * HOUR + 17));
    }

    @Test
    void shouldKeepFindingWhileTablesGrow() {
        for (long article = 1; article <= 5_000; article++) {
            buckets.add(new long[] {article * 31, article * 31 + 1, 77}, article, 0, 12 * HOUR, 12 * HOUR);
        }
        assertThat(find(31 * 4_321, 0, 20 * HOUR)).containsExactly(4_321L);
        assertThat(find(77, 0, 20 * HOUR)).hasSize(5_000);
        assertThat(buckets.articles()).isEqualTo(5_000);
        assertThat(buckets.bytes()).as("bytes per article").isLessThan(5_000L * 130);
    }

    @Test
    void shouldDropWholeSlicesOnceTheirEndIsPast() {
        buckets.add(new long[] {1}, 100, 0, 0, 0);
        buckets.add(new long[] {1}, 200, 0, 5 * HOUR, 5 * HOUR);
        buckets.forgetBefore(4 * HOUR);
        assertThat(find(1, 0, 30 * HOUR)).containsExactly(200L);
        buckets.forgetBefore(6 * HOUR);
        assertThat(find(1, 0, 30 * HOUR)).isEmpty();
        assertThat(buckets.articles()).isZero();
    }

    @Test
    void shouldTakeNegativeKeysAndTimes() {
        buckets.add(new long[] {Long.MIN_VALUE, -1}, 9, 0, -5 * HOUR, -5 * HOUR);
        assertThat(find(Long.MIN_VALUE, -10 * HOUR, 0)).containsExactly(9L);
        assertThat(find(-1, -10 * HOUR, 0)).containsExactly(9L);
    }
}
