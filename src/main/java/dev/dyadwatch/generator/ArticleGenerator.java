package dev.dyadwatch.generator;

import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates a scenario's articles and ground truth, day by day, deterministically for a seed.
 *
 * <p>Each day's articles are drawn slot by slot: the first report of a new contact in one of the dyads (with the
 * day's chance for that dyad, so that a dyad's contacts, not only its reports, follow its rate), an article
 * built around a distractor, or filler news. A contact may get further independent reports, each by another
 * outlet in its own words, that day or the next; they take the place of filler news. A few reports are
 * syndicated to other outlets as copies. The scenario's change (a rise, a spike day, a syndicated story,
 * a single event) is applied on its day. Every random choice comes from a generator seeded by the run's seed,
 * the day and the slot, so the same settings always give the same bytes.
 */
public final class ArticleGenerator {

    /** Chance that a report is syndicated to other outlets in the background mix. */
    static final double COPY_SHARE = 0.04;
    /**
     * Chance that a contact gets one more independent report (each further report with the same chance, at most
     * four more): most contacts are reported once, some by two or three outlets in their own words.
     */
    static final double ANOTHER_REPORT = 0.3;
    /** Mean reports per contact that {@link #ANOTHER_REPORT} gives: rates in reports become rates in events. */
    static final double MEAN_REPORTS = (1 - Math.pow(ANOTHER_REPORT, 5)) / (1 - ANOTHER_REPORT);

    private static final ContactType[] TYPES = {
        ContactType.TELEPHONE, ContactType.VISIT, ContactType.THIRD_PARTY_MEETING, ContactType.NEGOTIATE,
        ContactType.CONSULT, ContactType.SIGN_AGREEMENT, ContactType.MILITARY_COOPERATION,
    };
    private static final int[] TYPE_WEIGHTS = {22, 20, 10, 14, 14, 12, 8};

    private static final int FILLER = -1;
    private static final int DISTRACTOR = -2;
    /** Kind of the slots that carry the scenario's own story (the syndicated one, the single event). */
    private static final int STORY = Integer.MAX_VALUE;
    /** Kind of a further report of a contact first reported in another slot. */
    private static final int DYAD_REPORT = Integer.MAX_VALUE - 1;

    private final Cast cast;
    private final Map<String, CountryStyle> countries = new LinkedHashMap<>();
    private final List<CountryStyle> countryList;
    private final List<Outlet> outlets;
    private final ArticleComposer composer;
    private final Syndicator syndicator;

    public ArticleGenerator(ActorDictionary dictionary) {
        this.cast = new Cast(dictionary);
        this.countryList = CountryStyle.loadDefault();
        countryList.forEach(country -> countries.put(country.iso3(), country));
        this.outlets = Outlet.loadDefault();
        Grammar grammar = Grammar.loadDefault();
        this.composer = new ArticleComposer(grammar, cast, Venue.loadDefault());
        this.syndicator = new Syndicator(grammar, composer, cast, countryList);
    }

    /** A generator over the bundled actor dictionary. */
    public static ArticleGenerator withDefaultDictionary() {
        return new ArticleGenerator(ActorDictionary.loadDefault());
    }

    /** Countries the generator can write about (ISO alpha-3 codes). */
    public List<String> countryCodes() {
        return List.copyOf(countries.keySet());
    }

    /** Writes the run's articles to {@code sink} in publication order and returns what was written. */
    public GenerationSummary generate(ScenarioSettings settings, GenerationSink sink) throws IOException {
        check(settings);
        ScenarioPlan plan = new ScenarioPlan(settings);
        sink.begin(settings, plan.rises());
        Run run = new Run(plan, sink);
        for (int day = 0; day < settings.days(); day++) {
            run.day(day);
        }
        GenerationSummary summary = run.summary();
        sink.end(summary);
        return summary;
    }

    private void check(ScenarioSettings settings) {
        List<String> dyads = new ArrayList<>();
        settings.dyads().forEach(rate -> dyads.add(rate.dyad()));
        if (settings.focusDyad() != null) {
            dyads.add(settings.focusDyad());
        }
        for (String dyad : dyads) {
            for (String code : dyad.split("-")) {
                if (!countries.containsKey(code)) {
                    throw new IllegalArgumentException("dyad " + dyad + ": the generator cannot write about " + code
                            + "; it knows " + String.join(" ", countries.keySet()));
                }
            }
        }
        if (settings.scenario() == Scenario.SYNDICATION && settings.syndicatedOutlets() > outlets.size()) {
            throw new IllegalArgumentException("--outlets " + settings.syndicatedOutlets() + " is more than the "
                    + outlets.size() + " outlets the generator knows");
        }
    }

