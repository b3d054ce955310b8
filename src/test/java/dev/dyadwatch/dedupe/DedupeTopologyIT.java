package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.dedupe.quality.ContentHashes;
import dev.dyadwatch.dedupe.quality.LabelledPairs;
import dev.dyadwatch.dedupe.similarity.ArticleSignature;
import dev.dyadwatch.dedupe.similarity.ArticleSigner;
import dev.dyadwatch.dedupe.similarity.CopyVerifier;
import dev.dyadwatch.dedupe.similarity.DuplicateRule;
import dev.dyadwatch.dedupe.similarity.SignatureScheme;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dedupe on a real broker with three partitions: every labelled article, copies of one story spread over
 * different partitions, checked by two application instances at once.
 */
@Tag("integration")
class DedupeTopologyIT {

    private static final int PARTITIONS = 3;
    /**
     * Long enough to cover the labelled set, which spans a year and a half, and to keep its old records in the
     * changelogs (their retention follows the horizon and the record times).
     */
    private static final Duration HORIZON = Duration.ofDays(3000);

    private final LabelledPairs pairs = LabelledPairs.load();

    /** The stories of the labelled set: articles joined by copy pairs, each article its own story otherwise. */
    private Map<String, Set<String>> stories() {
        Map<String, Set<String>> storyOf = new HashMap<>();
        pairs.articles().keySet().forEach(name -> storyOf.put(name, new HashSet<>(Set.of(name))));
        for (LabelledPairs.Pair pair : pairs.pairs()) {
            if (pair.copy()) {
                Set<String> left = storyOf.get(pair.left().name());
                Set<String> right = storyOf.get(pair.right().name());
                if (left != right) {
                    left.addAll(right);
                    right.forEach(name -> storyOf.put(name, left));
                }
            }
        }
        return storyOf;
    }

    private List<RawArticle> articles(Set<String> names) {
        return names.stream().sorted().map(name -> {
            LabelledPairs.Article a = pairs.articles().get(name);
            return TestArticles.article(name, a.title(), a.source(), a.text(), a.published());
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    @Test
    void shouldPublishEachStoryOnceWhenCopiesArriveTogetherOnDifferentPartitions() {
        Map<String, Set<String>> storyOf = stories();
        List<RawArticle> all = articles(storyOf.keySet());
        Collections.shuffle(all, new Random(20240312));
        try (DedupeCluster cluster = new DedupeCluster(PARTITIONS, HORIZON, Map.of())) {
            Set<Set<String>> multiPartition = new HashSet<>();
            for (Set<String> story : new HashSet<>(storyOf.values())) {
                if (story.stream().map(name -> cluster.partitionOf(name, PARTITIONS)).distinct().count() > 1) {
                    multiPartition.add(story);
                }
            }
            assertThat(multiPartition).as("stories whose copies are read from different partitions")
                    .hasSizeGreaterThanOrEqualTo(6);
            cluster.startInstance();
            cluster.startInstance();
            cluster.produce(all);
            DedupeCluster.Outputs out = cluster.readOutputs(all.size(), Duration.ofSeconds(90));

            assertEachStoryPublishedOnce(storyOf, out, all.size());
            assertEachHomeInArrivalOrder(cluster, all.size(), out.unique().size());
        }
    }

    /**
     * Each partition of articles-unique carries its articles in the order in which the partition of articles-raw
     * they were read from delivered them, however long each one's check took.
     */
    private static void assertEachHomeInArrivalOrder(DedupeCluster cluster, int raw, int unique) {
        Map<String, int[]> arrival = new HashMap<>();
        Map<Integer, List<String>> read = cluster.idsByPartition(cluster.topics().articlesRaw().name(), raw,
                Duration.ofSeconds(30));
        read.forEach((partition, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                arrival.put(ids.get(i), new int[] {partition, i});
            }
        });
        assertThat(arrival).hasSize(raw);
        Map<Integer, List<String>> published = cluster.idsByPartition(
                cluster.topics().articlesUnique().name(), unique, Duration.ofSeconds(30));
        assertThat(published.values().stream().mapToInt(List::size).sum()).isEqualTo(unique);
        published.forEach((partition, ids) -> {
            Map<Integer, Integer> lastOfHome = new HashMap<>();
            for (String id : ids) {
                int[] at = arrival.get(id);
                assertThat(at[0]).as("home partition of " + id).isEqualTo(partition);
                Integer last = lastOfHome.put(at[0], at[1]);
                assertThat(last == null || last < at[1]).as("articles-unique-" + partition + " published " + id
                        + " (arrival " + at[1] + ") after arrival " + last).isTrue();
            }
        });
    }

    @Test
    void shouldCheckArticlesReadOnPartitionsBeyondDedupesOwnAtTheirHomes() throws Exception {
        // An operator gave articles-raw more partitions than dedupe's: articles read on partitions 3 and 4 cross
        // dedupe-home to homes 0 and 1, and every story still comes out once.
        Map<String, Set<String>> storyOf = stories();
        List<RawArticle> all = articles(storyOf.keySet());
        Collections.shuffle(all, new Random(5));
        try (DedupeCluster cluster = new DedupeCluster(PARTITIONS, HORIZON, Map.of())) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
                admin.createPartitions(Map.of(cluster.topics().articlesRaw().name(), NewPartitions.increaseTo(5)))
                        .all().get(30, TimeUnit.SECONDS);
            }
            assertThat(all.stream().filter(a -> cluster.partitionOf(a.getId(), 5) >= PARTITIONS))
                    .as("articles read on a partition dedupe has no home of").hasSizeGreaterThanOrEqualTo(20);
            cluster.startInstance();
            cluster.produce(all);
            DedupeCluster.Outputs out = cluster.readOutputs(all.size(), Duration.ofSeconds(90));

            assertEachStoryPublishedOnce(storyOf, out, all.size());
        }
    }

