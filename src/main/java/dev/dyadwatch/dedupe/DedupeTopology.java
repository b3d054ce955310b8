package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.dedupe.DedupeMessage.Claim;
import dev.dyadwatch.dedupe.DedupeMessage.Count;
import dev.dyadwatch.dedupe.DedupeMessage.Deferral;
import dev.dyadwatch.dedupe.DedupeMessage.Duplicate;
import dev.dyadwatch.dedupe.DedupeMessage.Probe;
import dev.dyadwatch.dedupe.DedupeMessage.Rejected;
import dev.dyadwatch.dedupe.DedupeMessage.Unique;
import dev.dyadwatch.dedupe.similarity.CopyVerifier;
import dev.dyadwatch.topics.Topics;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Dedupe: {@code articles-raw} to {@code articles-unique} (each story once, with its story id) and
 * {@code articles-duplicates} (each copy, with the story it copies, the similarity and its number in the story).
 *
 * <h2>How</h2>
 * Each article is handled at its <em>home</em>, the {@code articles-raw} partition it was read from, where its state
 * lives. The home recognises the same id again, signs the text (one-permutation MinHash over word 4-grams) and sends
 * the 16 LSH band keys to their <em>band partitions</em> ({@code dedupe-probes}, one message per partition). Each
 * band partition lists the articles already in those buckets and adds this one, and answers the home
 * ({@code dedupe-answers}). The home claims its best candidates ({@code dedupe-claims}); each candidate's home
 * verifies the pair on their sketches and answers with its story ({@code dedupe-replies}). The home then publishes
 * the article as the first of a new story, or counts it as a copy at its story's home ({@code dedupe-counts}), which
 * publishes the verdict. No stage funnels through one partition: band keys spread over all band partitions, and
 * every article's decision is taken at its own home.
 *
 * <h2>Time</h2>
 * Dedupe time is the {@code articles-raw} record timestamp, when ingest published the article. Two articles are
 * compared when both their dedupe times and their publication times lie within the horizon of each other (a text
 * republished a year later is not a copy). State is dropped once stream time has moved a horizon past it; an article
 * older than that (a record replayed from far back) is passed on unchecked.
 *
 * <h2>Order</h2>
 * Copies and originals reach their homes in any order, on any partitions. The rules (see {@link ClaimJudge}):
 * <ul>
 * <li>An article similar to an already <em>decided</em> story joins it, whatever their publication times: a late
 * original (published first, processed after a copy was published) is recorded as a copy of the article that
 * represents the story. The representative is never changed after the fact, because it has been published.</li>
 * <li>When two similar articles are checked at the same time, the one that reached its home first (its arrival
 * stamp: wall-clock microseconds, strictly increasing per partition, ties broken by handle) represents the story;
 * the other waits for it, or, if it was found by the first instead of finding it, defers to it
 * ({@code dedupe-deferrals}, {@code dedupe-deferral-replies}).</li>
 * <li>Every wait points at an earlier arrival, so waits never deadlock; every article comes out exactly once, and of
 * two similar articles of which one found the other, at most one is published. Similarity is not transitive: two
 * copies that each resemble the wire story but not each other can both be published when both are checked before
 * it; and two copies that share no band (an LSH miss) are both published.</li>
 * </ul>
 *
 * <h2>Order of output</h2>
 * Each partition of {@code articles-unique} carries the articles of one home in the order that home read them from
 * {@code articles-raw} (an article goes to the partition of its id on both topics, which have as many partitions),
 * so a consumer may take the latest time it has seen on a partition as the time up to which that partition is
 * complete. Checks take different times (one to three round trips through internal topics, longer when a claim
 * waits for an undecided candidate), so a home publishes an article only once every article that reached it before
 * is decided: its {@link ReleaseQueue} ({@code dedupe-release-queue}) holds each checked article by arrival stamp
 * from intake to decision, and every decision, at intake or in a gatherer, releases the decided articles at the
 * head. An article passed on at intake (unchecked) goes out at once when nothing is held, else joins the queue
 * decided. A later article waits at most for the checks before it: a fraction of a second, or, if a band or
 * candidate partition never answers, the stall timeout after which every check is settled. Copies leave the queue
 * unpublished; the order of {@code articles-duplicates} and {@code articles-dlq} is not kept.
 *
 * <h2>State</h2>
 * {@link DedupeStores}: per article about 210 bytes at its home ({@code dedupe-articles}) and one entry per probe at
 * the band partitions ({@code dedupe-bands}, its 16 band keys), in RocksDB window stores with changelogs whose
 * segments are dropped past the horizon; the band partitions look buckets up in {@link BandBuckets}, a compact
 * in-memory index over their entries rebuilt when a task starts. Measured: under 500 bytes per article on disk and
 * under 400 in memory. The checks under way and the release queue live in memory (with changelogs, restored with
 * the other home stores) and hold only the articles in flight and those queued behind them. Internal topics have
 * {@code topic.partitions} partitions, which {@code articles-raw} must not exceed.
 */