    /** Seed of slot {@code slot} of day {@code day}: independent streams, stable across runs. */
    static long seedOf(long seed, int day, int slot) {
        return mix(mix(seed) + 0x9E3779B97F4A7C15L * (day + 1) + 0xC2B2AE3D27D4EB4FL * (slot + 2L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One slot of a day: what kind of article it holds and, once written, the article. */
    private static final class Slot {
        final int index;
        int kind;
        Event event;
        Slot copyOf;
        Outlet outlet;
        Draft draft;
        int minute;
        String url;

        Slot(int index, int kind) {
            this.index = index;
            this.kind = kind;
        }
    }

    /** The state of one run: events still being reported, counters, the per-day tables of the summary. */
    private final class Run {
        private final ScenarioPlan plan;
        private final ScenarioSettings settings;
        private final GenerationSink sink;
        private List<Event> pending = new ArrayList<>();
        private final BitSet counted = new BitSet();
        private final Map<LocalDate, Integer> dailyVolume = new TreeMap<>();
        private final Map<String, Map<LocalDate, Integer>> dailyEvents = new TreeMap<>();
        private final double[] dyadWeights;
        private int eventCounter;
        private long serial;
        private long reports;
        private long copies;

        Run(ScenarioPlan plan, GenerationSink sink) {
            this.plan = plan;
            this.settings = plan.settings();
            this.sink = sink;
            dyadWeights = new double[plan.dyads().size()];
            for (int i = 0; i < dyadWeights.length; i++) {
                dyadWeights[i] = plan.dyads().get(i).perThousand() + 1e-9;
            }
        }

        void day(int day) throws IOException {
            LocalDate date = settings.day(day);
            SplittableRandom random = new SplittableRandom(seedOf(settings.seed(), day, -1));
            int volume = plan.volume(day);
            List<Slot> slots = draw(day, volume, random);
            List<Slot> fillers = new ArrayList<>();
            for (Slot slot : slots) {
                if (slot.kind == FILLER) {
                    fillers.add(slot);
                }
            }
            List<Event> tomorrow = new ArrayList<>();
            for (Event event : pending) {
                report(event, fillers, random);
            }
            for (Slot slot : slots) {
                if (slot.kind >= 0 && slot.event == null) {
                    slot.event = newEvent(plan.dyads().get(slot.kind).dyad(), eventDay(date, random), random);
                    for (int more = 0; more < 4 && random.nextDouble() < ANOTHER_REPORT; more++) {
                        if (random.nextBoolean()) {
                            report(slot.event, fillers, random);
                        } else {
                            tomorrow.add(slot.event);
                        }
                    }
                }
            }
            pending = tomorrow;
            scenarioChange(day, date, fillers, random);
            for (Slot slot : slots) {
                if (slot.event != null && slot.kind != STORY && slot.copyOf == null && slot.outlet == null
                        && random.nextDouble() < COPY_SHARE) {
                    syndicate(slot, 1 + random.nextInt(3), fillers, random);
                }
                if (slot.outlet == null && slot.copyOf == null) {
                    slot.outlet = outlets.get(random.nextInt(outlets.size()));
                }
            }
            for (Slot slot : slots) {
                if (slot.copyOf == null) {
                    write(slot, day, date);
                }
            }
            for (Slot slot : slots) {
                if (slot.copyOf != null) {
                    SplittableRandom articleRandom = new SplittableRandom(seedOf(settings.seed(), day, slot.index));
                    slot.draft = syndicator.copy(slot.copyOf.draft, slot.outlet, date, articleRandom);
                    slot.minute = Math.min(slot.copyOf.minute + 10 + articleRandom.nextInt(230), 13 * 60 + 59);
                }
            }
            slots.sort((x, y) -> x.minute != y.minute ? Integer.compare(x.minute, y.minute)
                    : Integer.compare(x.index, y.index));
            for (Slot slot : slots) {
                emit(slot, date);
            }
            dailyVolume.put(date, volume);
        }

        /** Draws each slot's kind from the day's chances. */
        private List<Slot> draw(int day, int volume, SplittableRandom random) {
            int dyads = plan.dyads().size();
            double[] cumulative = new double[dyads + 1];
            double sum = 0;
            for (int i = 0; i < dyads; i++) {
                sum += plan.probability(i, day) / MEAN_REPORTS;
                cumulative[i] = sum;
            }
            cumulative[dyads] = sum + ScenarioPlan.DISTRACTOR_SHARE;
            List<Slot> slots = new ArrayList<>(volume);
            for (int index = 0; index < volume; index++) {
                double u = random.nextDouble();
                int kind = FILLER;
                for (int i = 0; i <= dyads; i++) {
                    if (u < cumulative[i]) {
                        kind = i == dyads ? DISTRACTOR : i;
                        break;
                    }
                }
                slots.add(new Slot(index, kind));
            }
            return slots;
        }

        private void scenarioChange(int day, LocalDate date, List<Slot> fillers, SplittableRandom random) {
            if (day != settings.changeDay()) {
                return;
            }
            if (settings.scenario() == Scenario.SYNDICATION) {
                require(fillers.size() >= settings.syndicatedOutlets(), "syndication");
                Slot original = take(fillers, random);
                original.kind = STORY;
                original.event = newEvent(settings.focusDyad(), date, random);
                syndicate(original, settings.syndicatedOutlets() - 1, fillers, random);
            } else if (settings.scenario() == Scenario.SINGLE_EVENT) {
                require(fillers.size() >= 2, "single event");
                Event event = newEvent(settings.focusDyad(), date, random);
                for (int report = 0; report < 2; report++) {
                    Slot slot = take(fillers, random);
                    slot.kind = STORY;
                    slot.event = event;
                }
            }
        }

        private void require(boolean enough, String what) {
            if (!enough) {
                throw new IllegalArgumentException("too few articles on the " + what + " day ("
                        + settings.day(settings.changeDay()) + ") to carry the story; raise --articles");
            }
        }

        /** Turns {@code count} filler slots into copies of {@code original}, each in a different outlet. */
        private void syndicate(Slot original, int count, List<Slot> fillers, SplittableRandom random) {
            List<Outlet> pool = new ArrayList<>(outlets);
            original.outlet = pool.remove(random.nextInt(pool.size()));
            for (int i = 0; i < count && !fillers.isEmpty() && !pool.isEmpty(); i++) {
                Slot copy = take(fillers, random);
                copy.kind = original.kind;
                copy.copyOf = original;
                copy.outlet = pool.remove(random.nextInt(pool.size()));
            }
        }

        private Slot take(List<Slot> fillers, SplittableRandom random) {
            int pick = random.nextInt(fillers.size());
            Slot slot = fillers.get(pick);
            fillers.set(pick, fillers.get(fillers.size() - 1));
            fillers.remove(fillers.size() - 1);
            return slot;
        }

        private void write(Slot slot, int day, LocalDate date) {
            SplittableRandom random = new SplittableRandom(seedOf(settings.seed(), day, slot.index));
            slot.minute = 8 * 60 + random.nextInt(300);
            if (slot.event != null) {
                slot.draft = composer.report(slot.event, date, random);
            } else if (slot.kind == DISTRACTOR) {
                String[] codes = pickDyad(random).split("-");
                boolean swap = random.nextBoolean();
                CountryStyle one = countries.get(codes[swap ? 1 : 0]);
                CountryStyle other = countries.get(codes[swap ? 0 : 1]);
                ArticleComposer.DistractorKind[] kinds = ArticleComposer.DistractorKind.values();
                slot.draft = composer.distractor(kinds[random.nextInt(kinds.length)], one, other, date, random);
            } else {
                slot.draft = composer.filler(countryList.get(random.nextInt(countryList.size())), date, random);
            }
        }

        private String pickDyad(SplittableRandom random) {
            double total = 0;
            for (double weight : dyadWeights) {
                total += weight;
            }
            double u = random.nextDouble() * total;
            for (int i = 0; i < dyadWeights.length; i++) {
                u -= dyadWeights[i];
                if (u < 0) {
                    return plan.dyads().get(i).dyad();
                }
            }
            return plan.dyads().get(dyadWeights.length - 1).dyad();
        }

        /** Turns a filler slot into another report of {@code event}; none when the day has no filler left. */
        private void report(Event event, List<Slot> fillers, SplittableRandom random) {
            if (!fillers.isEmpty()) {
                Slot slot = take(fillers, random);
                slot.kind = DYAD_REPORT;
                slot.event = event;
            }
        }

        /** The day a contact first reported on {@code date} happened: mostly that day or the day before. */
        private LocalDate eventDay(LocalDate date, SplittableRandom random) {
            int back = random.nextInt(100);
            int daysBefore = back < 65 ? 0 : back < 93 ? 1 : back < 98 ? 2 : 3;
            LocalDate day = date.minusDays(daysBefore);
            return day.isBefore(settings.start()) ? settings.start() : day;
        }

        private Event newEvent(String dyad, LocalDate day, SplittableRandom random) {
            String[] codes = dyad.split("-");
            boolean swap = random.nextBoolean();
            CountryStyle one = countries.get(codes[swap ? 1 : 0]);
            CountryStyle other = countries.get(codes[swap ? 0 : 1]);
            ContactType type = pickType(random);
            Level level = pickLevel(type, random);
            ContactType secondary = null;
            if (type == ContactType.VISIT && random.nextInt(5) < 3) {
                secondary = random.nextBoolean() ? ContactType.NEGOTIATE : ContactType.SIGN_AGREEMENT;
            } else if (type == ContactType.NEGOTIATE && random.nextInt(5) == 0) {
                secondary = ContactType.SIGN_AGREEMENT;
            }
            String id = "E" + (++eventCounter);
            String secondaryId = secondary == null ? null : "E" + (++eventCounter);
            return new Event(id, type, composer.figure(one, level, day), composer.figure(other, level, day), level,
                    day, Lexicon.TOPICS[random.nextInt(Lexicon.TOPICS.length)],
                    random.nextInt(Lexicon.FIELDS.length), random.nextInt(Lexicon.AGREEMENTS.length),
                    type == ContactType.THIRD_PARTY_MEETING ? composer.venueFor(one.iso3(), other.iso3(), random)
                            : null,
                    Lexicon.EXERCISES[random.nextInt(Lexicon.EXERCISES.length)],
                    Lexicon.exerciseName(random.nextInt(Lexicon.exerciseNames())), secondary, secondaryId);
        }

        private void emit(Slot slot, LocalDate date) throws IOException {
            serial++;
            Outlet outlet = slot.outlet;
            slot.url = Urls.article(outlet, date, slot.draft.title, serial);
            String text = Urls.dateline(outlet, slot.draft.datelineCity, date) + slot.draft.body();
            List<TruthContact> contacts = List.copyOf(slot.draft.contacts);
            boolean reported = false;
            for (TruthContact contact : contacts) {
                if (contact.status() == ContactStatus.OCCURRED) {
                    reported = true;
                    count(contact);
                }
            }
            if (reported) {
                reports++;
            }
            if (slot.copyOf != null) {
                copies++;
            }
            sink.article(new GeneratedArticle(slot.url, slot.draft.title, text, outlet.name(),
                    date.atTime(slot.minute / 60, slot.minute % 60).atOffset(java.time.ZoneOffset.UTC)
                            .withOffsetSameInstant(outlet.offset()),
                    "en", slot.copyOf == null ? null : slot.copyOf.url, contacts,
                    List.copyOf(slot.draft.distractors)));
        }

        private void count(TruthContact contact) {
            int number = Integer.parseInt(contact.event().substring(1));
            if (!counted.get(number)) {
                counted.set(number);
                dailyEvents.computeIfAbsent(contact.dyad(), d -> new TreeMap<>())
                        .merge(contact.date(), 1, Integer::sum);
            }
        }

        GenerationSummary summary() {
            return new GenerationSummary(serial, reports, counted.cardinality(), copies, dailyVolume, dailyEvents);
        }
    }

    private static ContactType pickType(SplittableRandom random) {
        int u = random.nextInt(100);
        for (int i = 0; i < TYPES.length; i++) {
            u -= TYPE_WEIGHTS[i];
            if (u < 0) {
                return TYPES[i];
            }
        }
        return TYPES[0];
    }

    private static Level pickLevel(ContactType type, SplittableRandom random) {
        int u = random.nextInt(100);
        return switch (type) {
            case TELEPHONE -> u < 55 ? Level.LEADERS : u < 95 ? Level.FOREIGN_MINISTERS : Level.DEFENCE_MINISTERS;
            case VISIT -> u < 30 ? Level.LEADERS : u < 80 ? Level.FOREIGN_MINISTERS : Level.DEFENCE_MINISTERS;
            case THIRD_PARTY_MEETING -> u < 50 ? Level.LEADERS : Level.FOREIGN_MINISTERS;
            case NEGOTIATE -> u < 70 ? Level.FOREIGN_MINISTERS : Level.DEFENCE_MINISTERS;
            case SIGN_AGREEMENT -> u < 40 ? Level.LEADERS : u < 90 ? Level.FOREIGN_MINISTERS : Level.DEFENCE_MINISTERS;
            case MILITARY_COOPERATION -> Level.DEFENCE_MINISTERS;
            default -> u < 30 ? Level.LEADERS : u < 80 ? Level.FOREIGN_MINISTERS : Level.DEFENCE_MINISTERS;
        };
    }
}
