package dev.dyadwatch.generator;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.DateGranularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The article being written, as its grammar slots see it: the two sides of the dyad (A, B), a country for
 * context paragraphs (C), the contact's details and the publication day. It remembers who has been mentioned,
 * so the first mention of a person gives the full name and title and later ones the surname or title, and it
 * records how each side was named and which date a sentence used, for the ground truth.
 */
final class ArticleContext implements SlotFiller {

    /** How strongly a sentence named a side, weakest first. */
    private static final int NONE = 0;
    private static final int COUNTRY = 1;
    private static final int GOVERNMENT = 2;
    private static final int MILITARY = 3;
    private static final int PERSON = 4;

    private final SplittableRandom random;
    private final LocalDate published;
    private final long futureSeed;
    private final List<Figure> mentioned = new ArrayList<>(4);
    private Figure a;
    private Figure b;
    private Figure c;
    private int usageA;
    private int usageB;
    private Event event;
    private Lexicon.Topic topic;
    private int field;
    private Venue venue;
    private Lexicon.Exercise exercise;
    private String exerciseName;
    private Level level = Level.LEADERS;
    private LocalDate contactDay;
    private DatePhrase lastDate;

    ArticleContext(SplittableRandom random, LocalDate published) {
        this.random = random;
        this.published = published;
        this.futureSeed = random.nextLong();
        this.contactDay = published;
        this.topic = Lexicon.TOPICS[random.nextInt(Lexicon.TOPICS.length)];
        this.field = random.nextInt(Lexicon.FIELDS.length);
        this.exercise = Lexicon.EXERCISES[random.nextInt(Lexicon.EXERCISES.length)];
        this.exerciseName = Lexicon.exerciseName(random.nextInt(Lexicon.exerciseNames()));
    }

    /** Sets the two sides for the next sentences; a hosted visit swaps them. */
    void sides(Figure first, Figure second) {
        this.a = first;
        this.b = second;
    }

    void contextCountry(Figure figure) {
        this.c = figure;
    }

    /** The article reports {@code reported}: its details and day fill the slots. */
    void event(Event reported) {
        this.event = reported;
        this.topic = reported.topic();
        this.field = reported.field();
        this.venue = reported.venue();
        this.exercise = reported.exercise();
        this.exerciseName = reported.exerciseName();
        this.level = reported.level();
        this.contactDay = reported.day();
    }

    void venue(Venue where) {
        this.venue = where;
    }

    void level(Level speaking) {
        this.level = speaking;
    }

    /** The day an occurred contact of a non-event sentence (a denial) is said to be on. */
    void contactDay(LocalDate day) {
        this.contactDay = day;
    }

    LocalDate published() {
        return published;
    }

    Figure a() {
        return a;
    }

    Figure b() {
        return b;
    }

    /** Forgets how the sides were named and which date was used, before a sentence for the truth. */
    void startSentence() {
        usageA = NONE;
        usageB = NONE;
        lastDate = null;
    }

    /** The date the last sentence used, or the publication day when it gave none. */
    DatePhrase lastDate() {
        return lastDate != null ? lastDate : new DatePhrase("", published, DateGranularity.PUBLICATION);
    }

    /** How the last sentence named side A, as a truth actor; {@code countryLevel} ignores people. */
    TruthActor actorA(boolean countryLevel) {
        return actor(a, countryLevel ? Math.min(usageA, GOVERNMENT) : usageA);
    }

    TruthActor actorB(boolean countryLevel) {
        return actor(b, countryLevel ? Math.min(usageB, GOVERNMENT) : usageB);
    }

    private static TruthActor actor(Figure figure, int usage) {
        String iso3 = figure.country().iso3();
        return switch (usage) {
            case PERSON -> new TruthActor(figure.id(), iso3, figure.role());
            case MILITARY -> new TruthActor(iso3 + ".MIL", iso3, ActorRole.MILITARY);
            case GOVERNMENT -> new TruthActor(iso3 + ".GOV", iso3, ActorRole.GOVERNMENT);
            default -> new TruthActor(iso3, iso3, ActorRole.COUNTRY);
        };
    }

