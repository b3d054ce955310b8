package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.dedupe.DedupeMessage.Answer;
import dev.dyadwatch.dedupe.DedupeMessage.Arrival;
import dev.dyadwatch.dedupe.DedupeMessage.Claim;
import dev.dyadwatch.dedupe.DedupeMessage.Count;
import dev.dyadwatch.dedupe.DedupeMessage.Deferral;
import dev.dyadwatch.dedupe.DedupeMessage.DeferralReply;
import dev.dyadwatch.dedupe.DedupeMessage.Duplicate;
import dev.dyadwatch.dedupe.DedupeMessage.Probe;
import dev.dyadwatch.dedupe.DedupeMessage.Rejected;
import dev.dyadwatch.dedupe.DedupeMessage.Transfer;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
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
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Dedupe: {@code articles-raw} to {@code articles-unique} (each story once, with its story id) and
 * {@code articles-duplicates} (each copy, with the story it copies, the similarity and its number in the story).
 *
 * <h2>How</h2>
 * Each article is handled at its <em>home</em>, the task that reads the {@code articles-raw} partition it was read
 * from and the partition of the internal topic {@code dedupe-home} with the same number, where its state lives.
 * The article is checked where it is read; every other message about its check reaches the home through
 * {@code dedupe-home} (see {@link ArticleArrival}). The home recognises the same id again, signs the text
 * (one-permutation MinHash over word 4-grams) and sends the 16 LSH band keys to their <em>band partitions</em>
 * ({@code dedupe-probes}, one message per partition). Each band partition lists the articles already in those
 * buckets, adds this one, and answers the home. The home claims its best candidates (and, before it publishes the
 * article, every other candidate it kept); each candidate's home verifies the pair on their sketches and replies with
 * its story. The home then publishes the article as the first of a new story, or counts it as a copy at its story's
 * home, which publishes the verdict. No stage funnels through one
 * partition: band keys spread over all band partitions, and every article's decision is taken at its own home.
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
 * <li>When two similar articles are checked at the same time, the one published first (ties broken by the hash of
 * the id) represents the story, however far behind either partition is; the other waits for it, or, if it was
 * found by the first instead of finding it, defers to it (asks for its story once it is decided).</li>
 * <li>Every wait points at an article that takes precedence, so waits never deadlock; every article comes out
 * exactly once, and of two similar articles of which one found the other, at most one is published. Similarity is
 * not transitive: two copies that each resemble the wire story but not each other can both be published when both
 * are checked before it; and two copies that share no band (an LSH miss) are both published.</li>
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
 * in-memory index over their entries rebuilt when a task starts. Measured (docs/dedupe.md): about 505 bytes per
 * article on disk and 600 bytes of heap for the index. The checks under way and the release queue live in memory (with
 * changelogs, restored with the other home stores) and hold only the articles in flight and those queued behind
 * them. Internal topics have {@code topic.partitions} partitions.
 */
public final class DedupeTopology {

    /** Internal topics (repartition topics, named after their content). */
    public static final String HOME = "dedupe-home";
    public static final String PROBES = "dedupe-probes";

    private final Topics topics;
    private final DedupeSettings settings;

    public DedupeTopology(Topics topics, DedupeSettings settings) {
        this.topics = topics;
        this.settings = settings;
    }

