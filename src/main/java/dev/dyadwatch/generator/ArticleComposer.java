package dev.dyadwatch.generator;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes articles from the grammar: reports of a contact, articles built around a distractor (an interview,
 * a statement, a co-mention, a planned, denied or historical contact), and filler news with no contact at all.
 * Each article grows paragraph by paragraph to a length drawn between about 2 and 4.5 KB; every contact and
 * distractor it plants is recorded with its exact sentence.
 */
final class ArticleComposer {

    /** The kinds of article built around a sentence that is not an occurred contact. */
    enum DistractorKind { INTERVIEW, STATEMENT, COMENTION, PLANNED, NEGATED, HISTORICAL }

    private static final ContactType[] HISTORICAL_TYPES = {
        ContactType.VISIT, ContactType.HOST_VISIT, ContactType.SIGN_AGREEMENT, ContactType.TELEPHONE,
        ContactType.THIRD_PARTY_MEETING, ContactType.NEGOTIATE, ContactType.MILITARY_COOPERATION,
    };

    private static final ContactType[] NEGATED_TYPES = {
        ContactType.THIRD_PARTY_MEETING, ContactType.CONSULT, ContactType.TELEPHONE, ContactType.VISIT,
        ContactType.INTENT_TO_MEET,
    };

    /** Subjects of context paragraphs and filler news: rules context.SUBJECT and headline.filler.SUBJECT. */
    static final String[] SUBJECTS = {"economy", "energy", "politics", "security", "society", "culture"};
    private static final String[] CONTEXT_RULES = Arrays.stream(SUBJECTS).map(s -> "context." + s)
            .toArray(String[]::new);

    /** Rule names by contact type, built once: names concatenated per article would be hashed every time. */
    private static final Map<ContactType, String> CONTACT = rules("contact.");
    private static final Map<ContactType, String> ELABORATION = rules("elab.");
    private static final Map<ContactType, String> HEADLINE = rules("headline.");
    private static final Map<ContactType, String> HISTORICAL = rules("historical.");
    private static final Map<ContactType, String> NEGATED = rules("negated.");
    private static final String[] FILLER_HEADLINES = Arrays.stream(SUBJECTS).map(s -> "headline.filler." + s)
            .toArray(String[]::new);

    private final Grammar grammar;
    private final Cast cast;
    private final List<Venue> venues;

    private static Map<ContactType, String> rules(String prefix) {
        Map<ContactType, String> names = new EnumMap<>(ContactType.class);
        for (ContactType type : ContactType.values()) {
            if (type != ContactType.UNKNOWN) {
                names.put(type, prefix + ContactKinds.cameo(type));
            }
        }
        return names;
    }

    ArticleComposer(Grammar grammar, Cast cast, List<Venue> venues) {
        this.grammar = grammar;
        this.cast = cast;
        this.venues = venues;
    }

    /** A report of {@code event}, published on {@code published}. */
    Draft report(Event event, LocalDate published, SplittableRandom random) {
        ArticleContext context = new ArticleContext(random, published);
        context.event(event);
        ContactType framing = event.type();
        Figure first = event.a();
        Figure second = event.b();
        if (framing == ContactType.VISIT && random.nextInt(3) == 0) {
            framing = ContactType.HOST_VISIT;
            first = event.b();
            second = event.a();
        } else if (framing != ContactType.VISIT && random.nextBoolean()) {
            // Reported from the other side: the other country's leader or minister comes first.
            first = event.b();
            second = event.a();
        }
        context.sides(first, second);
        Draft draft = new Draft(grammar.sentence(HEADLINE.get(framing), random, context),
                datelineCity(framing, first, second, event.venue(), random));
        rememberHeadline(draft, HEADLINE.get(framing), context);

        TruthContact lead = contact(context, CONTACT.get(framing), event.id(), framing, ContactStatus.OCCURRED,
                event.day(), false, random);
        draft.contacts.add(lead);
        String elaboration = ELABORATION.get(framing);
        draft.add(random.nextBoolean() ? lead.sentence() : lead.sentence() + " " + sentence(elaboration, context,
                random));
        draft.add(sentence(elaboration, context, random) + " " + sentence(quoteRule(random), context, random));
        if (event.secondaryType() != null && random.nextInt(5) < 3) {
            context.sides(event.a(), event.b());
            TruthContact also = contact(context, CONTACT.get(event.secondaryType()), event.secondaryId(),
                    event.secondaryType(), ContactStatus.OCCURRED, event.day(), false, random);
            draft.contacts.add(also);
            draft.add(also.sentence() + " " + sentence(ELABORATION.get(event.secondaryType()), context, random));
        }
        context.sides(first, second);
        if (random.nextInt(5) < 3) {
            draft.add(fresh(draft, "readout.A", context, random)
                    + (random.nextBoolean() ? " " + fresh(draft, "readout.A", context, random) : ""));
        }
        if (random.nextInt(5) < 2) {
            draft.add(fresh(draft, "readout.B", context, random));
        }
        if (random.nextBoolean()) {
            draft.add(sentence(quoteRule(random), context, random));
        }
        if (random.nextBoolean()) {
            draft.add(fresh(draft, "relations", context, random) + " " + fresh(draft, "relations", context, random));
        }
        if (random.nextInt(5) < 2) {
            background(draft, context, true, random);
        }
        if (random.nextBoolean()) {
            draft.add(fresh(draft, "analysis", context, random) + " " + fresh(draft, "analysis", context, random));
        }
        if (random.nextInt(7) == 0) {
            context.sides(second, first);
            draft.add(planned(draft, context, random));
        }
        fill(draft, context, published, random);
        if (random.nextInt(5) < 2) {
            context.sides(first, second);
            draft.add(sentence("closing", context, random));
        }
        return draft;
    }

