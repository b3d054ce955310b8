package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.DyadWindowCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * News written for tests of the dyad stage: articles spread over each day (news volume) and contact events of
 * chosen dyads, each reported by a few outlets within hours, all from a fixed seed.
 */
public final class SyntheticNews {

    /** Day 0 of every scenario. */
    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    /** Wall-clock time of every test run: after all scenario dates. */
    public static final long NOW = Instant.parse("2030-01-01T00:00:00Z").toEpochMilli();
    /** Long enough for an engine to count silent upstream partitions as caught up. */
    public static final long IDLE = 60_000;

    private static final ContactType[] TYPES = {ContactType.TELEPHONE, ContactType.VISIT, ContactType.NEGOTIATE,
        ContactType.THIRD_PARTY_MEETING};
    private static final String[] CAMEO = {"041", "042", "046", "044"};

    /**
     * One input of the dyad stage. {@code article} numbers the article it comes from: a contact report and the
     * article it was coded from share it, and it picks the upstream partition both arrive from.
     */
    public sealed interface Input permits Article, Contact {
        long time();

        long article();

        /** The upstream partition of the article, among {@code partitions}. */
        default int source(int partitions) {
            return SyntheticNews.source(article(), partitions);
        }
    }

    /** An article published at {@code time} (one unit of news volume). */
    public record Article(long time, long article) implements Input {
    }

    /** A contact report. */
    public record Contact(ContactEvent event, long article) implements Input {
        @Override
        public long time() {
            return event.getPublishedAt().toEpochMilli();
        }
    }

    private final Random random;
    private final List<Input> inputs = new ArrayList<>();
    private int ids;
    private long articles;

    public SyntheticNews(long seed) {
        this.random = new Random(seed);
    }

    /** The people of a dyad: a head of government of each country. */
    public static Actor[] leaders(String dyad) {
        return new Actor[] {leader(Dyads.first(dyad)), leader(Dyads.second(dyad))};
    }

    private static Actor leader(String country) {
        return official(country, 0);
    }

    /** Official number {@code n} (0 to 3) of a country: its head of government, ministers, an envoy. */
    private static Actor official(String country, int n) {
        ActorRole[] roles = {ActorRole.HEAD_OF_GOVERNMENT, ActorRole.FOREIGN_MINISTER, ActorRole.DEFENCE_MINISTER,
            ActorRole.OTHER_OFFICIAL};
        return Actor.newBuilder().setId(country + ".official-" + n).setName("Official " + n + " of " + country)
                .setCountry(country).setRole(roles[n]).build();
    }

    /** {@code perDay} articles a day, evenly spread, over days {@code [from, to)}. */
    public SyntheticNews volume(int from, int to, int perDay) {
        for (int day = from; day < to; day++) {
            for (int i = 0; i < perDay; i++) {
                inputs.add(new Article(millis(day) + i * (Duration.ofDays(1).toMillis() / perDay), articles++));
            }
        }
        return this;
    }

    /**
     * One contact of {@code dyad} on {@code day} at a random time, reported {@code reports} times by distinct
     * outlets (cycling through {@code outlets} names) within six hours.
     */
    public SyntheticNews event(String dyad, int day, int kind, int reports, int outlets) {
        return event(dyad, day, kind, reports, outlets, leaders(dyad));
    }

    private SyntheticNews event(String dyad, int day, int kind, int reports, int outlets, Actor[] people) {
        long at = millis(day) + (long) (random.nextDouble() * Duration.ofDays(1).toMillis());
        for (int r = 0; r < reports; r++) {
            long published = at + (long) (random.nextDouble() * Duration.ofHours(6).toMillis());
            String id = String.format("%s-%06d", dyad, ids++);
            String source = "outlet" + (r % outlets);
            ContactEvent event = Contacts.call(id, source, Instant.ofEpochMilli(published))
                    .setDyad(dyad).setActorA(people[0]).setActorB(people[1])
                    .setType(TYPES[kind % TYPES.length]).setCameo(CAMEO[kind % TYPES.length])
                    .setArticleTitle(dyad + " contact " + id).build();
            long article = articles++;
            inputs.add(new Contact(event, article));
            inputs.add(new Article(published, article));
        }
        return this;
    }