    /**
     * Adds the dedupe sub-topologies to {@code builder}.
     *
     * @return the unique articles as they are written to {@code articles-unique}, keyed by article id, in each
     *     home's order of arrival: a later stage may continue from it in the home task instead of reading the
     *     topic back (one exactly-once hop less)
     */
    public KStream<String, UniqueArticle> addTo(StreamsBuilder builder) {
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
        Map<Kind, KStream<Long, DedupeMessage>> arrived = split(raw.process(() -> new ArticleArrival(settings, codec),
                Named.as("dedupe-arrival")), "dedupe-arrival-", Kind.ARRIVAL, Kind.TRANSFER, Kind.REJECTED);

        // Every other message about an article reaches its home through one topic, which the home task reads
        // beside the articles-raw partition of the same number: an article is checked where it is read.
        Map<Kind, KStream<Long, DedupeMessage>> atHome = split(internal(arrived.get(Kind.TRANSFER), HOME),
                "dedupe-home-", Kind.CHECKS, Kind.CLAIM, Kind.DEFERRAL, Kind.COUNT);
        KStream<Long, DedupeMessage> checks = arrived.get(Kind.ARRIVAL)
                .merge(atHome.get(Kind.CHECKS), Named.as("dedupe-merge-checks"));
        Map<Kind, KStream<Long, DedupeMessage>> checked = split(checks.process(
                () -> new HomeChecks(settings, codec), Named.as("dedupe-checks"), DedupeStores.ARTICLES,
                DedupeStores.PENDING, DedupeStores.PENDING_ARTICLES, DedupeStores.RELEASE_QUEUE), "dedupe-checked-",
                Kind.PROBES, Kind.TO_HOME, Kind.UNIQUE, Kind.DUPLICATES);
        KStream<Long, DedupeMessage> answers = internal(checked.get(Kind.PROBES), PROBES)
                .process(() -> new BandIndex(settings.horizon(), verifier), Named.as("dedupe-band-lookup"),
                        DedupeStores.BANDS);
        KStream<Long, DedupeMessage> replies = atHome.get(Kind.CLAIM).process(() -> new ClaimDesk(verifier),
                Named.as("dedupe-judge-claims"), DedupeStores.ARTICLES, DedupeStores.PARKED_CLAIMS);
        KStream<Long, DedupeMessage> deferralReplies = atHome.get(Kind.DEFERRAL).process(DeferralDesk::new,
                Named.as("dedupe-answer-deferrals"), DedupeStores.ARTICLES, DedupeStores.PARKED_DEFERRALS);
        KStream<Long, DedupeMessage> verdicts = atHome.get(Kind.COUNT)
                .process(StoryCounter::new, Named.as("dedupe-count-copies"), DedupeStores.ARTICLES);

        // The band partitions answer through a sink of their own: merging would fuse them into the home task.
        answers.to(settings.homeTopic(), toHome("dedupe-answers-to-home"));
        merge("dedupe-merge-to-home", List.of(checked.get(Kind.TO_HOME), replies, deferralReplies))
                .to(settings.homeTopic(), toHome("dedupe-to-home"));
        KStream<String, UniqueArticle> unique = checked.get(Kind.UNIQUE)
                .map((key, message) -> {
                    var article = ((Unique) message).article();
                    return KeyValue.pair(article.getArticle().getId(), article);
                }, Named.as("dedupe-unique-by-id"));
        unique.to(topics.articlesUnique().name(), topics.articlesUnique().produced("dedupe-unique-sink"));
        merge("dedupe-merge-duplicates", List.of(checked.get(Kind.DUPLICATES), verdicts))
                .map((key, message) -> {
                    var verdict = ((Duplicate) message).verdict();
                    return KeyValue.pair(verdict.getArticleId(), verdict);
                }, Named.as("dedupe-duplicate-by-id"))
                .to(topics.articlesDuplicates().name(),
                        topics.articlesDuplicates().produced("dedupe-duplicates-sink"));
        arrived.get(Kind.REJECTED)
                .map((key, message) -> KeyValue.pair(((Rejected) message).key(), ((Rejected) message).letter()),
                        Named.as("dedupe-dead-letter"))
                .to(topics.articlesDlq().name(), topics.articlesDlq().produced("dedupe-dlq-sink"));
        return unique;
    }

    /** The kinds of message a processor's output is split into, by branch name. */
    private enum Kind {
        ARRIVAL(Arrival.class), TRANSFER(Transfer.class), PROBES(Probe.class), CLAIM(Claim.class),
        DEFERRAL(Deferral.class), COUNT(Count.class),
        /** The steps of an article's own check: its arrival, answers, replies and its precedent's story. */
        CHECKS(Arrival.class, Answer.class, Reply.class, DeferralReply.class),
        /** Any message for an article's home other than the article itself. */
        TO_HOME(Claim.class, Reply.class, Deferral.class, DeferralReply.class, Count.class),
        UNIQUE(Unique.class), DUPLICATES(Duplicate.class), REJECTED(Rejected.class);

        private final List<Class<?>> types;

        Kind(Class<?>... types) {
            this.types = List.of(types);
        }

        boolean matches(DedupeMessage message) {
            return types.stream().anyMatch(type -> type.isInstance(message));
        }

        String branch() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
            branches = branches.branch((key, message) -> kind.matches(message), Branched.as(kind.branch()));
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

    /** Back into {@code dedupe-home}, which the home task reads, to the partition each message names. */
    private static Produced<Long, DedupeMessage> toHome(String name) {
        return Produced.<Long, DedupeMessage>as(name).withKeySerde(Serdes.Long())
                .withValueSerde(DedupeMessageSerde.serde()).withStreamPartitioner(new DestinationPartitioner());
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
