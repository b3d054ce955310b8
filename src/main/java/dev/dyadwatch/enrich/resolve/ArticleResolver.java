package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.MentionResolution;
import dev.dyadwatch.enrich.dictionary.Country;
import dev.dyadwatch.enrich.dictionary.OfficeTerm;
import dev.dyadwatch.enrich.match.ActorIndex;
import dev.dyadwatch.enrich.match.ActorIndex.Entry;
import dev.dyadwatch.enrich.match.ActorIndex.EntryKind;
import dev.dyadwatch.enrich.match.TokenTrie;
import dev.dyadwatch.enrich.text.Sentence;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds and resolves the actors of one article, by its date, in two passes over the title and the sentences.
 * The first finds what stands on its own: dictionary names and spelling variants, countries, capitals (as
 * governments or as places), hyphenated pairs, organisations, people introduced by nationality and title,
 * groups ("Russian officials"). The second resolves what refers back: surnames and short names ("Khan",
 * "PM Khan", "Nawaz"), titles ("the Russian President", "the prime minister") and counterparts.
 *
 * <p>Stateless between articles and thread-safe; the {@link ActorIndex} it reads is shared.
 */
public final class ArticleResolver {

    /** How many capitalised words may name a command or body between a nationality and a title. */
    private static final int UNIT_NAME_WORDS = 3;
    /** How many capitalised words may name a portfolio before "Minister": "Digital Transformation Minister". */
    private static final int PORTFOLIO_WORDS = 2;
    /** Words from "was" or "is" to the title of the predicate noun: "was the last Pakistani foreign minister". */
    private static final int PREDICATE_WORDS = 6;

    private static final Set<String> PAIR_NOUNS = WordSet.of("leaders", "sides", "countries", "neighbours",
            "neighbors", "nations", "ministers", "presidents", "governments", "premiers", "delegations", "states",
            "armies", "militaries", "navies", "capitals", "men", "teams");
    /** Words that follow "the parties" or "the sides" used as the subject of a contact. */
    private static final Set<String> SUBJECT_VERBS = WordSet.of("are", "were", "will", "would", "have", "had",
            "also", "agreed", "signed", "discussed", "exchanged", "reaffirmed", "expressed", "held", "decided",
            "pledged", "noted", "plan", "intend", "can", "could", "should", "may", "must", "then");
    private static final Set<String> CLAUSE_OPENERS = WordSet.of(",", "and", "then", ";", "where", "when");
    private static final Set<String> QUANTITIES = WordSet.of("days", "weeks", "months", "years", "hours", "minutes",
            "decades", "percent", "billion", "million", "times", "rounds", "-", "of", "main", "biggest", "largest");
    private static final Set<String> GENERIC = WordSet.of("a", "an", "first", "last", "former", "another", "any",
            "every", "each", "no", "previous", "next", "successive", "ex");
    /** Words before or opening a title that make it an office held before the article's day. */
    private static final Set<String> PAST_TITLE_WORDS = WordSet.of("former", "then", "late", "ex", "erstwhile");
    private static final int MAX_TITLE_TOKENS = 6;
    /** How many sentences back a plural title's "their" may find the pair it belongs to. */
    private static final int PAIR_LOOKBACK = 3;
    private static final Set<ActorRole> KEY_ROLES = Set.of(ActorRole.HEAD_OF_STATE, ActorRole.HEAD_OF_GOVERNMENT,
            ActorRole.FOREIGN_MINISTER, ActorRole.DEFENCE_MINISTER);
    private static final Set<String> APPOSITION_OPENERS = WordSet.of(",", "and", "by", "with");
    private static final Set<String> NAME_RUN_ENDS = WordSet.of(",", ".", ";", "and", ")", "said", "says", "told");
    private static final Set<String> PRONOUN_OPENERS = WordSet.of("he", "she", "his", "her");
    private static final Set<String> TITLE_JOINERS = WordSet.of("and", "of", "for");
    /** Lower-case words that may join a seat of government to a title: "White House press secretary". */
    private static final Set<String> SEAT_TITLE_WORDS = Set.of("press", "media");
    /** Participles after a group and before "by" whose agent leads the group: "a delegation led by". */
    private static final Set<String> LEADING = WordSet.of("led", "headed");
    /** Words that open the remit of a title: "ambassador to China", "envoy for Afghanistan". */
    private static final Set<String> SCOPE_WORDS = WordSet.of("to", "for", "in", "on");


    /** A word before a title that does not change the office: "the acting minister", "the new minister". */
    private static final Pattern TITLE_QUALIFIER = Pattern.compile("^(the|acting|then|new|former) ");
    /** The roles "the Afghan minister" may stand for. */
    private static final Set<ActorRole> MINISTER_ROLES = Set.of(ActorRole.FOREIGN_MINISTER,
            ActorRole.DEFENCE_MINISTER);

    private final ActorIndex index;
    private final java.util.function.Predicate<List<Token>> hasContactWords;

    /**
     * @param index the compiled dictionary
     * @param hasContactWords whether a sentence's tokens hold words of contact (an ambiguous country name in such
     *     a sentence, next to an actor of another country, counts)
     */
    public ArticleResolver(ActorIndex index, java.util.function.Predicate<List<Token>> hasContactWords) {
        this.index = index;
        this.hasContactWords = hasContactWords;
    }

    /**
     * Resolves the actors of an article.
     *
     * @param title the title as a pseudo-sentence
     * @param sentences the body's sentences
     * @param day the article's date, by which offices are resolved
     * @param homeCountry the country of the dateline, if known: officials introduced by a title alone ("Housing
     *     Minister Riaz Hussain Pirzada" in a story filed from Islamabad) act for it
     */
    public Resolution resolve(Sentence title, List<Sentence> sentences, LocalDate day, String homeCountry) {
        Article article = new Article(day, homeCountry);
        List<Scan> scans = new ArrayList<>(sentences.size() + 1);
        scans.add(new Scan(title));
        sentences.forEach(s -> scans.add(new Scan(s)));
        for (Scan scan : scans) {
            firstPass(scan, article);
        }
        for (Scan scan : scans) {
            settleAmbiguous(scan, article);
        }
        for (Scan scan : scans) {
            secondPass(scan, article);
        }
        for (int s = 0; s < scans.size(); s++) {
            // After the short forms: "their" looks back to sentences whose "Moon" and "Kim" are resolved by then.
            pluralTitlesWithNames(scans, s, article);
        }
        for (Scan scan : scans) {
            companions(scan, article);
        }
        for (Scan scan : scans) {
            settleByContact(scan, article);
        }
        for (int i = 2; i < scans.size(); i++) {
            pronounSubject(scans.get(i), scans.get(i - 1));
        }
        stateKinds(scans);
        institutionShortNames(scans);
        OrganisationOfficials.apply(scans.stream().map(sc -> sc.tokens).toList(),
                scans.stream().map(sc -> sc.mentions).toList(), p -> index.inOffice(p, day));
        OppositionLeaders.apply(scans.stream().map(sc -> sc.tokens).toList(),
                scans.stream().map(sc -> sc.mentions).toList());
        Map<String, ActorRef> actors = new LinkedHashMap<>();
        List<List<Mention>> body = new ArrayList<>();
        List<List<Integer>> pairs = new ArrayList<>();
        for (Scan scan : scans) {
            scan.mentions.sort(Comparator.comparingInt(Mention::tokenStart));
            scan.mentions.stream().filter(m -> m.actor() != null && m.kind() != MentionKind.PLACE)
                    .forEach(m -> actors.putIfAbsent(m.actor().id(), m.actor()));
            if (!scan.sentence.isTitle()) {
                body.add(scan.mentions);
                pairs.add(scan.pairReferences);
            }
        }
        return new Resolution(scans.get(0).mentions, body, pairs, actors);
    }

    /** What the passes share about one article. */
    private static final class Article {
        final LocalDate day;
        final String homeCountry;
        final Roster roster = new Roster();
        /** Countries the article names without ambiguity: what corroborates "Georgia" or "Turkey". */
        final Set<String> certainCountries = new java.util.HashSet<>();
        /** The country the last anchored description ("the de facto authorities in Kabul") stood for. */
        String describedCountry;
        /**
         * The one country of the office holders the article has named with a bare title ("Foreign Minister Penny
         * Wong"), null when none or several: writers give their own country's officials no nationality, so a
         * stranger introduced the same way is likely one of them.
         */
        String bareTitleCountry;
        /** True once bare titles have named office holders of two countries. */
        boolean bareTitlesMixed;

        void bareTitled(String iso) {
            if (bareTitleCountry == null && !bareTitlesMixed) {
                bareTitleCountry = iso;
            } else if (bareTitleCountry != null && !bareTitleCountry.equals(iso)) {
                bareTitleCountry = null;
                bareTitlesMixed = true;
            }
        }

        Article(LocalDate day, String homeCountry) {
            this.day = day;
            this.homeCountry = homeCountry;
        }
    }

    /** One sentence being resolved. */
    private static final class Scan {
        final Sentence sentence;
        final List<Token> tokens;
        final boolean[] covered;
        final List<Mention> mentions = new ArrayList<>();
        final List<Integer> pairReferences = new ArrayList<>();
        final List<int[]> pendingOffices = new ArrayList<>();
        final List<String[]> pendingOfficeInfo = new ArrayList<>();
        final List<Hit> tentative = new ArrayList<>();
        /** Names after a title that no country was found for in the first pass: [name start, end, title start]. */
        final List<int[]> unplaced = new ArrayList<>();
        final List<TitleWords.Title> unplacedTitles = new ArrayList<>();

        Scan(Sentence sentence) {
            this.sentence = sentence;
            this.tokens = sentence.tokens();
            this.covered = new boolean[tokens.size()];
        }

        long position(int token) {
            return (sentence.index() + 1L) * 100_000L + token;
        }

        void cover(int from, int to) {
            for (int i = from; i < to; i++) {
                covered[i] = true;
            }
        }

        boolean free(int from, int to) {
            for (int i = from; i < to; i++) {
                if (covered[i]) {
                    return false;
                }
            }
            return true;
        }

        String prevLower(int at) {
            return at > 0 ? tokens.get(at - 1).lower() : "";
        }

        void add(int from, int to, MentionKind kind, ActorRef actor, String country, MentionResolution how) {
            Token first = tokens.get(from);
            Token last = tokens.get(to - 1);
            String text = sentence.text().substring(first.start() - sentence.start(), last.end() - sentence.start());
            mentions.add(new Mention(sentence.index(), from, to, first.start(), last.end(), text, kind, actor,
                    country, how));
            cover(from, to);
        }
    }