    @Override
    public void actor(Side side, ActorForm form, StringBuilder out) {
        Figure figure = side == Side.A ? a : side == Side.B ? b : c;
        CountryStyle country = figure.country();
        int usage = NONE;
        switch (form) {
            case REF, SUBJ -> {
                out.append(reference(figure, form == ActorForm.SUBJ));
                usage = PERSON;
            }
            case SHORT -> out.append(figure.shortForm());
            case TITLE -> out.append(figure.genericTitle());
            case TITLE_THE -> {
                out.append("the ").append(figure.genericTitle());
                usage = PERSON;
            }
            case COUNTRY -> {
                out.append(country.name());
                usage = COUNTRY;
            }
            case POSS -> {
                out.append(country.possessive());
                usage = COUNTRY;
            }
            case ADJ -> {
                Prose.appendAfterArticle(out, country.adjective());
                usage = COUNTRY;
            }
            case CAPITAL -> {
                out.append(country.capital());
                usage = GOVERNMENT;
            }
            case SEAT -> {
                out.append(country.seat());
                usage = GOVERNMENT;
            }
            case MINISTRY -> {
                out.append(country.ministry());
                usage = GOVERNMENT;
            }
            case GOV -> {
                switch (random.nextInt(4)) {
                    case 0 -> out.append(country.capital());
                    case 1 -> out.append(country.seat());
                    case 2 -> out.append("the ").append(country.adjective()).append(" government");
                    default -> out.append(country.name());
                }
                usage = GOVERNMENT;
            }
            case MIL -> {
                out.append("the ").append(country.adjective()).append(' ').append(exercise.service());
                usage = MILITARY;
            }
            case CITY -> out.append(country.cities().get(random.nextInt(country.cities().size())));
            default -> throw new IllegalStateException("unhandled slot form " + form);
        }
        if (side == Side.A) {
            usageA = Math.max(usageA, usage);
        } else if (side == Side.B) {
            usageB = Math.max(usageB, usage);
        }
    }

    private String reference(Figure figure, boolean subject) {
        for (Figure seen : mentioned) {
            if (seen == figure) {
                String[] later = figure.laterForms();
                return later[random.nextInt(later.length)];
            }
        }
        mentioned.add(figure);
        String[] forms = subject && random.nextInt(3) == 0 ? figure.appositiveForms() : figure.firstForms();
        return forms[random.nextInt(forms.length)];
    }

    @Override
    public void detail(Detail detail, StringBuilder out) {
        switch (detail) {
            case WHEN -> date(DatePhrases.occurred(published, contactDay, random), out);
            case WHEN_PAST -> date(DatePhrases.past(published, random), out);
            case WHEN_FUTURE -> date(future(DatePhrases.FutureForm.ADVERB), out);
            case WHEN_FUTURE_NOUN -> date(future(DatePhrases.FutureForm.NOUN), out);
            case WHEN_FUTURE_HEAD -> out.append(future(DatePhrases.FutureForm.HEADLINE).text());
            case TOPIC -> out.append(topic.phrase());
            case TOPIC_SHORT -> out.append(topic.headline());
            case FIELD -> out.append(Lexicon.FIELDS[field]);
            case AGREEMENT -> out.append(String.format(
                    Lexicon.AGREEMENTS[event == null ? 0 : event.agreement()], Lexicon.FIELDS[field]));
            case VENUE -> out.append(venue().phrase());
            case VENUE_NAME -> out.append(venue().name());
            case VENUE_CITY -> out.append(venue().city());
            case EXERCISE_KIND -> out.append(exercise.kind());
            case EXERCISE_NAME -> out.append(exerciseName);
            case LEVEL -> out.append(level.plural);
            case LEVEL_SINGULAR -> out.append(level.singular);
            case PCT -> out.append(1 + random.nextInt(9)).append('.').append(random.nextInt(10)).append(" percent");
            case MONEY -> money(out);
            case NUM -> out.append(2 + random.nextInt(8));
            case YEAR -> out.append(published.getYear());
            case YEAR_PAST -> out.append(published.getYear() - 3 - random.nextInt(10));
            case MONTH_PREV -> out.append(DatePhrases.monthName(published.minusMonths(1).getMonthValue()));
            default -> throw new IllegalStateException("unhandled slot " + detail);
        }
    }

    private Venue venue() {
        if (venue == null) {
            throw new IllegalStateException("a venue slot was used in an article without a venue");
        }
        return venue;
    }

    private void date(DatePhrase phrase, StringBuilder out) {
        lastDate = phrase;
        out.append(phrase.text());
    }

    /** The article's one planned date, in the form a sentence needs: the same seed gives the same date. */
    private DatePhrase future(DatePhrases.FutureForm form) {
        return DatePhrases.future(published, form, new SplittableRandom(futureSeed));
    }

    private void money(StringBuilder out) {
        if (random.nextBoolean()) {
            out.append('$').append(120 + random.nextInt(880)).append(" million");
        } else {
            out.append('$').append(1 + random.nextInt(9)).append('.').append(random.nextInt(10)).append(" billion");
        }
    }
}