    /**
     * Contacts of {@code dyad} at {@code perDay} a day on average (Poisson) over days {@code [from, to)}, between
     * officials drawn from four of each side.
     */
    public SyntheticNews background(String dyad, double perDay, int from, int to) {
        for (int day = from; day < to; day++) {
            int events = poisson(perDay);
            for (int e = 0; e < events; e++) {
                Actor[] people = {official(Dyads.first(dyad), random.nextInt(4)),
                    official(Dyads.second(dyad), random.nextInt(4))};
                event(dyad, day, random.nextInt(TYPES.length), 1 + random.nextInt(3), 6, people);
            }
        }
        return this;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    /** The upstream partition, among {@code partitions}, that article number {@code article} is read from. */
    public static int source(long article, int partitions) {
        return (int) Math.floorMod(article * 2_654_435_761L, (long) partitions);
    }

    public static long millis(int day) {
        return START.plus(Duration.ofDays(day)).toEpochMilli();
    }

    /** The inputs in publication order. */
    public List<Input> inOrder() {
        List<Input> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparingLong(Input::time));
        return sorted;
    }

    /** The inputs in an order shuffled within {@code spread}: no input arrives more than that late. */
    public List<Input> shuffledWithin(Duration spread, long seed) {
        Random shuffle = new Random(seed);
        List<long[]> keyed = new ArrayList<>();
        List<Input> sorted = inOrder();
        for (int i = 0; i < sorted.size(); i++) {
            keyed.add(new long[] {sorted.get(i).time() + (long) (shuffle.nextDouble() * spread.toMillis()), i});
        }
        keyed.sort(Comparator.<long[]>comparingLong(k -> k[0]).thenComparingLong(k -> k[1]));
        return keyed.stream().map(k -> sorted.get((int) k[1])).toList();
    }