    private record Hit(int start, int end, Entry entry, List<Entry> entries) {

        Hit withEntry(Entry chosen) {
            return new Hit(start, end, chosen, entries);
        }
    }

    // ---- first pass: what stands on its own ----

    private void firstPass(Scan scan, Article article) {
        List<Hit> hits = new ArrayList<>();
        for (TokenTrie.Match<Entry> match : index.match(scan.tokens)) {
            hits.add(new Hit(match.start(), match.end(), preferred(match.values()), match.values()));
        }
        boolean[] paired = markPairs(scan, hits);
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (paired[h]) {
                hit.entries().forEach(e -> article.certainCountries.add(e.id()));
                continue;
            }
            if (hit.entry().ambiguous()) {
                ambiguous(scan, article, hits, h);
                continue;
            }
            if (hit.entry().kind() != EntryKind.PERSON && hit.entry().kind() != EntryKind.ORGANISATION
                    && hit.entry().kind() != EntryKind.PAIR_FORM && hit.entry().kind() != EntryKind.CITY) {
                article.certainCountries.add(hit.entry().id());
            }
            handle(scan, article, hit);
        }
        described(scan, article, hits);
        sharedNouns(scan);
        titlesWithNames(scan, article);
        appositives(scan, article);
        spellingVariants(scan, article);
        pairReferences(scan);
        for (Mention m : scan.mentions) {
            if (m.kind() == MentionKind.PERSON && m.country() != null) {
                article.certainCountries.add(m.country());
            }
        }
    }

    private void handle(Scan scan, Article article, Hit hit) {
        switch (hit.entry().kind()) {
            case PERSON -> addPerson(scan, article, hit.start(), hit.end(), hit.entry().id(),
                    MentionResolution.DICTIONARY, null);
            case ORGANISATION -> organisation(scan, hit);
            case COUNTRY -> country(scan, article, hit);
            case CAPITAL -> capital(scan, hit);
            case CITY -> city(scan, hit);
            case ADJECTIVE -> {
                scan.cover(hit.start(), hit.end());
                nationality(scan, article, hit.entry().id(), hit.start(), hit.end());
            }
            case PAIR_FORM -> {
                // Valid only inside a hyphenated pair.
            }
            default -> throw new IllegalStateException("unknown entry kind " + hit.entry().kind());
        }
    }

    /** An organisation, unless its name is part of a longer one ("Supreme National Security Council"). */
    private void organisation(Scan scan, Hit hit) {
        boolean inLongerName = hit.start() > 0 && !scan.covered[hit.start() - 1]
                && scan.tokens.get(hit.start() - 1).isCapitalized()
                && Words.canBeNameWord(scan.tokens.get(hit.start() - 1));
        if (inLongerName) {
            return;
        }
        index.organisation(hit.entry().id()).ifPresent(org -> scan.add(hit.start(), hit.end(),
                MentionKind.ORGANISATION, new ActorRef(org.id(), org.name(), null, ActorRole.ORGANISATION,
                        org.acronym()), null, MentionResolution.DICTIONARY));
    }

    /**
     * A name that is also a word, a given name or another place ("Georgia", "Jordan", "Turkey", "Korean"): it
     * counts when its sentence supports it (a title follows, it stands in a list of countries, the sentence
     * reports a contact with another country's actor, names another capital, or the capital is a subject that
     * speaks: "Washington said", "Paris has urged"), or, after the whole article
     * is read, when the article names the same country unambiguously. Never next to a given name ("Michael
     * Jordan"). A city name that several countries share ("Alexandria") counts only in that second way.
     */
    private void ambiguous(Scan scan, Article article, List<Hit> hits, int h) {
        Hit hit = hits.get(h);
        List<Token> tokens = scan.tokens;
        boolean nameBefore = hit.start() > 0 && !scan.covered[hit.start() - 1]
                && tokens.get(hit.start() - 1).isCapitalized() && Words.canBeNameWord(tokens.get(hit.start() - 1))
                && hit.start() - 1 > 0;
        boolean nameAfter = hit.end() < tokens.size() && tokens.get(hit.end()).isCapitalized()
                && Words.canBeNameWord(tokens.get(hit.end())) && !isHitAt(hits, hit.end());
        if (nameBefore || nameAfter) {
            return;
        }
        if (hit.entry().kind() == EntryKind.CITY) {
            // "talks in Alexandria": a name that cities of several countries share is placed only by a country
            // the article names for certain (settleAmbiguous).
            scan.tentative.add(hit);
            return;
        }
        List<Entry> candidates = hit.entries().stream().filter(e -> e.kind() == hit.entry().kind()).toList();
        boolean supported = hit.end() < tokens.size() && (TitleWords.at(tokens, hit.end()) != null
                || tokens.get(hit.end()).isPossessive() || ActorNouns.after(tokens, hit.end())[0]
                    == ActorNouns.Kind.GROUP.ordinal());
        supported |= hit.entry().kind() == EntryKind.CAPITAL && Words.speaksAsSubject(tokens, hit.start(), hit.end());
        supported |= hit.entry().kind() == EntryKind.COUNTRY && !scan.sentence.isTitle()
                && CasedNames.countsAt(tokens, hit.start(), hit.end());
        // The sentence's words of contact are looked up once, and only when another hit leaves the answer to them.
        Boolean contact = null;
        for (int k = 0; k < hits.size() && !supported; k++) {
            Hit other = hits.get(k);
            if (k == h || other.entry().ambiguous() || other.entry().kind() == EntryKind.ORGANISATION) {
                continue;
            }
            if (other.entry().kind() == EntryKind.PERSON) {
                contact = contact != null ? contact : hasContactWords.test(tokens);
                supported = contact;
                continue;
            }
            boolean adjacentInList = (other.end() + 1 == hit.start() || hit.end() + 1 == other.start())
                    && isListJoint(tokens.get(Math.min(other.end(), hit.end())));
            boolean capitals = hit.entry().kind() == EntryKind.CAPITAL && other.entry().kind() == EntryKind.CAPITAL;
            if (!adjacentInList && !capitals) {
                contact = contact != null ? contact : hasContactWords.test(tokens);
            }
            supported = adjacentInList || capitals || contact;
        }
        if (supported && candidates.size() == 1) {
            article.certainCountries.add(hit.entry().id());
            handle(scan, article, hit);
        } else {
            scan.tentative.add(hit);
        }
    }

    private static boolean isHitAt(List<Hit> hits, int token) {
        return hits.stream().anyMatch(h -> h.start() == token);
    }

    private static boolean isListJoint(Token token) {
        return token.lower().equals("and") || token.text().equals(",") || token.lower().equals("or");
    }

    /** Ambiguous names the article itself corroborates count; the others are left as words. */
    private void settleAmbiguous(Scan scan, Article article) {
        for (Hit hit : scan.tentative) {
            List<Entry> fitting = hit.entries().stream().filter(e -> e.kind() == hit.entry().kind()
                    && article.certainCountries.contains(e.id())).toList();
            if (fitting.size() == 1 && scan.free(hit.start(), hit.end())) {
                handle(scan, article, hit.withEntry(fitting.get(0)));
            }
        }
    }

    /** After the people named by surname alone are known: the names still in doubt that their sentence supports. */
    private void settleByContact(Scan scan, Article article) {
        for (Hit hit : scan.tentative) {
            if (contactWithPersonNamedShort(scan, hit)) {
                handle(scan, article, hit);
            }
        }
    }

    /**
     * "Putin visited China.": a country name that is also a word counts in a sentence of contact with a person of
     * another country, also when that person is named by surname alone (which the first pass does not see as a
     * dictionary phrase, so it could not support the name there). Only a name with one meaning of its kind.
     */
    private boolean contactWithPersonNamedShort(Scan scan, Hit hit) {
        if (hit.entry().kind() == EntryKind.CITY || !scan.free(hit.start(), hit.end())
                || hit.entries().stream().filter(e -> e.kind() == hit.entry().kind()).count() != 1
                || !hasContactWords.test(scan.tokens)) {
            return false;
        }
        return scan.mentions.stream().anyMatch(m -> m.kind() == MentionKind.PERSON && m.country() != null
                && !m.country().equals(hit.entry().id()));
    }

    /**
     * When one phrase has several meanings: a person, then an organisation, a country, a capital, an adjective,
     * a city.
     */
    private static Entry preferred(List<Entry> entries) {
        Entry best = entries.get(0);
        for (Entry entry : entries) {
            if (priority(entry.kind()) < priority(best.kind())) {
                best = entry;
            }
        }
        return best;
    }

    private static int priority(EntryKind kind) {
        return switch (kind) {
            case PERSON -> 0;
            case ORGANISATION -> 1;
            case COUNTRY -> 2;
            case CAPITAL -> 3;
            case ADJECTIVE -> 4;
            case PAIR_FORM -> 5;
            case CITY -> 6;
        };
    }

    /** Marks "Pakistan-Russia", "Pak-Russia", "Islamabad-Moscow", "Franco-German" and adds both sides. */
    private boolean[] markPairs(Scan scan, List<Hit> hits) {
        boolean[] paired = new boolean[hits.size()];
        for (int h = 0; h + 1 < hits.size(); h++) {
            Hit left = hits.get(h);
            Hit right = hits.get(h + 1);
            boolean adjacent = left.end() < scan.tokens.size() && scan.tokens.get(left.end()).key().equals("-")
                    && right.start() == left.end() + 1;
            if (adjacent && pairable(left) && pairable(right) && !left.entry().id().equals(right.entry().id())) {
                for (int k : new int[] {h, h + 1}) {
                    Hit side = hits.get(k);
                    String iso = side.entry().id();
                    boolean capital = side.entry().kind() == EntryKind.CAPITAL;
                    if (!paired[k]) {
                        scan.add(side.start(), side.end(), capital ? MentionKind.GOVERNMENT : MentionKind.COUNTRY,
                                capital ? government(iso) : country(iso), iso, MentionResolution.PAIR);
                    }
                    paired[k] = true;
                }
                scan.cover(left.end(), left.end() + 1);
            }
        }
        return paired;
    }

    private static boolean pairable(Hit hit) {
        EntryKind kind = hit.entry().kind();
        return kind == EntryKind.COUNTRY || kind == EntryKind.ADJECTIVE || kind == EntryKind.CAPITAL
                || kind == EntryKind.PAIR_FORM;
    }

    private void country(Scan scan, Article article, Hit hit) {
        String iso = hit.entry().id();
        int after = hit.end();
        if (after < scan.tokens.size() && ActorNouns.isCurrency(scan.tokens.get(after))
                || Words.endsWaterBodyName(scan.tokens, hit.start())
                || after < scan.tokens.size() && (ActorNouns.isAttributiveNoun(scan.tokens.get(after))
                    || ActorNouns.isInstitution(scan.tokens, after))
                && isInitials(scan.tokens, hit.start(), hit.end())) {
            scan.cover(hit.start(), hit.end());
            return;
        }
        boolean groupAfter = ActorNouns.after(scan.tokens, after)[0] == ActorNouns.Kind.GROUP.ordinal();
        boolean determined = hit.start() > 0 && scan.tokens.get(hit.start() - 1).lower().equals("the");
        boolean titled = TitleWords.at(scan.tokens, after) != null || titleAfterUnitName(scan, after) != null;
        boolean initials = isInitials(scan.tokens, hit.start(), hit.end());
        if (after < scan.tokens.size() && (groupAfter || titled
                && (determined || initials || Character.isUpperCase(scan.tokens.get(after).text().charAt(0))))) {
            // "US Secretary of State Antony Blinken", "US officials", "the US national security adviser": the
            // country name used as a nationality. A full name before a title still names the country too:
            // "Solomon Islands Prime Minister Jeremiah Manele", as "Pakistan's Prime Minister" does.
            if (titled && !groupAfter && !determined && !initials) {
                scan.add(hit.start(), hit.end(), MentionKind.COUNTRY, country(iso), iso,
                        MentionResolution.DICTIONARY);
            }
            scan.cover(hit.start(), hit.end());
            nationality(scan, article, iso, hit.start(), after);
            return;
        }
        scan.add(hit.start(), hit.end(), MentionKind.COUNTRY, country(iso), iso, MentionResolution.DICTIONARY);
        if (after < scan.tokens.size() && scan.tokens.get(after).isPossessive()) {
            scan.cover(after, after + 1);
            nationality(scan, article, iso, hit.start(), after + 1);
        }
    }

    /** "US", "U.S.", "UK": a country's initials, which writers use as an adjective. */
    private static boolean isInitials(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String text = tokens.get(i).text();
            for (int c = 0; c < text.length(); c++) {
                if (Character.isLowerCase(text.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    private void capital(Scan scan, Hit hit) {
        String iso = hit.entry().id();
        boolean sent = CapitalUses.sentFrom(scan.tokens, hit.start());
        boolean place = !sent && (Words.isLocative(scan.tokens, hit.start())
                || hit.end() + 1 < scan.tokens.size() && scan.tokens.get(hit.end()).key().equals("-")
                && scan.tokens.get(hit.end() + 1).lower().equals("based")
                || CapitalUses.joinsPlace(scan.tokens, hit.start(), hit.end(), token -> isPlaceAt(scan, token))
                || CapitalUses.onRoute(scan.tokens, hit.start())
                || CapitalUses.isRubric(scan.tokens, hit.start(), hit.end()) && !scan.sentence.isTitle()
                || scan.sentence.isTitle() && headlineDestination(scan.tokens, hit.start()));
        boolean partOfName = hit.end() < scan.tokens.size() && scan.tokens.get(hit.end()).isCapitalized()
                && Words.canBeNameWord(scan.tokens.get(hit.end())) && !scan.sentence.isTitle();
        if (partOfName || CapitalUses.namesEvent(scan.tokens, hit.end())) {
            scan.cover(hit.start(), hit.end());
        } else if (place) {
            scan.add(hit.start(), hit.end(), MentionKind.PLACE, country(iso), iso, MentionResolution.DICTIONARY);
        } else {
            scan.add(hit.start(), hit.end(), MentionKind.GOVERNMENT, government(iso), iso,
                    MentionResolution.DICTIONARY);
        }
    }

    /** "Commission President X", "the Commission said": see {@link InstitutionShortNames}. */
    private void institutionShortNames(List<Scan> scans) {
        boolean european = scans.stream().anyMatch(sc -> sc.mentions.stream()
                .anyMatch(m -> m.actor() != null && InstitutionShortNames.isEuropean(m.actor().id())
                        || m.kind() != MentionKind.ORGANISATION && m.text().equals("Brussels")));
        if (!european) {
            return;
        }
        for (Scan scan : scans) {
            for (int i = 0; i < scan.tokens.size(); i++) {
                String id = scan.covered[i] ? null : InstitutionShortNames.at(scan.tokens, i);
                if (id != null) {
                    int at = i;
                    index.organisation(id).ifPresent(org -> scan.add(at, at + 1, MentionKind.ORGANISATION,
                            new ActorRef(org.id(), org.name(), null, ActorRole.ORGANISATION, org.acronym()), null,
                            MentionResolution.DICTIONARY));
                }
            }
        }
    }

    /**
     * "Xi to Astana", "PM to Moscow": in a headline, "to" right after a person's name or title drops the verb of
     * travel, and the capital is where he goes. Not "Message to Moscow", where no person stands before it.
     */
    private boolean headlineDestination(List<Token> tokens, int at) {
        if (at < 2 || !tokens.get(at - 1).lower().equals("to")) {
            return false;
        }
        Token before = tokens.get(at - 2);
        return before.isCapitalized() && (TitleWords.isTitleWord(before)
                || !index.personsWithLastName(before.key()).isEmpty()
                || !index.personsWithFirstName(before.key()).isEmpty());
    }

    /**
     * "The de facto authorities in Kabul", "the Taliban administration", and later "the de facto authorities"
     * alone: a government named by description (see {@link DescribedGovernments}) is a group of its country.
     */
    private void described(Scan scan, Article article, List<Hit> hits) {
        for (DescribedGovernments.Description d : DescribedGovernments.find(scan.tokens)) {
            if (!scan.free(d.start(), d.end())) {
                // "Afghanistan's de facto authorities": the nationality made the group; remember its country.
                scan.mentions.stream().filter(m -> m.kind() == MentionKind.GROUP && m.country() != null
                        && m.tokenStart() <= d.start() && m.tokenEnd() >= d.end())
                        .findFirst().ifPresent(m -> article.describedCountry = m.country());
                continue;
            }
            String iso = switch (d.anchor()) {
                // a seat of government only: "the de facto authorities in Donetsk" are not Ukraine's
                case CAPITAL_AFTER -> hits.stream().filter(h -> h.start() == d.end() + 1
                        && h.entry().kind() == EntryKind.CAPITAL).map(h -> h.entry().id()).findFirst().orElse(null);
                case TALIBAN -> DescribedGovernments.talibanGovern(article.day) ? "AFG" : null;
                case EARLIER -> article.describedCountry;
            };
            if (iso != null) {
                scan.add(d.start(), d.end(), MentionKind.GROUP, government(iso), iso, MentionResolution.TITLE);
                article.describedCountry = iso;
            }
        }
    }

    private static boolean isPlaceAt(Scan scan, int token) {
        Mention m = mentionAt(scan, token);
        return m != null && m.kind() == MentionKind.PLACE;
    }

    /**
     * A city of the gazetteer is a place ("arrived in Karachi", "the summit in Samarkand"), never a government;
     * nothing when it begins a longer name ("Karachi Port Trust", "Sydney Morning Herald").
     */
    private void city(Scan scan, Hit hit) {
        boolean partOfName = hit.end() < scan.tokens.size() && scan.tokens.get(hit.end()).isCapitalized()
                && Words.canBeNameWord(scan.tokens.get(hit.end())) && !scan.sentence.isTitle();
        boolean afterName = hit.start() > 0 && !scan.covered[hit.start() - 1]
                && scan.tokens.get(hit.start() - 1).isCapitalized()
                && Words.canBeNameWord(scan.tokens.get(hit.start() - 1)) && !scan.sentence.isTitle();
        if (partOfName || afterName) {
            scan.cover(hit.start(), hit.end());
        } else {
            String iso = hit.entry().id();
            scan.add(hit.start(), hit.end(), MentionKind.PLACE, country(iso), iso, MentionResolution.DICTIONARY);
        }
    }

    /**
     * "Pakistan's DGMO, Major General X,": a capitalised word the title list lacks, set off from a name that a rank
     * opens, still introduces an officer of that country. True when it did.
     */
    private boolean rankedApposition(Scan scan, Article article, String iso, int at) {
        List<Token> tokens = scan.tokens;
        // "Pakistan's Director General of Military Operations, Major General X,": the office's capitalised words,
        // maybe joined by "of", "for" or "and".
        int comma = at;
        while (comma < tokens.size() && comma - at < MAX_OFFICE_WORDS && !scan.covered[comma]
                && (tokens.get(comma).isCapitalized() && !tokens.get(comma).isPunctuation()
                    || comma > at && OFFICE_JOINTS.contains(tokens.get(comma).lower()))) {
            comma++;
        }
        if (comma == at || comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",")
                || !tokens.get(comma - 1).isCapitalized() || !TitleWords.isRank(tokens.get(comma + 1))) {
            return false;
        }
        NameRun apposed = apposedName(scan, comma);
        if (apposed == null) {
            return false;
        }
        scan.cover(at, comma + 1);
        named(scan, article, apposed, iso, new TitleWords.Title(at, comma, scan.sentence.words(at, comma)
                .toLowerCase(Locale.ROOT), ActorRole.MILITARY, false));
        return true;
    }

    /**
     * What follows a nationality (an adjective, "Pakistan's", or a country name used attributively) at
     * {@code at}: a title with or without a name, a group, a counterpart, or nothing that makes an actor.
     */
    private void nationality(Scan scan, Article article, String iso, int from, int at) {
        List<Token> tokens = scan.tokens;
        TitleWords.Title title = TitleWords.at(tokens, at);
        if (title == null) {
            title = titleAfterUnitName(scan, at);
        }
        if (title == null) {
            title = qualifiedOrPortfolioTitle(scan, at);
        }
        if (title != null && !scan.free(title.start(), title.end())) {
            title = null;
        }
        if (title != null) {
            int j = skipRanks(tokens, title.end());
            if (j < tokens.size() && scan.covered[j]) {
                scan.cover(at, title.end());
                return;
            }
            NameRun run = NameRun.at(tokens, scan.covered, j, scan.sentence.text(), scan.sentence.start());
            if (run != null && !title.plural()) {
                scan.cover(at, j);
                named(scan, article, run, iso, title);
                return;
            }
            int comma = title.plural() ? -1 : commaAfterScope(scan, j);
            NameRun apposed = comma < 0 ? null : apposedName(scan, comma);
            if (apposed != null) {
                // "the US national security adviser, Mike Waltz," / "Japan's chief negotiator, Ryosei Akazawa," /
                // "India's ambassador to China, Pradeep Rawat,": the title, maybe with its remit, then the name.
                scan.cover(at, j);
                scan.cover(comma, comma + 1);
                named(scan, article, apposed, iso, title);
                return;
            }
            NameRun before = title.plural() ? null : nameBeforeComma(scan, from);
            if (before != null) {
                // "Musaed al-Aiban, Saudi Arabia's national security adviser": the title set off after the name.
                scan.cover(from, title.end());
                named(scan, article, before, iso, title);
                return;
            }
            if (title.plural() || isGeneric(tokens, from)) {
                scan.add(from, title.end(), MentionKind.GROUP, government(iso), iso, MentionResolution.TITLE);
            } else {
                scan.cover(at, title.end());
                scan.pendingOffices.add(new int[] {from, title.end()});
                scan.pendingOfficeInfo.add(new String[] {iso, title.phrase(), title.role().name()});
            }
            return;
        }
        if (rankedApposition(scan, article, iso, at)) {
            return;
        }
        int[] noun = ActorNouns.after(tokens, at);
        if (at < tokens.size() && ActorNouns.isPlaceNoun(tokens.get(at))
                && noun[0] != ActorNouns.Kind.GROUP.ordinal()) {
            // "the Turkish resort of Antalya", but "Afghan border officials" are a group.
            scan.add(from, at + 1, MentionKind.PLACE, country(iso), iso, MentionResolution.DICTIONARY);
            return;
        }
        if (noun[0] == ActorNouns.Kind.GROUP.ordinal()) {
            boolean counterpart = ActorNouns.isCounterpart(tokens.get(noun[1] - 1));
            if (counterpart && noun[1] < tokens.size() && scan.covered[noun[1]]) {
                scan.cover(at, noun[1]);
                return;
            }
            NameRun apposed = counterpart ? apposedName(scan, noun[1]) : null;
            if (apposed != null) {
                // "his Moroccan counterpart, Nasser Bourita,": the counterpart named.
                scan.cover(at, noun[1] + 1);
                ActorRef subject = subjectBefore(scan, from, article);
                ActorRole role = subject == null || !KEY_ROLES.contains(subject.role()) ? ActorRole.OTHER_OFFICIAL
                        : subject.role();
                named(scan, article, apposed, iso, new TitleWords.Title(at, noun[1], "counterpart", role, false));
                return;
            }
            if (counterpart) {
                scan.cover(at, noun[1]);
                scan.pendingOffices.add(new int[] {from, noun[1]});
                scan.pendingOfficeInfo.add(new String[] {iso, "counterpart", null});
                return;
            }
            scan.add(from, noun[1], MentionKind.GROUP, government(iso), iso, MentionResolution.TITLE);
        }
    }

    /**
     * "Pakistani and Afghan border officials", "the Japanese and South Korean foreign ministers", "Chinese, Russian
     * and Iranian warships": nationalities joined before one group noun make one group each.
     */
    private void sharedNouns(Scan scan) {
        List<Mention> groups = scan.mentions.stream().filter(m -> m.kind() == MentionKind.GROUP).toList();
        for (Mention group : groups) {
            int joint = group.tokenStart() - 1;
            while (joint > 0 && isListJoint(scan.tokens.get(joint))) {
                String[] found = new String[1];
                int[] adjective = adjectiveEndingAt(scan, joint, found);
                if (adjective == null) {
                    break;
                }
                String iso = found[0];
                if (iso.equals(group.country())) {
                    break;
                }
                scan.mentions.add(new Mention(scan.sentence.index(), adjective[0], adjective[1],
                        scan.tokens.get(adjective[0]).start(), scan.tokens.get(adjective[1] - 1).end(),
                        scan.sentence.words(adjective[0], adjective[1]), MentionKind.GROUP, government(iso), iso,
                        MentionResolution.TITLE));
                joint = adjective[0] - 1;
            }
        }
    }

    /**
     * "US Central Command chief General Michael Kurilla", "Russian Pacific Fleet commander Admiral ...": a title
     * after the capitalised name of a command or body (at most three words), or null.
     */
    private static TitleWords.Title titleAfterUnitName(Scan scan, int at) {
        List<Token> tokens = scan.tokens;
        int k = at;
        while (k < tokens.size() && k - at < UNIT_NAME_WORDS && !scan.covered[k] && tokens.get(k).isCapitalized()
                && !tokens.get(k).isPunctuation() && !TitleWords.isTitleWord(tokens.get(k))) {
            k++;
        }
        if (k == at || k >= tokens.size() || scan.covered[k]) {
            return null;
        }
        // "Ukraine's Infrastructure Minister X": a capitalised "Minister" after a portfolio the title words lack.
        boolean portfolio = k - at <= PORTFOLIO_WORDS && tokens.get(k).lower().equals("minister");
        return tokens.get(k).isCapitalized() && !portfolio ? null : TitleWords.at(tokens, k);
    }

    /**
     * "Syria's new foreign minister, X,", "Iran's sports minister, X,": after an owner, a title behind a qualifier,
     * or a lower-case "minister" behind a portfolio the title words lack, when a name set off by a comma follows.
     * Null otherwise.
     */
    private TitleWords.Title qualifiedOrPortfolioTitle(Scan scan, int at) {
        List<Token> tokens = scan.tokens;
        if (at == 0 || !tokens.get(at - 1).isPossessive()) {
            return null;
        }
        int k = at;
        while (k < tokens.size() && k - at < 2 && TITLE_OWNER_QUALIFIERS.contains(tokens.get(k).lower())) {
            k++;
        }
        TitleWords.Title title = k > at && k < tokens.size() ? TitleWords.at(tokens, k) : null;
        if (title == null) {
            int m = k;
            while (m < tokens.size() && m - k < PORTFOLIO_WORDS && !scan.covered[m]
                    && Character.isLowerCase(tokens.get(m).text().charAt(0))
                    && !tokens.get(m).lower().equals("minister")
                    && tokens.get(m).text().chars().allMatch(Character::isLetter)) {
                m++;
            }
            title = m > k && m < tokens.size() && tokens.get(m).text().equals("minister") ? TitleWords.at(tokens, m)
                    : null;
        }
        if (title == null || title.end() >= tokens.size() || !tokens.get(title.end()).text().equals(",")
                || apposedName(scan, title.end()) == null) {
            return null;
        }
        return title;
    }

    /** The span of a nationality adjective that ends just before {@code joint} and has no mention of its own. */
    private int[] adjectiveEndingAt(Scan scan, int joint, String[] country) {
        for (int start = joint - 1; start >= Math.max(0, joint - 3); start--) {
            if (mentionAt(scan, start) != null) {
                return null;
            }
            int from = start;
            for (TokenTrie.Match<Entry> match : index.match(scan.tokens.subList(from, joint))) {
                Entry entry = preferred(match.values());
                // An adjective that is also a language ("French") is a nationality before a shared group noun.
                boolean clear = !entry.ambiguous() || entry.kind() == EntryKind.ADJECTIVE;
                if (match.start() == 0 && match.end() == joint - from && clear
                        && (entry.kind() == EntryKind.ADJECTIVE || entry.kind() == EntryKind.COUNTRY)) {
                    country[0] = entry.id();
                    return new int[] {from, joint};
                }
            }
        }
        return null;
    }

    /**
     * A name of two words or more just before the comma that ends at {@code from}, itself opening its sentence or
     * following a comma, "and" or "by": "Musaed al-Aiban, Saudi Arabia's ...". Null otherwise.
     */
    private static NameRun nameBeforeComma(Scan scan, int from) {
        List<Token> tokens = scan.tokens;
        int comma = from - 1;
        if (comma < 2 || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        for (int start = Math.max(0, comma - 6); start < comma - 1; start++) {
            String prev = start == 0 ? "," : tokens.get(start - 1).lower();
            if (!APPOSITION_OPENERS.contains(prev) || scan.covered[start]) {
                continue;
            }
            NameRun run = NameRun.at(tokens, scan.covered, start, scan.sentence.text(), scan.sentence.start());
            if (run != null && run.end() == comma && run.words().size() >= 2) {
                return run;
            }
        }
        return null;
    }

    /**
     * The comma that sets off a name after a title ending at {@code j}: at {@code j} itself, or after the title's
     * remit ("ambassador to China,", "special envoy for Afghanistan,"); -1 when there is none.
     */
    private static int commaAfterScope(Scan scan, int j) {
        List<Token> tokens = scan.tokens;
        if (j >= tokens.size() || !SCOPE_WORDS.contains(tokens.get(j).lower())) {
            return j;
        }
        int k = j + 1;
        if (k < tokens.size() && tokens.get(k).lower().equals("the")) {
            k++;
        }
        int first = k;
        while (k < tokens.size() && k - first < UNIT_NAME_WORDS && tokens.get(k).isCapitalized()
                && !tokens.get(k).isPunctuation()) {
            k++;
        }
        return k > first && k < tokens.size() && tokens.get(k).text().equals(",") ? k : -1;
    }

    /** A name of two words or more set off by commas right after a title: ", Mike Waltz,". */
    private static NameRun apposedName(Scan scan, int comma) {
        List<Token> tokens = scan.tokens;
        if (comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        // ", General Upendra Dwivedi,": a rank may open the name set off by commas.
        int first = skipRanks(tokens, comma + 1);
        if (first < tokens.size() && scan.covered[first]) {
            return null;
        }
        NameRun run = NameRun.at(tokens, scan.covered, first, scan.sentence.text(), scan.sentence.start());
        if (run == null || run.words().size() < 2) {
            return null;
        }
        String after = run.end() < tokens.size() ? tokens.get(run.end()).lower() : ".";
        return NAME_RUN_ENDS.contains(after) ? run : null;
    }

    /** A name after a nationality and title: a dictionary person (maybe spelt differently) or a new one. */
    private void named(Scan scan, Article article, NameRun run, String iso, TitleWords.Title title) {
        String personId = dictionaryPerson(run, iso, article.day);
        if (personId == null) {
            personId = officeHolderElsewhere(run, article.day);
        }
        if (personId != null) {
            addPerson(scan, article, run.start(), run.end(), personId, MentionResolution.DICTIONARY, run.words());
            return;
        }
        if (run.words().size() == 1) {
            // "Chinese Premier Li": a short form, resolved in the second pass.
            return;
        }
        ActorRef intro = new ActorRef("intro:" + iso + ":" + run.slug(), run.text(), iso, title.role(), null);
        scan.add(run.start(), run.end(), MentionKind.PERSON, intro, iso, MentionResolution.INTRODUCED);
        article.roster.add(intro, run.words(), title.phrase(), scan.position(run.start()));
    }

    /**
     * "His Chinese and South Korean counterparts, Wang Yi and Cho Tae-yul": a full name that the dictionary gives
     * one person in office on the article's day, of another country than the nationality before it, is that person;
     * lists pair names and nationalities loosely, office holders' names are certain. Null otherwise.
     */
    private String officeHolderElsewhere(NameRun run, LocalDate day) {
        String personId = dictionaryPerson(run, null, day);
        return personId != null && index.inOffice(personId, day) ? personId : null;
    }

    /**
     * The dictionary person a name run spells, exactly or as a transliteration variant, or null. Of two people
     * the spelling fits, the one in office on the article's day.
     */
    private String dictionaryPerson(NameRun run, String iso, LocalDate day) {
        if (run.words().size() < 2) {
            return null;
        }
        List<String> candidates = index.personsSpelledLike(run.words()).stream()
                .filter(p -> iso == null || index.terms(p).stream().anyMatch(t -> t.country().equals(iso)))
                .toList();
        if (candidates.size() > 1) {
            candidates = candidates.stream().filter(p -> index.inOffice(p, day)).toList();
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** "Prime Minister Imran Khan" needs nothing; "Housing Minister Riaz Hussain Pirzada" introduces someone. */
    private void titlesWithNames(Scan scan, Article article) {
        List<Token> tokens = scan.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (scan.covered[i]) {
                continue;
            }
            TitleWords.Title title = TitleWords.at(tokens, i);
            if (title == null || !scan.free(i, title.end()) || title.plural()) {
                continue;
            }
            int j = title.end();
            String iso = null;
            if (j + 1 < tokens.size() && tokens.get(j).lower().equals("of") && scan.covered[j + 1]) {
                Mention country = mentionAt(scan, j + 1);
                if (country != null && country.kind() == MentionKind.COUNTRY) {
                    iso = country.country();
                    j = country.tokenEnd();
                }
            }
            NameRun ofState = iso == null && i > 0 && tokens.get(i - 1).lower().equals("its")
                    ? apposedName(scan, j) : null;
            String owner = ofState == null ? null : stateBefore(scan, i - 1);
            if (owner != null) {
                // "Washington expelled South Africa's aid workers and its ambassador, X,": "its" is the state
                // named last before it.
                scan.cover(i, j + 1);
                introduce(scan, article, ofState, owner, title);
                i = ofState.end() - 1;
                continue;
            }
            j = skipRanks(tokens, j);
            if (j >= tokens.size() || scan.covered[j]) {
                Mention holder = iso == null && j < tokens.size() && !owned(scan, i) ? mentionAt(scan, j) : null;
                if (holder != null && holder.kind() == MentionKind.PERSON
                        && holder.resolution() == MentionResolution.DICTIONARY
                        && index.inOffice(holder.actor().id(), article.day)) {
                    article.bareTitled(holder.country());
                }
                i = title.end() - 1;
                continue;
            }
            NameRun run = NameRun.at(tokens, scan.covered, j, scan.sentence.text(), scan.sentence.start());
            NameRun unitHead = iso != null && run != null && run.end() + 1 < tokens.size()
                    && TitleWords.isRank(tokens.get(run.end() + 1)) ? apposedName(scan, run.end()) : null;
            if (unitHead != null) {
                // "the commander of US Pacific Fleet, Admiral X,": the unit's name, then the person heading it.
                scan.cover(run.start(), run.end() + 1);
                run = unitHead;
            }
            if (run == null || run.words().size() < 2) {
                if (iso != null && run == null) {
                    scan.cover(i, title.end());
                    scan.pendingOffices.add(new int[] {i, title.end()});
                    scan.pendingOfficeInfo.add(new String[] {iso, title.phrase(), title.role().name()});
                }
                i = title.end() - 1;
                continue;
            }
            String country = iso != null ? iso : coordinatedCountry(scan, i);
            if (country == null) {
                country = seatBefore(scan, i);
            }
            if (country == null) {
                country = leaderOfGroup(scan, i);
            }
            if (country == null) {
                country = sentenceDateline(scan, i);
            }
            if (country == null && article.bareTitleCountry != null && article.homeCountry != null
                    && !article.bareTitleCountry.equals(article.homeCountry) && !owned(scan, i)
                    && !namesPersonOf(scan, article, article.bareTitleCountry)) {
                // "Foreign Minister Hakan Fidan met ... Interior Minister Ali Yerlikaya said" in a story filed from
                // Damascus: the writer's own officials go without a nationality, wherever the dateline is; not
                // one named beside a person of that country ("Petro was received by Trade Minister X"), who may
                // be his host.
                country = article.bareTitleCountry;
            }
            if (country == null && article.homeCountry != null && !namesCountry(scan, article, article.homeCountry)) {
                // "Federal Minister for Commerce Jam Kamal Khan" in a story filed from Islamabad: a local official,
                // unless the sentence names the dateline's country already (then he is the visitor).
                country = article.homeCountry;
            }
            String personId = dictionaryPerson(run, null, article.day);
            if (personId != null && iso == null && !owned(scan, i) && index.inOffice(personId, article.day)) {
                article.bareTitled(person(personId, article.day).country());
            }
            if (personId != null) {
                addPerson(scan, article, run.start(), run.end(), personId, MentionResolution.DICTIONARY, run.words());
            } else if (country != null) {
                ActorRef intro = new ActorRef("intro:" + country + ":" + run.slug(), run.text(), country,
                        title.role(), null);
                scan.add(run.start(), run.end(), MentionKind.PERSON, intro, country, MentionResolution.INTRODUCED);
                article.roster.add(intro, run.words(), title.phrase(), scan.position(run.start()));
            } else {
                scan.unplaced.add(new int[] {run.start(), run.end(), i});
                scan.unplacedTitles.add(title);
            }
            i = run.end() - 1;
        }
    }

    /**
     * True when a nationality or an owner stands before the title at {@code at}, maybe across a qualifier or two:
     * "Syria's new leader", "the country's interim president". Such a title is not a bare one.
     */
    private static boolean owned(Scan scan, int at) {
        int k = at - 1;
        while (k >= 0 && at - k <= 2 && TITLE_OWNER_QUALIFIERS.contains(scan.tokens.get(k).lower())) {
            k--;
        }
        return k >= 0 && (scan.tokens.get(k).isPossessive() || scan.covered[k] && scan.tokens.get(k).isCapitalized());
    }

    /**
     * "Their defence ministers, Song Young-moo and No Kwang Chol,", "the foreign ministers of China and Pakistan,
     * X and Y,": a plural title before two names gives a name the dictionary does not know the title, and the
     * country of the pair the other name leaves (the pair after "of", else the two countries the sentence, or the
     * nearest sentence before it, names with the known name's).
     */
    private void pluralTitlesWithNames(List<Scan> scans, int s, Article article) {
        Scan scan = scans.get(s);
        List<Token> tokens = scan.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            TitleWords.Title title = TitleWords.at(tokens, i);
            if (title == null || !title.plural() || !KEY_ROLES.contains(title.role())) {
                continue;
            }
            i = title.end() - 1;
            List<String> pair = new ArrayList<>(2);
            int j = ofPair(scan, title.end(), pair);
            if (j < tokens.size() && tokens.get(j).text().equals(",")) {
                j++;
            }
            Object first = pairedName(scan, j);
            int and = first == null ? -1 : pairedNameEnd(first);
            Object second = and >= 0 && and < tokens.size() && tokens.get(and).lower().equals("and")
                    ? pairedName(scan, and + 1) : null;
            if (second == null || !(first instanceof NameRun) && !(second instanceof NameRun)) {
                continue;
            }
            List<String> known = new ArrayList<>(2);
            for (Object name : List.of(first, second)) {
                if (name instanceof Mention m && m.country() != null) {
                    known.add(m.country());
                }
            }
            if (pair.isEmpty()) {
                pair = pairBefore(scans, s, title.start(), known);
            }
            List<String> left = new ArrayList<>(pair);
            left.removeAll(known);
            int unknown = 2 - known.size();
            if (pair.size() != 2 || left.size() != unknown) {
                continue;
            }
            String phrase = title.phrase().replaceFirst("s$", "");
            int k = 0;
            for (Object name : List.of(first, second)) {
                if (name instanceof NameRun run) {
                    String iso = left.get(k++);
                    ActorRef intro = new ActorRef("intro:" + iso + ":" + run.slug(), run.text(), iso, title.role(),
                            null);
                    scan.add(run.start(), run.end(), MentionKind.PERSON, intro, iso, MentionResolution.INTRODUCED);
                    article.roster.add(intro, run.words(), phrase, scan.position(run.start()));
                    article.certainCountries.add(iso);
                }
            }
            i = pairedNameEnd(second) - 1;
        }
    }

    /** Past "of China and Pakistan" at {@code at}, adding the two countries to {@code pair}; else {@code at}. */
    private static int ofPair(Scan scan, int at, List<String> pair) {
        List<Token> tokens = scan.tokens;
        if (at + 1 >= tokens.size() || !tokens.get(at).lower().equals("of")) {
            return at;
        }
        Mention a = mentionAt(scan, at + 1);
        if (a == null || a.kind() != MentionKind.COUNTRY || a.tokenEnd() >= tokens.size()
                || !tokens.get(a.tokenEnd()).lower().equals("and")) {
            return at;
        }
        Mention b = mentionAt(scan, a.tokenEnd() + 1);
        if (b == null || b.kind() != MentionKind.COUNTRY || b.country().equals(a.country())) {
            return at;
        }
        pair.add(a.country());
        pair.add(b.country());
        return b.tokenEnd();
    }

    /** A person the dictionary named at {@code at} (a {@link Mention}), a name run of two words or more, or null. */
    private static Object pairedName(Scan scan, int at) {
        if (at >= scan.tokens.size()) {
            return null;
        }
        if (scan.covered[at]) {
            Mention m = mentionAt(scan, at);
            return m != null && m.kind() == MentionKind.PERSON && m.tokenStart() == at ? m : null;
        }
        NameRun run = NameRun.at(scan.tokens, scan.covered, at, scan.sentence.text(), scan.sentence.start());
        return run != null && run.words().size() >= 2 ? run : null;
    }

    private static int pairedNameEnd(Object name) {
        return name instanceof Mention m ? m.tokenEnd() : ((NameRun) name).end();
    }

    /**
     * The two countries, in the order named, of the people, countries and governments ("the South Korean leader")
     * the sentence names before {@code at}, or
     * of the nearest earlier sentence that names exactly two with every country in {@code known}; else empty.
     */
    private static List<String> pairBefore(List<Scan> scans, int s, int at, List<String> known) {
        for (int k = s; k >= Math.max(1, s - PAIR_LOOKBACK); k--) {
            List<String> countries = new ArrayList<>(2);
            for (Mention m : scans.get(k).mentions) {
                boolean named = m.kind() == MentionKind.PERSON || m.kind() == MentionKind.COUNTRY
                        || m.kind() == MentionKind.GOVERNMENT;
                if (named && m.country() != null && (k < s || m.tokenEnd() <= at)
                        && !countries.contains(m.country())) {
                    countries.add(m.country());
                }
            }
            if (countries.size() == 2 && countries.containsAll(known)) {
                return countries;
            }
        }
        return List.of();
    }

    /** The country of the last country or government the sentence names before {@code at}, or null. */
    private static String stateBefore(Scan scan, int at) {
        Mention last = null;
        for (Mention m : scan.mentions) {
            if (m.tokenEnd() <= at && (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.GOVERNMENT)
                    && (last == null || m.tokenStart() > last.tokenStart())) {
                last = m;
            }
        }
        return last == null ? null : last.country();
    }

    /** A dictionary person the name spells, else someone the article introduces with that title. */
    private void introduce(Scan scan, Article article, NameRun run, String iso, TitleWords.Title title) {
        String personId = dictionaryPerson(run, iso, article.day);
        if (personId != null) {
            addPerson(scan, article, run.start(), run.end(), personId, MentionResolution.DICTIONARY, run.words());
            return;
        }
        ActorRef intro = new ActorRef("intro:" + iso + ":" + run.slug(), run.text(), iso, title.role(), null);
        scan.add(run.start(), run.end(), MentionKind.PERSON, intro, iso, MentionResolution.INTRODUCED);
        article.roster.add(intro, run.words(), title.phrase(), scan.position(run.start()));
    }

    /**
     * "Kremlin spokesman X", "White House press secretary X": the country of a seat of government written just
     * before the title, or null. Not "Moscow said Foreign Minister X would visit": only "press" or "media" may
     * stand between.
     */
    private static String seatBefore(Scan scan, int titleStart) {
        int k = titleStart - 1;
        if (k >= 0 && !scan.covered[k] && SEAT_TITLE_WORDS.contains(scan.tokens.get(k).text())) {
            k--;
        }
        Mention seat = k >= 0 ? mentionAt(scan, k) : null;
        return seat != null && seat.kind() == MentionKind.GOVERNMENT && seat.tokenEnd() == k + 1 ? seat.country()
                : null;
    }

    /**
     * "An Afghan delegation led by acting Mines Minister X": the country of the group a titled person leads, or
     * null.
     */
    private static String leaderOfGroup(Scan scan, int titleStart) {
        int k = titleStart - 1;
        if (k < 2 || !scan.tokens.get(k).lower().equals("by") || !LEADING.contains(scan.tokens.get(k - 1).lower())) {
            return null;
        }
        Mention group = mentionAt(scan, k - 2);
        return group != null && group.kind() == MentionKind.GROUP ? group.country() : null;
    }

    /**
     * "In Kabul, government spokesman X said": a sentence that opens on a capital or city as its own dateline
     * gives its officials, introduced by a title alone, that country; null otherwise.
     */
    private static String sentenceDateline(Scan scan, int titleStart) {
        List<Token> tokens = scan.tokens;
        if (tokens.size() < 4 || !tokens.get(0).lower().equals("in")) {
            return null;
        }
        Mention place = mentionAt(scan, 1);
        if (place == null || place.kind() != MentionKind.PLACE || place.tokenStart() != 1
                || place.tokenEnd() >= titleStart || !tokens.get(place.tokenEnd()).text().equals(",")) {
            return null;
        }
        for (int k = place.tokenEnd() + 1; k < titleStart; k++) {
            if (!Character.isLowerCase(tokens.get(k).text().charAt(0))) {
                // "In Kabul, Pakistani officials ...": only lower-case words such as "government" may lead in.
                return null;
            }
        }
        return place.country();
    }

    /**
     * After the people named by surname or title are known: an official introduced by a title alone whose country
     * the first pass could not tell, who travels with someone ("was accompanied by army chief General X", "Finance
     * Minister X, who is travelling with the prime minister,"), acts for that person's country.
     */
    private void companions(Scan scan, Article article) {
        for (int u = 0; u < scan.unplaced.size(); u++) {
            int[] at = scan.unplaced.get(u);
            if (!scan.free(at[0], at[1])) {
                continue;
            }
            String country = Companions.country(scan.tokens, scan.mentions, at[2], at[1]);
            if (country != null) {
                NameRun run = NameRun.at(scan.tokens, scan.covered, at[0], scan.sentence.text(),
                        scan.sentence.start());
                TitleWords.Title title = scan.unplacedTitles.get(u);
                if (run != null && run.end() == at[1]) {
                    introduce(scan, article, run, country, title);
                }
            }
        }
    }

    /** "Secretary of State Marco Rubio and national security adviser Mike Waltz": the country of the first. */
    private static String coordinatedCountry(Scan scan, int titleStart) {
        int k = titleStart - 1;
        if (k > 0 && scan.tokens.get(k).lower().equals("and")) {
            Mention before = mentionAt(scan, k - 1);
            if (before != null && before.kind() == MentionKind.PERSON) {
                return before.country();
            }
        }
        return null;
    }

    /**
     * True when the sentence names an actor of {@code iso}: a mention found so far (places do not count) or the
     * surname of someone in office there ("Trump", resolved only in the second pass).
     */
    private boolean namesCountry(Scan scan, Article article, String iso) {
        // A pair ("the Kenya-Ethiopia commission") names both sides, so it tells no visitor from a host.
        if (scan.mentions.stream().anyMatch(m -> iso.equals(m.country()) && m.kind() != MentionKind.PLACE
                && m.resolution() != MentionResolution.PAIR)) {
            return true;
        }
        return namesHolderOf(scan, article, iso);
    }

    /** True when the sentence names a person of {@code iso}: a mention of one, or an office holder's surname. */
    private boolean namesPersonOf(Scan scan, Article article, String iso) {
        return scan.mentions.stream().anyMatch(m -> iso.equals(m.country()) && m.kind() == MentionKind.PERSON)
                || namesHolderOf(scan, article, iso);
    }

    /** True when a capitalised word of the sentence is the surname of an office holder of {@code iso}. */
    private boolean namesHolderOf(Scan scan, Article article, String iso) {
        for (int i = 0; i < scan.tokens.size(); i++) {
            Token t = scan.tokens.get(i);
            if (!scan.covered[i] && t.isCapitalized() && Words.canBeNameWord(t) && t.text().length() >= 3
                    && index.personsWithLastName(t.key()).stream().anyMatch(p -> index.inOffice(p, article.day)
                        && fits(p, iso, article.day))) {
                return true;
            }
        }
        return false;
    }

    /** "Ali Shamkhani, secretary of Iran's Supreme National Security Council," introduces an Iranian. */
    private void appositives(Scan scan, Article article) {
        List<Token> tokens = scan.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (scan.covered[i] || !tokens.get(i).isCapitalized()) {
                continue;
            }
            NameRun run = NameRun.at(tokens, scan.covered, i, scan.sentence.text(), scan.sentence.start());
            if (run == null) {
                continue;
            }
            i = run.end() - 1;
            if (run.words().size() < 2 || run.end() >= tokens.size()) {
                continue;
            }
            String link = tokens.get(run.end()).lower();
            if (!link.equals(",") && !link.equals("was") && !link.equals("is")) {
                continue;
            }
            String iso = null;
            TitleWords.Title title = null;
            for (int k = run.end() + 1; k < Math.min(tokens.size(), run.end() + 12); k++) {
                String w = tokens.get(k).lower();
                if (w.equals(",") || w.equals(";") || w.equals(".")) {
                    break;
                }
                Mention m = mentionAt(scan, k);
                boolean place = m != null && Words.isLocative(tokens, m.tokenStart());
                if (m != null && iso == null && !place && (m.kind() == MentionKind.COUNTRY
                        || m.kind() == MentionKind.GROUP || m.kind() == MentionKind.GOVERNMENT)) {
                    // A person's country comes from a nationality, an office or a seat of government ("the
                    // Kremlin's spokesman"), never from where he went.
                    iso = m.country();
                }
                if (iso == null && scan.covered[k] && m == null) {
                    iso = adjectiveCountry(tokens, k);
                }
                if (title == null && (!scan.covered[k] || !link.equals(",") && isPredicateNoun(scan, run.end(), k)
                        && (m == null || m.kind() == MentionKind.GROUP))) {
                    // "X was the last Pakistani foreign minister to ...": the title of a predicate noun, which
                    // the nationality before it has taken as an office, names the subject.
                    title = TitleWords.at(tokens, k);
                }
            }
            if (iso == null || title == null || title.plural()) {
                continue;
            }
            String personId = dictionaryPerson(run, iso, article.day);
            if (personId != null) {
                addPerson(scan, article, run.start(), run.end(), personId, MentionResolution.DICTIONARY, run.words());
            } else {
                ActorRef intro = new ActorRef("intro:" + iso + ":" + run.slug(), run.text(), iso, title.role(), null);
                scan.add(run.start(), run.end(), MentionKind.PERSON, intro, iso, MentionResolution.INTRODUCED);
                article.roster.add(intro, run.words(), title.phrase(), scan.position(run.start()));
            }
        }
    }

    /**
     * True when only articles, words like "last" or "former" and a nationality stand between the "was" or "is" at
     * {@code link} and {@code at}: "was the last Pakistani", not "was received by the Pakistani".
     */
    private static boolean isPredicateNoun(Scan scan, int link, int at) {
        if (at - link > PREDICATE_WORDS) {
            return false;
        }
        boolean nationality = false;
        for (int k = link + 1; k < at; k++) {
            String w = scan.tokens.get(k).lower();
            if (scan.covered[k]) {
                nationality = true;
            } else if (nationality || !w.equals("the") && !GENERIC.contains(w)) {
                return false;
            }
        }
        return nationality;
    }

    private String adjectiveCountry(List<Token> tokens, int at) {
        for (TokenTrie.Match<Entry> match : index.match(tokens.subList(at, Math.min(tokens.size(), at + 3)))) {
            Entry entry = preferred(match.values());
            if (match.start() == 0 && entry.kind() == EntryKind.ADJECTIVE) {
                return entry.id();
            }
        }
        return null;
    }

    /** "Sergei Lavrov" when the dictionary spells him "Sergey Lavrov". */
    private void spellingVariants(Scan scan, Article article) {
        List<Token> tokens = scan.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (scan.covered[i] || !tokens.get(i).isCapitalized()) {
                continue;
            }
            NameRun run = NameRun.at(tokens, scan.covered, i, scan.sentence.text(), scan.sentence.start());
            if (run == null) {
                continue;
            }
            String personId = dictionaryPerson(run, null, article.day);
            if (personId != null) {
                addPerson(scan, article, run.start(), run.end(), personId, MentionResolution.DICTIONARY, run.words());
            }
            i = run.end() - 1;
        }
    }

    private static void pairReferences(Scan scan) {
        List<Token> tokens = scan.tokens;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            boolean two = w.equals("two") && i > 0 && tokens.get(i - 1).lower().equals("the");
            boolean both = w.equals("both");
            if (two && !QUANTITIES.contains(tokens.get(i + 1).lower())) {
                // "the two held no bilateral meeting", "the two leaders": the pair just named.
                scan.pairReferences.add(i);
            } else if (w.equals("three") && i > 0 && tokens.get(i - 1).lower().equals("the")
                    && PAIR_NOUNS.contains(tokens.get(i + 1).lower())) {
                // "a summit of the three countries": the three just named, read by the coder as three pairs.
                scan.pairReferences.add(i);
            } else if ((w.equals("parties") || w.equals("sides")) && partiesAsSubject(tokens, i)) {
                // "On the same day, the parties are expected to sign": the pair of the article's contact.
                scan.pairReferences.add(i);
            } else if (HeadsOfState.referenceAt(tokens, i)) {
                scan.pairReferences.add(i);
            } else if (both) {
                for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
                    String noun = tokens.get(k).lower();
                    if (PAIR_NOUNS.contains(noun) || noun.equals("sides'") || noun.equals("countries'")) {
                        scan.pairReferences.add(i);
                        break;
                    }
                }
            }
        }
    }

    /**
     * "the parties" or "the sides" opening a clause and followed by its verb ("the sides agreed", "the parties
     * will sign"); not "the parties to the conflict" or "talks between the parties".
     */
    private static boolean partiesAsSubject(List<Token> tokens, int at) {
        if (at < 1 || !tokens.get(at - 1).lower().equals("the")
                || !SUBJECT_VERBS.contains(tokens.get(at + 1).lower())) {
            return false;
        }
        return at == 1 || CLAUSE_OPENERS.contains(tokens.get(at - 2).lower());
    }

    // ---- second pass: what refers back ----

    private void secondPass(Scan scan, Article article) {
        for (Mention m : scan.mentions) {
            if (m.actor() != null && m.kind() == MentionKind.PERSON) {
                article.roster.seen(m.actor().id(), scan.position(m.tokenStart()));
            }
        }
        for (int p = 0; p < scan.pendingOffices.size(); p++) {
            int[] span = scan.pendingOffices.get(p);
            String[] info = scan.pendingOfficeInfo.get(p);
            ActorRole role = info[2] == null ? null : ActorRole.valueOf(info[2]);
            office(scan, article, span[0], span[1], info[0], info[1], role);
        }
        shortForms(scan, article);
        bareTitles(scan, article);
    }

    private void office(Scan scan, Article article, int from, int to, String iso, String phrase, ActorRole role) {
        ActorRef person;
        if (phrase.equals("counterpart")) {
            ActorRef subject = subjectBefore(scan, from, article);
            ActorRole wanted = subject == null ? null : subject.role();
            person = wanted == null || !KEY_ROLES.contains(wanted) ? null : holder(article, iso, null, wanted);
            if (person == null) {
                scan.mentions.add(new Mention(scan.sentence.index(), from, to, scan.tokens.get(from).start(),
                        scan.tokens.get(to - 1).end(), scan.sentence.words(from, to), MentionKind.GROUP,
                        government(iso), iso, MentionResolution.TITLE));
                return;
            }
        } else {
            person = holder(article, iso, phrase, role);
        }
        Token first = scan.tokens.get(from);
        Token last = scan.tokens.get(to - 1);
        String text = scan.sentence.words(from, to);
        if (person != null) {
            scan.mentions.add(new Mention(scan.sentence.index(), from, to, first.start(), last.end(), text,
                    MentionKind.PERSON, person, person.country(), MentionResolution.TITLE));
            article.roster.add(person, List.of(), phrase, scan.position(from));
        } else if (KEY_ROLES.contains(role)) {
            String name = capitalise(phrase) + " of " + index.country(iso).map(Country::name).orElse(iso);
            ActorRef officeActor = new ActorRef(iso + "." + role.name(), name, iso, role, null);
            scan.mentions.add(new Mention(scan.sentence.index(), from, to, first.start(), last.end(), text,
                    MentionKind.OFFICE, officeActor, iso, MentionResolution.TITLE));
        } else {
            scan.mentions.add(new Mention(scan.sentence.index(), from, to, first.start(), last.end(), text,
                    MentionKind.GROUP, government(iso), iso, MentionResolution.TITLE));
        }
    }

    /** The holder of an office on the article's date: someone the article named with it, else the dictionary's. */
    private ActorRef holder(Article article, String iso, String phrase, ActorRole role) {
        String head = phrase == null ? null : headWord(phrase);
        ActorRef named = article.roster.latestWithRole(role, iso, head);
        if (named == null && "leader".equals(phrase)) {
            // "the Indian leader" after "Narendra Modi": whoever leads that country in the article, president
            // or prime minister, before the dictionary's head of state.
            named = article.roster.latestWithRole(ActorRole.HEAD_OF_GOVERNMENT, iso, null);
        }
        String titleText = phrase == null ? null : TITLE_QUALIFIER.matcher(phrase).replaceFirst("");
        if (named == null && "minister".equals(titleText)) {
            // "the Afghan minister": a minister of that country the article named, whatever the portfolio.
            named = article.roster.latestOfRoles(MINISTER_ROLES, iso);
        }
        if (named != null) {
            return named;
        }
        return index.officeHolder(iso, titleText, role, article.day).map(t -> person(t.personId(), article.day))
                .orElse(null);
    }

    private static String headWord(String phrase) {
        String[] words = phrase.split(" ");
        if (words.length > 1 && words[words.length - 2].equals("crown")) {
            // "the crown prince" is not any prince the article named ("Prince Faisal bin Farhan")
            return "crown " + words[words.length - 1];
        }
        return words[words.length - 1];
    }

    private ActorRef subjectBefore(Scan scan, int at, Article article) {
        ActorRef subject = null;
        for (Mention m : scan.mentions) {
            if (m.tokenStart() < at && m.kind() == MentionKind.PERSON) {
                subject = m.actor();
            }
        }
        return subject != null ? subject : article.roster.latest();
    }

    /** Surnames and short names: "Khan", "PM Khan", "Nawaz", "Bhutto Zardari", "President Putin". */
    private void shortForms(Scan scan, Article article) {
        List<Token> tokens = scan.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (scan.covered[i] || !tokens.get(i).isCapitalized()) {
                continue;
            }
            NameRun run = NameRun.at(tokens, scan.covered, i, scan.sentence.text(), scan.sentence.start());
            if (run == null) {
                continue;
            }
            i = run.end() - 1;
            String nationality = nationalityBefore(scan, run.start());
            ActorRef titled = run.words().size() == 1 ? titledSurname(scan, article, run, nationality) : null;
            ActorRef person = titled != null ? titled : article.roster.byNameWords(run.words(), nationality);
            if (person == null && run.words().size() == 1) {
                boolean afterThe = run.start() > 0 && tokens.get(run.start() - 1).lower().equals("the");
                // "Amir, Modi hold talks": a headline drops the article before a monarch's title, not a given name.
                afterThe |= scan.sentence.isTitle()
                        && TitleWords.roleOf(run.words().get(0).toLowerCase(Locale.ROOT)) == ActorRole.HEAD_OF_STATE;
                person = globalShortForm(run.words().get(0), nationality, article.day, afterThe);
            }
            if (person != null) {
                scan.add(run.start(), run.end(), MentionKind.PERSON, person, person.country(),
                        MentionResolution.SHORT_FORM);
                Roster.Person entry = article.roster.add(person, List.of(), null, scan.position(run.start()));
                if (titled != null) {
                    // Named by title and surname, he shares the surname with any namesake the article names in
                    // full: a bare surname later is then read by who is in office.
                    index.nameWords(titled.id()).forEach(entry::addSpelling);
                }
            }
        }
    }

    /**
     * "Defence Minister Koizumi": of the dictionary people with that surname, the one who holds the titled office on
     * the article's day, whoever else of the name the article has named in full; "former Prime Minister Koizumi":
     * the one who held it before. Null when no such title stands before the surname or not exactly one fits.
     */
    private ActorRef titledSurname(Scan scan, Article article, NameRun run, String nationality) {
        TitleWords.Title title = titleEndingAt(scan.tokens, run.start());
        if (title == null || title.plural() || !KEY_ROLES.contains(title.role())) {
            return null;
        }
        String before = title.start() > 0 ? scan.tokens.get(title.start() - 1).lower() : "";
        boolean past = PAST_TITLE_WORDS.contains(before) || PAST_TITLE_WORDS.contains(title.phrase().split(" ")[0]);
        LocalDate day = article.day;
        List<String> holders = index.personsWithLastName(run.words().get(0)).stream()
                .filter(p -> nationality == null
                        || index.terms(p).stream().anyMatch(t -> t.country().equals(nationality)))
                .filter(p -> index.terms(p).stream().anyMatch(t -> t.role() == title.role()
                        && (past ? t.end() != null && t.end().isBefore(day) : t.heldOn(day))))
                .toList();
        return holders.size() == 1 ? person(holders.get(0), day) : null;
    }

    /** The singular or plural title that ends just before {@code at} (past a rank), or null. */
    private static TitleWords.Title titleEndingAt(List<Token> tokens, int at) {
        TitleWords.Title found = null;
        for (int k = at - 1; k >= Math.max(0, at - MAX_TITLE_TOKENS); k--) {
            TitleWords.Title title = TitleWords.at(tokens, k);
            if (title != null && skipRanks(tokens, title.end()) == at) {
                found = title;
            }
        }
        return found;
    }

    /** The country of an adjective or country just before a title that precedes {@code at}, if any. */
    private String nationalityBefore(Scan scan, int at) {
        int k = at - 1;
        while (k >= 0 && (TitleWords.isTitleWord(scan.tokens.get(k)) || TitleWords.isRank(scan.tokens.get(k)))
                && !scan.covered[k]) {
            k--;
        }
        if (k < 0 || k == at - 1) {
            return null;
        }
        if (scan.covered[k]) {
            Mention m = mentionAt(scan, k);
            if (m != null && m.kind() == MentionKind.COUNTRY) {
                return m.country();
            }
            return adjectiveCountry(scan.tokens, k);
        }
        return null;
    }

    /** Words an office's capitalised name may hold: "Director General of Military Operations". */
    private static final Set<String> OFFICE_JOINTS = dev.dyadwatch.enrich.text.WordSet.of("of", "for", "and");
    /** How many words an office's name before a ranked name may take. */
    private static final int MAX_OFFICE_WORDS = 7;
    /** Words between an owner and its title: "Syria's new leader", "the country's interim president". */
    private static final Set<String> TITLE_OWNER_QUALIFIERS = dev.dyadwatch.enrich.text.WordSet.of("new", "interim",
            "acting", "caretaker", "incoming", "outgoing", "then", "former", "de", "facto", "transitional");
    /** English words of up to four letters that open sentences and are also short names. */
    private static final Set<String> SHORT_ENGLISH_WORDS = dev.dyadwatch.enrich.text.WordSet.of("to", "do", "so",
            "no", "on", "in", "an", "as", "at", "be", "by", "go", "he", "if", "is", "it", "me", "my", "of", "or",
            "up", "us", "we", "the", "and", "but", "for", "not", "can", "may", "one", "new", "now", "yet", "all",
            "few", "our", "its", "his", "her", "who", "why", "how", "also", "then", "than", "when", "with", "from",
            "this", "that", "they", "into", "over", "long", "many", "more", "most", "some", "such",
            // given names that are also nouns or verbs: "the Finance Bill", "Mark the date" (not Bill Blair, Mark
            // Rutte)
            "bill", "mark", "will", "rob", "pat", "sue", "hope", "rose", "joy");

    /**
     * A single name word no earlier mention explains: a surname of someone in office, if only one fits. A given name
     * is tried only when no article precedes it: "the Amir", "the Emir" are an office, not someone called Amir.
     */
    private ActorRef globalShortForm(String word, String nationality, LocalDate day, boolean afterThe) {
        if (word.length() < 2) {
            return null;
        }
        List<String> byLast = index.personsWithLastName(word).stream()
                .filter(p -> index.inOffice(p, day)).filter(p -> fits(p, nationality, day)).toList();
        if (byLast.size() == 1 && word.length() >= 3) {
            return person(byLast.get(0), day);
        }
        // "To avoid a clash, ...": a short given or family name that is also an English word ("To" for To Lam)
        // is read as the word.
        boolean englishWord = SHORT_ENGLISH_WORDS.contains(word.toLowerCase(Locale.ROOT));
        if (byLast.isEmpty() && word.length() <= 4 && !afterThe && !englishWord) {
            List<String> byFirst = index.personsWithFirstName(word).stream()
                    .filter(p -> index.inOffice(p, day)).filter(p -> fits(p, nationality, day)).toList();
            if (byFirst.size() == 1) {
                return person(byFirst.get(0), day);
            }
        }
        return null;
    }

    private boolean fits(String personId, String nationality, LocalDate day) {
        return nationality == null || index.termOn(personId, day).map(t -> t.country().equals(nationality))
                .orElse(false);
    }

    /** "the prime minister", "the crown prince": the person of that office the article last named. */
    private void bareTitles(Scan scan, Article article) {
        List<Token> tokens = scan.tokens;
        for (int i = 1; i < tokens.size(); i++) {
            if (scan.covered[i] || !tokens.get(i - 1).lower().equals("the")) {
                continue;
            }
            int headOfState = headOfStateEnd(tokens, i);
            if (headOfState > 0 && scan.free(i, headOfState)) {
                // "The Head of State thanked the Russian leader": readouts name their own president so, the head
                // of state the article named first, however many heads of state it names after him.
                ActorRef person = article.roster.firstWithRole(ActorRole.HEAD_OF_STATE);
                if (person != null) {
                    scan.add(i - 1, headOfState, MentionKind.PERSON, person, person.country(),
                            MentionResolution.TITLE);
                    article.roster.seen(person.id(), scan.position(i));
                }
                i = headOfState - 1;
                continue;
            }
            TitleWords.Title title = TitleWords.at(tokens, i);
            if (title == null || title.plural() || !scan.free(i, title.end())) {
                continue;
            }
            if (title.end() < tokens.size() && tokens.get(title.end()).isCapitalized()
                    && !tokens.get(title.end()).isPunctuation()) {
                continue;
            }
            ActorRef person = article.roster.latestWithRole(title.role(), null, headWord(title.phrase()),
                    scan.position(i));
            if (person == null || !KEY_ROLES.contains(title.role()) && !title.phrase().contains("prince")) {
                // "the Deputy Prime Minister" after "Deputy Prime Minister and Foreign Minister ... Dar": a title
                // the article introduced someone with names him again, whatever office it is.
                person = article.roster.latestIntroducedAs(title.phrase());
            }
            if (person != null) {
                scan.add(i - 1, title.end(), MentionKind.PERSON, person, person.country(), MentionResolution.TITLE);
                article.roster.seen(person.id(), scan.position(i));
            }
            i = title.end() - 1;
        }
    }

    /** One past "head of state" or "head of our state" at {@code i}, or -1. */
    private static int headOfStateEnd(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i).lower().equals("head")
                || !tokens.get(i + 1).lower().equals("of")) {
            return -1;
        }
        int k = tokens.get(i + 2).lower().equals("our") ? i + 3 : i + 2;
        return k < tokens.size() && tokens.get(k).lower().equals("state") ? k + 1 : -1;
    }

    /** "The kingdom" for the one kingdom the article has named before it (see {@link StateKinds}). */
    private void stateKinds(List<Scan> scans) {
        Set<String> named = new java.util.HashSet<>();
        for (Scan scan : scans) {
            for (int i = 0; i + 1 < scan.tokens.size(); i++) {
                String kind = StateKinds.kindAt(scan.tokens, i);
                if (kind == null || !scan.free(i, i + 2)) {
                    continue;
                }
                String only = null;
                int count = 0;
                for (String iso : named) {
                    if (index.country(iso).filter(c -> StateKinds.isOfKind(c, kind)).isPresent()) {
                        only = iso;
                        count++;
                    }
                }
                if (count == 1) {
                    scan.add(i, i + 2, MentionKind.COUNTRY, country(only), only, MentionResolution.SHORT_FORM);
                }
            }
            for (Mention m : scan.mentions) {
                if (m.country() != null && m.kind() != MentionKind.PLACE) {
                    named.add(m.country());
                }
            }
        }
    }

    /**
     * "Modi arrived in Kyiv on Friday. He later held talks with Zelenskyy.": a sentence that opens on "He" or "She"
     * continues with the person the sentence before named first, its subject in news copy; so does one that opens
     * on "His" or "Her" ("His visit to Moscow in July ..."). Recorded as a short form of that person's name.
     */
    private static void pronounSubject(Scan scan, Scan before) {
        if (scan.tokens.size() < 3 || scan.covered[0]
                || !PRONOUN_OPENERS.contains(scan.tokens.get(0).lower())) {
            return;
        }
        before.mentions.stream().filter(m -> m.kind() == MentionKind.PERSON && m.actor() != null)
                .min(Comparator.comparingInt(Mention::tokenStart))
                .ifPresent(m -> scan.add(0, 1, MentionKind.PERSON, m.actor(), m.country(),
                        MentionResolution.SHORT_FORM));
    }

    // ---- helpers ----

    private void addPerson(Scan scan, Article article, int from, int to, String personId, MentionResolution how,
            List<String> words) {
        ActorRef person = person(personId, article.day);
        scan.add(from, to, MentionKind.PERSON, person, person.country(), how);
        List<String> nameWords = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = scan.tokens.get(i);
            if (t.isCapitalized() && Character.isLetter(t.text().charAt(0))) {
                nameWords.add(t.key());
            }
        }
        Roster.Person entry = article.roster.add(person, words != null ? words : nameWords,
                titleBefore(scan.tokens, from), scan.position(from));
        index.nameWords(personId).forEach(entry::addSpelling);
    }

    /**
     * "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar": the title written just before a
     * name (past a rank and up to two other capitalised words), which a later "the Deputy Prime Minister" may use.
     */
    static String titleBefore(List<Token> tokens, int from) {
        int k = from - 1;
        int skipped = 0;
        while (k >= 0 && !TitleWords.isTitleWord(tokens.get(k)) && skipped < 2 && tokens.get(k).isCapitalized()
                && Character.isLetter(tokens.get(k).text().charAt(0))) {
            k--;
            skipped++;
        }
        while (k >= 0 && TitleWords.isRank(tokens.get(k)) && !TitleWords.isTitleWord(tokens.get(k))) {
            k--;
        }
        if (k < 0 || !TitleWords.isTitleWord(tokens.get(k))) {
            return null;
        }
        int start = k;
        while (start > 0 && (TitleWords.isTitleWord(tokens.get(start - 1))
                || TITLE_JOINERS.contains(tokens.get(start - 1).lower()))) {
            start--;
        }
        for (int i = start; i <= k; i++) {
            TitleWords.Title title = TitleWords.at(tokens, i);
            if (title != null && title.end() == k + 1 && !title.plural()) {
                return title.phrase();
            }
        }
        return null;
    }

    private ActorRef person(String personId, LocalDate day) {
        OfficeTerm term = index.termOn(personId, day).orElseThrow();
        ActorRole role = term.heldOn(day) ? term.role() : ActorRole.UNKNOWN;
        return new ActorRef(personId, term.name(), term.country(), role, null);
    }

    private ActorRef country(String iso) {
        String name = index.country(iso).map(Country::name).orElse(iso);
        return new ActorRef(iso, name, iso, ActorRole.COUNTRY, null);
    }

    private ActorRef government(String iso) {
        String name = index.country(iso).map(Country::name).orElse(iso);
        return new ActorRef(iso + ".GOV", "Government of " + name, iso, ActorRole.GOVERNMENT, null);
    }

    private static Mention mentionAt(Scan scan, int token) {
        for (Mention m : scan.mentions) {
            if (m.tokenStart() <= token && token < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /** "a Pakistani foreign minister", "the first post-war Japanese leader": anyone of that office, not one. */
    private static boolean isGeneric(List<Token> tokens, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            String w = tokens.get(k).lower();
            if (GENERIC.contains(w)) {
                return true;
            }
            if (w.equals("the") || w.equals(",") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static int skipRanks(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && (TitleWords.isRank(tokens.get(j)) || tokens.get(j).text().equals(".")
                || tokens.get(j).text().equals("(") || tokens.get(j).text().equals(")"))) {
            j++;
        }
        return j;
    }

    private static String capitalise(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.equals("of") || word.equals("and") ? word
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return out.toString();
    }
}