    @Test
    void shouldJoinCopiesToTheStoryFirstSeenOnAnotherPartition() {
        Map<String, Set<String>> storyOf = stories();
        Set<String> wires = storyOf.keySet().stream().filter(name -> name.endsWith("-wire"))
                .collect(Collectors.toSet());
        Set<String> copies = new HashSet<>();
        wires.forEach(wire -> copies.addAll(storyOf.get(wire)));
        copies.removeAll(wires);
        try (DedupeCluster cluster = new DedupeCluster(PARTITIONS, HORIZON, Map.of())) {
            cluster.startInstance();
            cluster.produce(articles(wires));
            assertThat(cluster.readOutputs(wires.size(), Duration.ofSeconds(60)).unique()).hasSize(wires.size());
            List<RawArticle> later = articles(copies);
            Collections.shuffle(later, new Random(7));
            cluster.produce(later);
            DedupeCluster.Outputs out = cluster.readOutputs(wires.size() + copies.size(), Duration.ofSeconds(60));

            assertThat(out.unique()).extracting(u -> u.getArticle().getId()).containsExactlyInAnyOrderElementsOf(wires);
            assertThat(out.duplicates()).hasSize(copies.size());
            for (DuplicateVerdict verdict : out.duplicates()) {
                String wire = wires.stream().filter(w -> storyOf.get(w).contains(verdict.getArticleId()))
                        .findFirst().orElseThrow();
                assertThat(verdict.getStoryId()).as(verdict.getArticleId()).isEqualTo(wire);
            }
            assertThat(copies.stream().filter(c -> cluster.partitionOf(c, PARTITIONS)
                    != cluster.partitionOf(wires.stream().filter(w -> storyOf.get(w).contains(c)).findFirst()
                    .orElseThrow(), PARTITIONS))).as("copies read from another partition than their story")
                    .hasSizeGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void shouldStillRecogniseStoriesAfterTheApplicationRestartsOnItsChangelogs() {
        Map<String, Set<String>> storyOf = stories();
        Set<String> wires = storyOf.keySet().stream().filter(name -> name.endsWith("-wire"))
                .collect(Collectors.toSet());
        try (DedupeCluster cluster = new DedupeCluster(PARTITIONS, HORIZON, Map.of())) {
            cluster.startInstance("restarting");
            cluster.produce(articles(wires));
            assertThat(cluster.readOutputs(wires.size(), Duration.ofSeconds(60)).unique()).hasSize(wires.size());
            cluster.stopInstances();
            // A new instance with an empty state directory: stores and LSH buckets come back from the changelogs.
            cluster.startInstance("restarting");
            Set<String> headlines = storyOf.keySet().stream().filter(name -> name.endsWith("-headline"))
                    .collect(Collectors.toSet());
            cluster.produce(articles(headlines));
            DedupeCluster.Outputs out = cluster.readOutputs(wires.size() + headlines.size(), Duration.ofSeconds(90));
            assertThat(out.unique()).hasSize(wires.size());
            assertThat(out.duplicates()).extracting(DuplicateVerdict::getArticleId)
                    .containsExactlyInAnyOrderElementsOf(headlines);
            assertThat(out.duplicates()).allSatisfy(verdict -> assertThat(verdict.getStoryId())
                    .isEqualTo(verdict.getArticleId().replace("-headline", "-wire")));
        }
    }

    /**
     * What must hold whatever the interleaving: every article comes out once; no two published articles are copies
     * of one another (a shared band and a verified similarity); every copy names a published story of its own
     * labelled story, and the copies of each story are numbered 1, 2, 3... Similarity is not transitive (a copy
     * trimmed to three paragraphs and a copy rewritten in its first and third are both copies of the wire, not of
     * each other), so when both are checked before the wire, each may start a story: that is allowed, and counted.
     */
    private void assertEachStoryPublishedOnce(Map<String, Set<String>> storyOf, DedupeCluster.Outputs out,
            int articles) {
        assertThat(out.unique().size() + out.duplicates().size()).as("every article out exactly once")
                .isEqualTo(articles);
        Set<String> published = new HashSet<>();
        for (UniqueArticle unique : out.unique()) {
            assertThat(unique.getStoryId()).isEqualTo(unique.getArticle().getId());
            assertThat(published.add(unique.getArticle().getId())).isTrue();
        }
        ArticleSigner signer = new ArticleSigner(SignatureScheme.DEFAULT);
        CopyVerifier verifier = new CopyVerifier(new DuplicateRule(DuplicateRule.DEFAULT_THRESHOLD));
        Map<String, ArticleSignature> signatures = new HashMap<>();
        published.forEach(name -> {
            LabelledPairs.Article a = pairs.articles().get(name);
            signatures.put(name, signer.sign(a.text(), ContentHashes.of(a.text())));
        });
        for (String one : published) {
            for (String other : published) {
                if (one.compareTo(other) < 0) {
                    ArticleSignature a = signatures.get(one);
                    ArticleSignature b = signatures.get(other);
                    assertThat(CopyVerifier.shareBand(a.bandKeys(), b.bandKeys()) && verifier.check(a, b).copy())
                            .as("published articles " + one + " and " + other + " are copies").isFalse();
                }
            }
        }
        Map<String, List<Integer>> numbers = new HashMap<>();
        for (DuplicateVerdict verdict : out.duplicates()) {
            assertThat(published).as("story of " + verdict.getArticleId()).contains(verdict.getStoryId());
            assertThat(storyOf.get(verdict.getArticleId())).as("labelled story of " + verdict.getArticleId())
                    .contains(verdict.getStoryId(), verdict.getOriginalId());
            numbers.computeIfAbsent(verdict.getStoryId(), id -> new ArrayList<>()).add(verdict.getCopyNumber());
        }
        numbers.forEach((story, copyNumbers) -> {
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= copyNumbers.size(); i++) {
                expected.add(i);
            }
            assertThat(copyNumbers.stream().sorted().toList()).as("copy numbers of " + story).isEqualTo(expected);
        });
        long split = new HashSet<>(storyOf.values()).stream()
                .filter(story -> story.stream().filter(published::contains).count() > 1).count();
        System.out.printf("dedupe burst: %d articles, %d published, %d copies, %d labelled stories split by "
                + "non-transitive similarity%n", articles, published.size(), out.duplicates().size(), split);
    }
}