    /** An article built around a sentence that names both countries but reports no occurred contact. */
    Draft distractor(DistractorKind kind, CountryStyle one, CountryStyle other, LocalDate published,
            SplittableRandom random) {
        ArticleContext context = new ArticleContext(random, published);
        Level level = random.nextBoolean() ? Level.LEADERS : Level.FOREIGN_MINISTERS;
        context.level(level);
        context.sides(figure(one, level, published), figure(other, level, published));
        context.venue(venueFor(one.iso3(), other.iso3(), random));
        String dyad = Dyads.of(one.iso3(), other.iso3());
        String headline = switch (kind) {
            case INTERVIEW -> "headline.interview";
            case STATEMENT -> "headline.statement";
            case PLANNED -> "headline.036";
            case NEGATED -> "headline.negated";
            default -> "headline.comention";
        };
        Draft draft = new Draft(grammar.sentence(headline, random, context),
                random.nextBoolean() ? one.capital() : other.capital());
        rememberHeadline(draft, headline, context);
        switch (kind) {
            case INTERVIEW, STATEMENT, COMENTION -> {
                String rule = kind == DistractorKind.INTERVIEW ? "interview"
                        : kind == DistractorKind.STATEMENT ? "statement" : "comention";
                String lead = sentence(rule, context, random);
                draft.distractors.add(new TruthDistractor(distractorName(kind), dyad, lead));
                draft.add(lead + " " + sentence("quote.A", context, random));
            }
            case PLANNED -> draft.add(planned(draft, context, random));
            case NEGATED -> {
                ContactType type = NEGATED_TYPES[random.nextInt(NEGATED_TYPES.length)];
                context.contactDay(published.minusDays(random.nextInt(3)));
                TruthContact denied = contact(context, NEGATED.get(type), null, type,
                        ContactStatus.NEGATED, null, false, random);
                draft.contacts.add(denied);
                draft.add(denied.sentence() + " " + sentence("quote.A", context, random));
            }
            case HISTORICAL -> {
                String lead = sentence("comention", context, random);
                draft.distractors.add(new TruthDistractor("co-mention", dyad, lead));
                draft.add(lead);
                background(draft, context, false, random);
            }
            default -> throw new IllegalStateException("unhandled distractor " + kind);
        }
        if (random.nextBoolean()) {
            draft.add(fresh(draft, "readout.A", context, random));
        }
        if (random.nextBoolean()) {
            draft.add(sentence("quote.A", context, random));
        }
        if (random.nextBoolean()) {
            draft.add(fresh(draft, "relations", context, random));
        }
        fill(draft, context, published, random);
        return draft;
    }

    /** News about one country with no contact between countries, mostly on one subject. */
    Draft filler(CountryStyle country, LocalDate published, SplittableRandom random) {
        ArticleContext context = new ArticleContext(random, published);
        Figure leader = cast.leader(country, published);
        context.sides(leader, leader);
        context.contextCountry(leader);
        int subject = random.nextInt(SUBJECTS.length);
        String headline = FILLER_HEADLINES[subject];
        Draft draft = new Draft(grammar.sentence(headline, random, context), country.capital());
        rememberHeadline(draft, headline, context);
        int onSubject = 2 + random.nextInt(3);
        for (int i = 0; i < onSubject; i++) {
            draft.add(fresh(draft, CONTEXT_RULES[subject], context, random));
        }
        int target = 2000 + random.nextInt(1800);
        while (draft.length() < target) {
            draft.add(fresh(draft, CONTEXT_RULES[random.nextInt(CONTEXT_RULES.length)], context, random));
        }
        return draft;
    }