    /**
     * The inputs as a fast replay over {@code partitions} upstream partitions delivers them: each partition in
     * publication order, but {@code lagging} running {@code lag} of event time behind the others.
     */
    public List<Input> skewed(int partitions, int lagging, Duration lag) {
        List<Input> sorted = inOrder();
        List<long[]> keyed = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Input input = sorted.get(i);
            long delay = input.source(partitions) == lagging ? lag.toMillis() : 0;
            keyed.add(new long[] {input.time() + delay, i});
        }
        keyed.sort(Comparator.<long[]>comparingLong(k -> k[0]).thenComparingLong(k -> k[1]));
        return keyed.stream().map(k -> sorted.get((int) k[1])).toList();
    }

    /**
     * What the dyad stage published for some inputs.
     *
     * @param alerts every alert record, in order
     * @param counts every window count, in order
     * @param rejected reasons of the dead-lettered inputs
     */
    public record Run(List<DyadAlert> alerts, List<DyadWindowCount> counts, List<String> rejected) {

        /** The latest alert per dyad: what the compacted alerts topic converges to. */
        public Map<String, DyadAlert> latestAlerts() {
            Map<String, DyadAlert> latest = new java.util.TreeMap<>();
            alerts.forEach(a -> latest.put(a.getDyad(), a));
            return latest;
        }

        /** The latest count per dyad, window kind and start. */
        public Map<String, DyadWindowCount> latestCounts() {
            Map<String, DyadWindowCount> latest = new java.util.TreeMap<>();
            counts.forEach(c -> latest.put(c.getDyad() + " " + c.getWindow() + " " + c.getWindowStart(), c));
            return latest;
        }

        /** Alerts of one dyad, in order. */
        public List<DyadAlert> alertsOf(String dyad) {
            return alerts.stream().filter(a -> a.getDyad().equals(dyad)).toList();
        }
    }

    /**
     * Settings for tests of the mechanics rather than the thresholds: one weekly window, a prior of one event in
     * twenty days worth one day, two weeks of history, so that three contacts on three days of a month-old
     * quiet dyad open an alert.
     */
    public static final AlertSettings SENSITIVE = new AlertSettings(List.of(7), 180, 0.05, 1, 10, 3, 2, 2.0, 3.0, 14,
            1.5, 1.3, Duration.ofDays(3), 10, 2.0);

    /** A single engine (one partition everywhere) over {@code store}. */
    public static DyadEngine engine(DyadStore store, AlertSettings alerts) {
        return new DyadEngine(DyadSettings.defaults(), alerts, store, 1);
    }

    /** Feeds {@code inputs} to one engine, then rechecks as the wall-clock punctuation would. */
    public static Run run(DyadEngine engine, List<Input> inputs) {
        return runPartitioned(List.of(engine), inputs);
    }

    /**
     * An article as enrich publishes it: its publication time and its contact reports.
     *
     * @param time publication time
     * @param article the article's number
     * @param contacts its contact reports
     */
    public record Published(long time, long article, List<ContactEvent> contacts) {

        /** The dyads its contacts are of, which it names. */
        public List<String> dyads() {
            return contacts.stream().map(ContactEvent::getDyad).distinct().sorted().toList();
        }
    }

    /**
     * The articles of {@code inputs}, in the order of their articles' inputs, each carrying the contact reports
     * coded from it.
     */
    public static List<Published> published(List<Input> inputs) {
        Map<Long, List<ContactEvent>> contacts = new java.util.HashMap<>();
        for (Input input : inputs) {
            if (input instanceof Contact contact) {
                contacts.computeIfAbsent(contact.article(), a -> new ArrayList<>()).add(contact.event());
            }
        }
        List<Published> articles = new ArrayList<>();
        for (Input input : inputs) {
            if (input instanceof Article article) {
                articles.add(new Published(article.time(), article.article(),
                        List.copyOf(contacts.getOrDefault(article.article(), List.of()))));
            }
        }
        return articles;
    }

    /**
     * Feeds {@code inputs} to engines standing for the tasks of topics with as many partitions, as the topology
     * does: each article's contacts to the engine of their dyad, then the article to every engine, with a
     * co-mention of each of its dyads to the engine owning it.
     */
    public static Run runPartitioned(List<DyadEngine> engines, List<Input> inputs) {
        return runArticles(engines, published(inputs));
    }

    /** Feeds articles to engines as {@link #runPartitioned} does. */
    public static Run runArticles(List<DyadEngine> engines, List<Published> articles) {
        List<DyadOutput> out = new ArrayList<>();
        for (Published article : articles) {
            out.addAll(deliver(engines, article, source(article.article(), engines.size())));
        }
        return collect(engines, out);
    }

    private static List<DyadOutput> deliver(List<DyadEngine> engines, Published article, int source) {
        List<DyadOutput> out = new ArrayList<>();
        int partitions = engines.size();
        for (ContactEvent contact : article.contacts()) {
            out.addAll(engines.get(Dyads.partition(contact.getDyad(), partitions))
                    .onContact(contact.getDyad(), contact, NOW));
        }
        for (int p = 0; p < partitions; p++) {
            out.addAll(engines.get(p).onArticle(article.time(), source, NOW));
            for (String dyad : article.dyads()) {
                if (Dyads.partition(dyad, partitions) == p) {
                    out.addAll(engines.get(p).onCoMention(dyad, article.time(), NOW));
                }
            }
        }
        return out;
    }

    private static Run collect(List<DyadEngine> engines, List<DyadOutput> out) {
        engines.forEach(engine -> out.addAll(engine.punctuate(NOW + IDLE)));
        List<DyadAlert> alerts = new ArrayList<>();
        List<DyadWindowCount> counts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (DyadOutput output : out) {
            if (output instanceof DyadOutput.Alert alert) {
                alerts.add(alert.alert());
            } else if (output instanceof DyadOutput.Count count) {
                counts.add(count.count());
            } else if (output instanceof DyadOutput.Rejected reject) {
                rejected.add(reject.reason());
            }
        }
        return new Run(alerts, counts, rejected);
    }

    /** Alerts grouped by alert id, last record each. */
    public static Map<String, DyadAlert> episodes(List<DyadAlert> alerts) {
        Map<String, DyadAlert> episodes = new LinkedHashMap<>();
        alerts.forEach(a -> episodes.put(a.getAlertId(), a));
        return episodes;
    }
}