public final class DedupeTopology {

    /** Internal topics (repartition topics, named after their content). */
    public static final String PROBES = "dedupe-probes";
    public static final String ANSWERS = "dedupe-answers";
    public static final String CLAIMS = "dedupe-claims";
    public static final String REPLIES = "dedupe-replies";
    public static final String DEFERRALS = "dedupe-deferrals";
    public static final String DEFERRAL_REPLIES = "dedupe-deferral-replies";
    public static final String COUNTS = "dedupe-counts";

    private final Topics topics;
    private final DedupeSettings settings;

    public DedupeTopology(Topics topics, DedupeSettings settings) {
        this.topics = topics;
        this.settings = settings;
    }

    /** Adds the dedupe sub-topologies to {@code builder}. */
    public void addTo(StreamsBuilder builder) {
        ArticleCodec codec = new ArticleCodec(topics.articlesRaw());
        CopyVerifier verifier = new CopyVerifier(settings.rule());
        builder.addStateStore(DedupeStores.articles(settings.horizon()));
        builder.addStateStore(DedupeStores.bands(settings.horizon()));
        builder.addStateStore(DedupeStores.pending());
        builder.addStateStore(DedupeStores.pendingArticles());
        builder.addStateStore(DedupeStores.releaseQueue());
        builder.addStateStore(DedupeStores.parked(DedupeStores.PARKED_CLAIMS));
        builder.addStateStore(DedupeStores.parked(DedupeStores.PARKED_DEFERRALS));

        KStream<String, RawArticle> raw = builder.stream(topics.articlesRaw().name(),
                topics.articlesRaw().consumed("dedupe-source"));
        String[] home = {DedupeStores.ARTICLES, DedupeStores.PENDING, DedupeStores.PENDING_ARTICLES,
            DedupeStores.RELEASE_QUEUE};
        Map<Kind, KStream<Long, DedupeMessage>> intake = split(raw.process(() -> new ArticleIntake(settings, codec),
                Named.as("dedupe-intake"), home), "dedupe-intake-",
                Kind.PROBES, Kind.COUNTS, Kind.UNIQUE, Kind.DUPLICATES, Kind.REJECTED);

        KStream<Long, DedupeMessage> answers = internal(intake.get(Kind.PROBES), PROBES)
                .process(() -> new BandIndex(settings.horizon()), Named.as("dedupe-band-lookup"), DedupeStores.BANDS);
        Map<Kind, KStream<Long, DedupeMessage>> gathered = split(internal(answers, ANSWERS)
                .process(() -> new AnswerGatherer(codec), Named.as("dedupe-gather-answers"), home),
                "dedupe-gathered-", Kind.CLAIMS, Kind.DEFERRALS, Kind.UNIQUE, Kind.DUPLICATES);

        KStream<Long, DedupeMessage> replies = internal(gathered.get(Kind.CLAIMS), CLAIMS)
                .process(() -> new ClaimDesk(verifier), Named.as("dedupe-judge-claims"), DedupeStores.ARTICLES,
                        DedupeStores.PARKED_CLAIMS);
        Map<Kind, KStream<Long, DedupeMessage>> decided = split(internal(replies, REPLIES)
                .process(() -> new ReplyGatherer(codec), Named.as("dedupe-gather-replies"), home),
                "dedupe-decided-", Kind.DEFERRALS, Kind.COUNTS, Kind.UNIQUE, Kind.DUPLICATES);

        KStream<Long, DedupeMessage> deferrals = gathered.get(Kind.DEFERRALS)
                .merge(decided.get(Kind.DEFERRALS), Named.as("dedupe-merge-deferrals"));
        KStream<Long, DedupeMessage> deferralReplies = internal(deferrals, DEFERRALS)
                .process(DeferralDesk::new, Named.as("dedupe-answer-deferrals"), DedupeStores.ARTICLES,
                        DedupeStores.PARKED_DEFERRALS);
        Map<Kind, KStream<Long, DedupeMessage>> deferred = split(internal(deferralReplies, DEFERRAL_REPLIES)
                .process(() -> new DeferralGatherer(codec), Named.as("dedupe-gather-deferrals"), home),
                "dedupe-deferred-", Kind.COUNTS, Kind.UNIQUE, Kind.DUPLICATES);

        KStream<Long, DedupeMessage> counts = merge("dedupe-merge-counts", List.of(intake.get(Kind.COUNTS),
                decided.get(Kind.COUNTS), deferred.get(Kind.COUNTS)));
        KStream<Long, DedupeMessage> verdicts = internal(counts, COUNTS)
                .process(StoryCounter::new, Named.as("dedupe-count-copies"), DedupeStores.ARTICLES);

        merge("dedupe-merge-unique", List.of(intake.get(Kind.UNIQUE), gathered.get(Kind.UNIQUE),
                decided.get(Kind.UNIQUE), deferred.get(Kind.UNIQUE)))
                .map((key, message) -> {
                    var unique = ((Unique) message).article();
                    return KeyValue.pair(unique.getArticle().getId(), unique);
                }, Named.as("dedupe-unique-by-id"))
                .to(topics.articlesUnique().name(), topics.articlesUnique().produced("dedupe-unique-sink"));
        merge("dedupe-merge-duplicates", List.of(intake.get(Kind.DUPLICATES), gathered.get(Kind.DUPLICATES),
                decided.get(Kind.DUPLICATES), deferred.get(Kind.DUPLICATES), verdicts))
                .map((key, message) -> {
                    var verdict = ((Duplicate) message).verdict();
                    return KeyValue.pair(verdict.getArticleId(), verdict);
                }, Named.as("dedupe-duplicate-by-id"))
                .to(topics.articlesDuplicates().name(),
                        topics.articlesDuplicates().produced("dedupe-duplicates-sink"));
        intake.get(Kind.REJECTED)
                .map((key, message) -> KeyValue.pair(((Rejected) message).key(), ((Rejected) message).letter()),
                        Named.as("dedupe-dead-letter"))
                .to(topics.articlesDlq().name(), topics.articlesDlq().produced("dedupe-dlq-sink"));
    }