    /** Another headline for the story of {@code draft}, as a syndicating outlet rewrites it. */
    String otherHeadline(Draft draft, SplittableRandom random) {
        draft.headlineContext.sides(draft.headlineA, draft.headlineB);
        return grammar.sentence(draft.headlineRule, random, draft.headlineContext);
    }

    private static void rememberHeadline(Draft draft, String rule, ArticleContext context) {
        draft.headlineRule = rule;
        draft.headlineContext = context;
        draft.headlineA = context.a();
        draft.headlineB = context.b();
    }

    /** A paragraph of background: a past contact, or (when {@code mayMention}) a plain co-mention. */
    private void background(Draft draft, ArticleContext context, boolean mayMention, SplittableRandom random) {
        String dyad = Dyads.of(context.a().country().iso3(), context.b().country().iso3());
        if (mayMention && random.nextInt(3) == 0) {
            String mention = sentence("comention", context, random);
            draft.distractors.add(new TruthDistractor("co-mention", dyad, mention));
            draft.add(mention);
            return;
        }
        ContactType type = HISTORICAL_TYPES[random.nextInt(HISTORICAL_TYPES.length)];
        TruthContact past = contact(context, HISTORICAL.get(type), null, type,
                ContactStatus.HISTORICAL, null, true, random);
        draft.contacts.add(past);
        draft.add(past.sentence());
    }

    private String planned(Draft draft, ArticleContext context, SplittableRandom random) {
        TruthContact intent = contact(context, "planned.036", null, ContactType.INTENT_TO_MEET,
                ContactStatus.PLANNED, null, false, random);
        draft.contacts.add(intent);
        return intent.sentence();
    }

    /** Context paragraphs about either country until the article reaches its drawn length. */
    private void fill(Draft draft, ArticleContext context, LocalDate published, SplittableRandom random) {
        int target = 2000 + random.nextInt(2500);
        while (draft.length() < target) {
            Figure side = random.nextBoolean() ? context.a() : context.b();
            context.contextCountry(cast.leader(side.country(), published));
            draft.add(fresh(draft, CONTEXT_RULES[random.nextInt(CONTEXT_RULES.length)], context, random));
        }
    }

    /**
     * A paragraph from an alternative of {@code rule} this article has not used yet, so that an article does not
     * repeat itself (after a few misses, any alternative).
     */
    private String fresh(Draft draft, String rule, ArticleContext context, SplittableRandom random) {
        int alternatives = grammar.alternatives(rule);
        int pick = random.nextInt(alternatives);
        for (int attempt = 0; attempt < 6 && !draft.use(rule, pick); attempt++) {
            pick = random.nextInt(alternatives);
        }
        return grammar.sentence(rule, pick, random, context);
    }

    private TruthContact contact(ArticleContext context, String rule, String eventId, ContactType type,
            ContactStatus status, LocalDate day, boolean countryLevel, SplittableRandom random) {
        context.startSentence();
        String sentence = grammar.sentence(rule, random, context);
        DatePhrase date = context.lastDate();
        String dyad = Dyads.of(context.a().country().iso3(), context.b().country().iso3());
        return new TruthContact(eventId, dyad, type, status, day != null ? day : date.date(), date.date(),
                date.granularity(), context.actorA(countryLevel), context.actorB(countryLevel), sentence);
    }

    private String sentence(String rule, ArticleContext context, SplittableRandom random) {
        return grammar.sentence(rule, random, context);
    }

    private static String quoteRule(SplittableRandom random) {
        return random.nextBoolean() ? "quote.A" : "quote.B";
    }

    private static String distractorName(DistractorKind kind) {
        return switch (kind) {
            case INTERVIEW -> "interview";
            case STATEMENT -> "statement";
            default -> "co-mention";
        };
    }

    private String datelineCity(ContactType framing, Figure first, Figure second, Venue venue,
            SplittableRandom random) {
        return switch (framing) {
            case VISIT -> second.country().capital();
            case HOST_VISIT -> first.country().capital();
            case THIRD_PARTY_MEETING -> venue.city();
            default -> (random.nextBoolean() ? first : second).country().capital();
        };
    }

    /** Who speaks for {@code country} at {@code level} on {@code day}. */
    Figure figure(CountryStyle country, Level level, LocalDate day) {
        return switch (level) {
            case LEADERS -> cast.leader(country, day);
            case FOREIGN_MINISTERS -> cast.holder(country, ActorRole.FOREIGN_MINISTER, day);
            case DEFENCE_MINISTERS -> cast.holder(country, ActorRole.DEFENCE_MINISTER, day);
        };
    }

    /** A gathering hosted by neither side. */
    Venue venueFor(String one, String other, SplittableRandom random) {
        while (true) {
            Venue venue = venues.get(random.nextInt(venues.size()));
            if (!venue.host().equals(one) && !venue.host().equals(other)) {
                return venue;
            }
        }
    }
}
