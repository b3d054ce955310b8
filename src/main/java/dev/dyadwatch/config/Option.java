package dev.dyadwatch.config;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every dyadwatch option an operator can set, with its key, default and meaning.
 *
 * <p>The key is used as is in a properties file ({@code topic.prefix=prod.}); in the environment it is
 * upper-cased with dots turned into underscores behind {@code DYADWATCH_} ({@code DYADWATCH_TOPIC_PREFIX});
 * on the command line it is a flag ({@code --topic-prefix}).
 */
public enum Option {
    BOOTSTRAP_SERVERS("bootstrap.servers", "localhost:9092", "Kafka bootstrap servers, host:port[,host:port]."),
    SCHEMA_REGISTRY_URL("schema.registry.url", "http://localhost:8081",
            "Schema registry URL(s), comma-separated for failover."),
    SCHEMA_AUTO_REGISTER("schema.auto.register", "true",
            "Register the value schemas on first use; turn off where schemas are managed centrally."),
    TOPIC_PREFIX("topic.prefix", "", "Prefix put before every dyadwatch topic name (not before _schemas)."),
    TOPIC_PARTITIONS("topic.partitions", "3", "Partitions of each topic created by 'topics create'."),
    TOPIC_REPLICATION_FACTOR("topic.replication.factor", "1",
            "Replication factor of each topic created by 'topics create'; use 3 on a production cluster."),
    TOPIC_RETENTION_MS("topic.retention.ms", "2592000000",
            "Retention of the non-compacted topics (default 30 days)."),
    REGISTRY_TOPIC("registry.topic", "_schemas", "Compacted topic where the embedded registry keeps schemas."),
    REGISTRY_SERVER_USER_INFO("registry.server.user.info", "",
            "user:password the embedded registry requires of its clients (HTTP basic auth); empty for none."),
    APPLICATION_ID("application.id", "dyadwatch",
            "Kafka Streams application id (consumer group, state, internal topics)."),
    STATE_DIR("state.dir", System.getProperty("java.io.tmpdir") + "/dyadwatch-state",
            "Directory for Kafka Streams state stores."),
    PROCESSING_GUARANTEE("processing.guarantee", "exactly_once_v2",
            "exactly_once_v2 (default) or at_least_once."),
    COMMIT_INTERVAL_MS("commit.interval.ms", "50",
            "Streams commit interval: every exactly-once hop waits for the commit of the one before, and results are "
                    + "published at commit. With 50 ms an alert leaves about 0.6 s after its article is produced "
                    + "on two cores (median); 100 ms gains about a tenth in throughput and costs about 0.4 s "
                    + "(README, bench)."),
    STREAM_THREADS("num.stream.threads", "2", "Stream threads per application instance."),
    PIPELINE_FUSED("pipeline.fused", "true",
            "true: each article is deduplicated, coded and fanned out to the dyad partitions in one task, and "
                    + "articles-unique and articles-enriched are written for other consumers only; false: enrich "
                    + "reads articles-unique and the dyad stage reads articles-enriched (so another service may "
                    + "write them), at the cost of two more exactly-once hops per article."),
    DEDUPE_HORIZON_MS("dedupe.horizon.ms", "604800000",
            "How long (event time) an article is remembered for duplicate detection (default 7 days)."),
    DEDUPE_CONTAINMENT_THRESHOLD("dedupe.containment.threshold", "0.70",
            "Share of the shorter article's word 4-grams that must appear in the longer for a near-duplicate, "
                    + "0 to 1 (default chosen on the labelled pairs; lower finds more copies, and more false ones)."),
    THREAD_FAILURES_MAX("thread.failures.max", "5",
            "Stream thread failures tolerated within thread.failures.window.ms before the application stops."),
    THREAD_FAILURES_WINDOW_MS("thread.failures.window.ms", "600000",
            "Period over which stream thread failures are counted."),
    DYADS_GRACE_MS("dyads.grace.ms", "172800000",
            "How late (event time, behind the time every upstream partition has reached) an article or contact "
                    + "report may arrive and still count (default 2 days); later contact reports go to articles-dlq."),
    DYADS_MERGE_WINDOW_MS("dyads.merge.window.ms", "86400000",
            "An undated report merges into a compatible event of the previous day when no more than this apart."),
    DYADS_COUNT_PLANNED("dyads.count.planned", "false",
            "Count announced or planned contacts as intent events (CAMEO 036) at their publication time; off by "
                    + "default, since the contact announced is counted when it happens and one visit is announced "
                    + "many times."),
    DYADS_COUNT_MULTILATERAL("dyads.count.multilateral", "false",
            "Count the pairwise contacts of multilateral meetings (summits) as bilateral events."),
    DYADS_MAX_FUTURE_MS("dyads.max.future.ms", "86400000",
            "Inputs published further than this ahead of the wall clock are rejected to articles-dlq."),
    DYADS_RECHECK_INTERVAL_MS("dyads.recheck.interval.ms", "1000",
            "Wall-clock interval at which dyads touched by late news-volume counts are re-evaluated."),
    DYADS_IDLE_MS("dyads.idle.ms", "2000",
            "Wall-clock time without new articles after which upstream partitions that have not caught up count as "
                    + "caught up, so that the last contacts are evaluated."),
    DYADS_TICKS_FLUSH_MS("dyads.ticks.flush.ms", "50",
            "Wall-clock interval at which the ticks of articles that name nothing of a dyad partition are written "
                    + "to it in batches; shorter lowers alert latency, longer writes fewer records."),
    DYADS_TICKS_BATCH_MAX("dyads.ticks.batch.max", "128",
            "The most article ticks one batch for a dyad partition holds before it is written."),
    ALERTS_WINDOW_DAYS("alerts.window.days", "14,28",
            "Lengths of the recent windows the rate model tests, in UTC days, comma-separated: a fortnight for "
                    + "bursts, four weeks for slow rises (a call every few weeks where there were none)."),
    ALERTS_BASELINE_DAYS("alerts.baseline.days", "180",
            "Length of the baseline before the recent window, in UTC days."),
    ALERTS_PRIOR_EVENTS_PER_DAY("alerts.prior.events.per.day", "0.2",
            "Prior mean contact rate of a dyad, in distinct events per day of average news volume."),
    ALERTS_PRIOR_WEIGHT_DAYS("alerts.prior.weight.days", "7",
            "Weight of the prior, in days of observation; it matters only for dyads with little history."),
    ALERTS_DISPERSION("alerts.dispersion", "20",
            "Largest shape of the negative binomial predictive: how much a busy dyad's weekly count varies beyond "
                    + "Poisson noise (smaller: more variation, fewer alerts on busy dyads)."),
    ALERTS_MIN_EVENTS("alerts.min.events", "3", "Fewest distinct events in the recent window that open an alert."),
    ALERTS_MIN_DAYS("alerts.min.days", "2",
            "Fewest days of the recent window with contact that open an alert: one visit with its talks and signing "
                    + "is one occasion, not a rise."),
    ALERTS_MIN_RATE_RATIO("alerts.min.rate.ratio", "2.0",
            "Smallest ratio of observed to expected events that opens an alert."),
    ALERTS_MIN_SCORE("alerts.min.score", "3.0",
            "Smallest score, minus log10 of the tail probability under the baseline, that opens an alert on the "
                    + "longest window; a shorter window needs log10(longest/length) more."),
    ALERTS_SURGE_FACTOR("alerts.surge.factor", "2.0",
            "A day whose news volume runs above this multiple of the baseline's average day is a surge day: a rise "
                    + "must also be significant on the window's other days, so one surging day never makes it."),
    ALERTS_MIN_HISTORY_DAYS("alerts.min.history.days", "56",
            "Days of observed news volume before the recent window needed before any alert opens."),
    ALERTS_ESCALATE_FACTOR("alerts.escalate.factor", "1.5",
            "An open alert escalates when its observed events reach this multiple of the count at the last step."),
    ALERTS_RESOLVE_SCORE("alerts.resolve.score", "1.3",
            "Below this score the rise no longer holds; an alert resolves when it has not held for a while."),
    ALERTS_RESOLVE_AFTER_MS("alerts.resolve.after.ms", "259200000",
            "How long (event time) a rise must not hold before its alert resolves (default 3 days)."),
    ALERTS_EVIDENCE_MAX("alerts.evidence.max", "10", "Most merged events carried as evidence by one alert."),
    ENRICH_DICTIONARY_DIR("enrich.dictionary.dir", "",
            "Folder with an actor dictionary of your own (countries.tsv, people.tsv, organisations.tsv, "
                    + "dictionary.properties; see the bundled dictionary's README); empty for the bundled one only."),
    ENRICH_DICTIONARY_MODE("enrich.dictionary.mode", "extend",
            "extend: the folder's rows are added to the bundled dictionary (its countries replace bundled ones "
                    + "with the same code); replace: the folder is the whole dictionary.");

    private static final Map<String, Option> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Option::key, Function.identity()));

    private final String key;
    private final String defaultValue;
    private final String description;

    Option(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** True for options holding credentials, which are never printed. */
    public boolean isSecret() {
        return key.contains("user.info") || key.contains("password");
    }

    /** The environment variable that sets this option, e.g. {@code DYADWATCH_TOPIC_PREFIX}. */
    public String environmentVariable() {
        return "DYADWATCH_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    public static Optional<Option> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