    /** The kinds of message a processor's output is split into, by branch name. */
    private enum Kind {
        PROBES(Probe.class), CLAIMS(Claim.class), DEFERRALS(Deferral.class), COUNTS(Count.class),
        UNIQUE(Unique.class), DUPLICATES(Duplicate.class), REJECTED(Rejected.class);

        private final Class<? extends DedupeMessage> type;

        Kind(Class<? extends DedupeMessage> type) {
            this.type = type;
        }

        String branch() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Routes a processor's output by kind of message into the branches {@code prefix + kind}. A message of a kind
     * the processor is not meant to emit fails loudly (and is dead-lettered) rather than vanish.
     */
    private static Map<Kind, KStream<Long, DedupeMessage>> split(KStream<Long, DedupeMessage> output,
            String prefix, Kind... kinds) {
        var branches = output.split(Named.as(prefix));
        for (Kind kind : kinds) {
            branches = branches.branch((key, message) -> kind.type.isInstance(message), Branched.as(kind.branch()));
        }
        Map<String, KStream<Long, DedupeMessage>> byName = branches.defaultBranch(Branched.withConsumer(
                unexpected -> unexpected.process(UnexpectedMessage::new, Named.as(prefix + "unexpected"))));
        Map<Kind, KStream<Long, DedupeMessage>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : kinds) {
            byKind.put(kind, byName.get(prefix + kind.branch()));
        }
        return byKind;
    }

    private static KStream<Long, DedupeMessage> merge(String name, List<KStream<Long, DedupeMessage>> streams) {
        KStream<Long, DedupeMessage> merged = streams.get(0);
        for (int i = 1; i < streams.size(); i++) {
            merged = merged.merge(streams.get(i), Named.as(name + "-" + i));
        }
        return merged;
    }

    /** Through an internal topic to the partition each message names. */
    private KStream<Long, DedupeMessage> internal(KStream<Long, DedupeMessage> stream, String name) {
        Serde<DedupeMessage> messages = DedupeMessageSerde.serde();
        return stream.repartition(Repartitioned.<Long, DedupeMessage>as(name)
                .withKeySerde(Serdes.Long())
                .withValueSerde(messages)
                .withNumberOfPartitions(settings.partitions())
                .withStreamPartitioner(new DestinationPartitioner()));
    }
}
