package dev.dyadwatch.enrich.code;

import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DateGranularity;
import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.resolve.MentionKind;
import dev.dyadwatch.enrich.resolve.TitleWords;
import dev.dyadwatch.enrich.resolve.Words;
import dev.dyadwatch.enrich.text.Sentence;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes the contacts of one sentence: finds its trigger words, the parties each trigger joins (subject and
 * object, coordinated subjects, "between A and B", visitor and host, a summit's many members), the status its
 * cue words give and the date its time words give. What it turns down is kept as a {@link Rejection}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceCoder {

    private static final Set<String> REPORTING = WordSet.of("said", "says", "told", "added", "noted", "stated",
            "announced", "reported", "confirmed", "warned", "insisted", "claimed", "quoted", "stressed",
            "underlined", "described", "criticised", "criticized", "condemned", "urged", "tweeted", "wrote");
    /** Verbs of asking whose object is a contact not held: "urged talks". */
    private static final Set<String> APPEAL_VERBS = WordSet.of("urged", "urges", "urging", "urge");
    /** Verbs of asking before "for": "called for dialogue", "pressed for a meeting". */
    private static final Set<String> APPEAL_FOR = WordSet.of("called", "calls", "call", "calling", "appealed",
            "appeals", "appealing", "pressed", "presses", "pressing", "pushed", "pushes", "pushing");
    private static final Set<String> APPEALED_NOUNS = WordSet.of("meeting", "meetings", "consultations");
    private static final Set<String> TALKS_VERBS = WordSet.of("negotiated", "negotiate", "negotiating");
    private static final int APPEAL_REACH = 9;
    /** Meetings whose participants follow "of": "a trilateral meeting of Turkey, Azerbaijan and Georgia". */
    private static final Set<String> MEETINGS_OF = WordSet.of("meeting", "meetings", "summit", "talks", "dialogue",
            "consultations");
    private static final Set<String> GROUP_BEFORE_OF = WordSet.of("leaders", "leader", "ministers", "minister",
            "forces", "troops", "armies", "navies", "militaries", "contingents", "soldiers", "delegation",
            "heads", "head", "delegations", "representatives", "presidents", "president", "envoys", "officials",
            "governments", "members", "premiers", "chiefs", "directors", "commanders", "secretaries", "advisers",
            "advisors", "negotiators", "guards", "guard", "coastguards", "coastguard", "fleets", "fleet", "ministries",
            "ministry", "navy", "army");
    /** Words between "the" and the "of" before a country in "the directors general of military operations of". */
    private static final int OFFICE_PHRASE_WORDS = 6;
    /** "a trilateral meeting with A and B": a meeting of the subject and a list of others. */
    private static final Set<String> SEVERAL_SIDED = WordSet.of("trilateral", "tripartite", "three-way",
            "quadrilateral", "four-way");
    private static final Set<String> MULTILATERAL_CUES = WordSet.of("summit", "trilateral", "quadrilateral",
            "multilateral", "comprising", "grouping", "three", "four", "five", "quartet", "troika", "leaders");
    private static final Set<String> MILITARY_CONTEXT = WordSet.of("military", "troops", "army", "naval", "navy",
            "forces", "drills", "contingent", "soldiers", "air", "counter-terrorism", "special", "marines", "armies",
            "navies", "militaries", "contingents", "warships");
    private static final int PREDICATE_REACH = 30;
    /** Words that may open a sentence before its words of travel: "During a visit to", "On an official visit". */
    private static final Set<String> FRONTED_VISIT_OPENERS = WordSet.of("during", "on", "while", "a", "an", "his",
            "her",
            "their", "official", "state", "working", "brief", "two-day", "three-day");
    /** How far after the place the clause of travel may end: "During a visit to Kabul on Monday evening,". */
    private static final int FRONTED_VISIT_REACH = 8;
    /** How far back a title with inner "of" may start ("Secretary of State for Foreign, Commonwealth ..."). */
    private static final int TITLE_REACH = 10;
    /** Words of a country name after "of" ("of the United Arab Emirates"). */
    private static final int COUNTRY_WORDS = 4;
    /** How far after its words "between A and B" may stand: "talks held the same day in Riyadh between ...". */
    private static final int BETWEEN_REACH = 9;
    private static final Set<String> HOST_NOUN_BEFORE = WordSet.of("a", "an", "the", "ideal", "good", "natural",
            "perfect", "possible", "potential", "as", "its", "their", "his", "her", "our", "co", "willing", "gracious");
    private static final Set<String> HOST_NOUN_AFTER = WordSet.of("country", "countries", "nation", "city", "cities",
            "government", "broadcaster", "venue", "team");
    /** Words that make a contact hypothetical: "any talks", "a possible visit". */
    private static final Set<String> HYPOTHETICAL = WordSet.of("any", "possible", "potential", "hypothetical",
            "eventual", "prospective");
    /** After the words of contact and "is" or "remains": "A meeting ... is possible". */
    private static final Set<String> POSSIBLE = WordSet.of("possible", "conceivable", "uncertain", "unclear");
    /** How far after the words of contact that verb may stand. */
    private static final int POSSIBLE_REACH = 22;
    private static final Set<String> CLAIMS = WordSet.of("claimed", "claims", "claim", "alleged", "alleges",
            "suggested", "speculated");
    /** Who makes the claims a careful reader does not take as reports: media, not the parties. */
    private static final Set<String> CLAIM_SOURCES = WordSet.of("report", "reports", "website", "websites", "media",
            "newspaper", "tabloid", "outlet", "channel", "blog", "post", "posts", "rumours", "rumors", "account");
    /** Words that join a second verb to the subject of the first: "met B and flew to", "met B before leaving". */
    /** What may stand between such a joint and the words of travel: "and is due to", "before he", "and will". */
    private static final Set<String> SUBJECT_VERB_FILLERS = WordSet.of("he", "she", "they", "is", "was", "are", "were",
            "will", "would", "then", "later", "due", "to", "set", "expected", "also", "soon", "has", "had", "have",
            "immediately", "briefly", "quickly", "be");
    /** What two states sign: "the agreement", "a memorandum", "the deals" (not "the bill", "the budget"). */
    private static final Set<String> AGREEMENTS = WordSet.of("agreement", "agreements", "deal", "deals", "accord",
            "accords", "memorandum", "memoranda", "memorandums", "mou", "mous", "treaty", "treaties", "pact", "pacts",
            "protocol", "protocols", "contract", "contracts", "declaration", "charter");
    /** Verbs whose subjects hold a summit themselves. */
    private static final Set<String> HOLD = WordSet.of("hold", "holds", "held", "holding", "convene", "convened",
            "convenes", "have", "had");
    /** Words between such a verb and "summit": "held their first bilateral summit". */
    private static final Set<String> SUMMIT_MODIFIERS = WordSet.of("a", "an", "the", "their", "first", "second",
            "third", "annual", "regular", "bilateral", "next", "another", "new", "formal", "informal", "two-day",
            "one-day", "full", "leaders", "leaders'", "virtual", "online", "video", "remote");
    /** Words that make "... to host" an offer: "ready to host", "offered to host". */
    private static final Set<String> OFFERS = WordSet.of("ready", "willing", "offered", "offer", "offers", "offering",
            "prepared", "happy", "keen", "eager", "volunteered", "glad");
    /** Words of repeated contacts: "regularly hosts", "annual exercises". */
    private static final Set<String> HABITUAL = WordSet.of("regularly", "routinely", "annual", "annually",
            "repeatedly", "frequently", "periodically", "customarily");
    /** Verbs of reaction whose objects a contact affected: "a pact that alarmed Canberra". */
    private static final Set<String> REACTIONS = WordSet.of("alarmed", "alarms", "worried", "worries", "angered",
            "angers", "unsettled", "unsettles", "rattled", "rattles", "irritated", "irritates", "upset", "upsets",
            "dismayed", "dismays", "concerned", "concerns", "troubled", "troubles", "provoked", "provokes",
            "infuriated", "infuriates", "pleased", "pleases", "reassured", "reassures", "surprised", "surprises");
    /** How many words a list of affected countries may take after the verb of reaction. */
    private static final int REACTION_LIST_REACH = 12;
    /** Past verbs of speaking that name no medium: "spoke", "spoke to", "spoke with". */
    private static final Set<String> SPOKE = WordSet.of("spoke", "spoke to", "spoke with");
    /** Words that put speakers in one place: a meeting, a trip, a room, a venue. */
    private static final Set<String> PRESENCE = WordSet.of("met", "meet", "meeting", "summit", "sidelines",
            "margins", "visit", "visiting", "trip", "arrived", "hosted", "received", "talks", "dinner", "lunch",
            "breakfast", "room", "face", "person", "together", "venue", "palace", "house", "press", "conference",
            "reporters", "journalists", "audience", "rally", "forum", "parliament", "speech", "event", "ceremony");
    /** How many words (titles, ranks) may stand before the subject that opens a sentence. */
    private static final int OPENING_SUBJECT_WORDS = 8;
    /** "discussed Ukraine": what is discussed is a topic, not a party. */
    private static final Set<String> DISCUSS = WordSet.of("discussed", "discuss", "discussing", "discusses");
    /** Words after which "A and B" may be the subject of a new clause. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("that", "when", "after", "since", "as", "before",
            "while", "where", "and", "but", "once", "until", "because", "although", "though", "if", "then", "--");
    /** Words that open another clause between a subject and words of contact. */
    private static final Set<String> CLAUSE_WORDS = WordSet.of(";", "but", "while", "whereas", "although", "though",
            "who", "which", "whom", "whose", "because", "since", "if", "unless");
    /** How many title words may stand between a repeated "and with" and the partner it names. */
    private static final int AND_WITH_TITLE = 5;
    /** How far "by" may follow a signing verb ("signed at a closing session on Friday by"). */
    private static final int SIGNED_BY_REACH = 10;
    /** How many title words may stand between "by" and the first signatory ("by Foreign Minister Ishaq Dar"). */
    private static final int SIGNED_BY_TITLE = 5;
    private static final Set<String> QUOTES = WordSet.of("\"", "\u201c", "'", "\u2018");
    private static final Set<String> TIME_AFTER_ARTICLE = WordSet.of("day", "week", "month", "year", "few",
            "second", "third", "fortnight", "couple", "while", "number");

    private static final Set<String> POSSESSIVES = WordSet.of("his", "her", "their");
    private static final java.util.regex.Pattern BY_PHONE =
            java.util.regex.Pattern.compile("(by|over the|on the|via the) ((tele)?phone|hotline)");
    private static final java.util.regex.Pattern SPEECH =
            java.util.regex.Pattern.compile("(spoke|spoken|speak|speaks|talked|conferred|discussed|exchanged views).*");
    /** Words that show "The ..." is not the contact itself: "The two leaders held talks". */
    private static final Set<String> SUBJECT_WORDS = WordSet.of("leaders", "sides", "countries", "ministers", "held",
            "had", "have", "neighbours", "neighbors", "presidents", "delegations", "governments", "nations");
    private static final Set<String> VIRTUAL = WordSet.of("virtual", "virtually", "video", "videoconference",
            "video-conference", "online", "videolink");
    /** "spent two days", "a few nights", "several hours": how long a stay lasted. */
    private static final Set<String> STAY_COUNTS = WordSet.of("a", "an", "one", "two", "three", "four", "five", "six",
            "several", "few", "the", "2", "3", "4", "5");
    private static final Set<String> STAY_UNITS = WordSet.of("day", "days", "night", "nights", "hours");
    /** "the five-nation tour in Afghanistan", "touring through Africa"; not "tour operators", "tour guide". */
    private static final Set<String> TOUR_NEXT = WordSet.of("in", "to", "through", "across", "around", ",", ".", "that",
            "which", "on", "ends", "began", "begins", "includes");
    /** Words between a subject pronoun and its verb: "after he had met", "when she also spoke". */
    private static final Set<String> PRONOUN_FILLERS = WordSet.of("had", "has", "have", "also", "then", "later",
            "first",
            "last", "was", "is", "would", "will", "briefly", "personally");
    /** Words that open a clause of time or place: "two days after he met", "where she held talks". */
    private static final Set<String> SUBORDINATORS = WordSet.of("after", "before", "when", "where", "while", "as",
            "since", "until", "once");
    /** Meals a leader shares with guests: "had dinner with", "a working lunch for". */
    private static final Set<String> MEALS = WordSet.of("dinner", "working lunch", "luncheon", "working dinner",
            "lunch", "breakfast");
    private static final Set<String> MILITARY_UNITS = WordSet.of("contingent", "troops", "forces", "soldiers",
            "warships", "ships", "jets", "vessels", "battalion", "units", "squadron", "frigate", "destroyer",
            "submarine", "aircraft", "regiment", "brigade", "platoon", "marines", "sailors", "airmen");

    /** "The first call that mattered came on February 3", "a second call followed": calls told by their order. */
    private static final Set<String> ORDINAL_CALLS = WordSet.of("first", "second", "third", "fourth", "fifth",
            "latest");

    private final TriggerLexicon triggers;
    private final java.util.function.Function<String, dev.dyadwatch.enrich.resolve.ActorRef> governments;

    /**
     * A coder of sentences.
     *
     * @param triggers the words of contact
     * @param governments the government of a country, by its ISO alpha-3 code ("the two governments")
     */
    public SentenceCoder(TriggerLexicon triggers,
            java.util.function.Function<String, dev.dyadwatch.enrich.resolve.ActorRef> governments) {
        this.triggers = triggers;
        this.governments = governments;
    }

    /** What one sentence yields. */
    public record Result(List<CodedContact> contacts, List<Rejection> rejections) {
    }

    /**
     * Codes one sentence.
     *
     * @param sentence the sentence
     * @param mentions its mentions, in text order
     * @param pairReferences token positions of "the two leaders" and the like
     * @param focus the article's current pair, for pair references: two parties (three after "the three
     *     countries"), or null
     * @param focusEvent the contact the article coded last, or null
     * @param published the publication day
     */
    public Result code(Sentence sentence, List<Mention> mentions, List<Integer> pairReferences,
            List<Mention> focus, CodedContact focusEvent, LocalDate published) {
        return code(sentence, mentions, pairReferences, focus, focusEvent, published, null);
    }

    /**
     * Codes one sentence of an article that named a summit and its place earlier (see {@link SummitVenue}).
     *
     * @param summitCountry the country the article's summit is held in, or null when it named none
     */
    public Result code(Sentence sentence, List<Mention> mentions, List<Integer> pairReferences,
            List<Mention> focus, CodedContact focusEvent, LocalDate published, String summitCountry) {
        List<Token> tokens = sentence.tokens();
        List<Rejection> rejections = new ArrayList<>();
        List<Party> parties = parties(sentence, mentions, rejections);
        List<Mention> places = places(tokens, mentions);
        List<Trigger> found = usable(triggers.find(tokens, sentence.text(), sentence.start()), tokens, mentions,
                parties, sentence.index(), rejections);
        if (found.isEmpty() && tokens.size() > 1 && tokens.get(0).lower().equals("the")) {
            // "The two-week exercise, which began on Saturday": a named exercise referred back to.
            found = triggers.find(tokens, sentence.text(), sentence.start()).stream()
                    .filter(t -> t.kind() == TriggerKind.EXERCISE && t.start() <= 4).toList();
        }
        // Dates only matter for words of contact; most sentences have none.
        List<TimeExpressions.Expression> times = found.isEmpty() ? List.of() : TimeExpressions.find(tokens);
        boolean sidelines = found.stream().anyMatch(t -> t.kind() == TriggerKind.SIDELINES)
                || AtSummit.meetingAtSummit(found, tokens);
        boolean anaphoric = opensWithContact(tokens, found) || passiveSigningAlone(tokens, found, parties)
                || theyAlone(tokens, found, parties) || himOfTheOtherSide(tokens, found, parties);
        List<Trigger> active = new ArrayList<>();
        List<List<Party[]>> activePairs = new ArrayList<>();
        List<Boolean> activeMultilateral = new ArrayList<>();
        List<Boolean> activeReference = new ArrayList<>();
        Trigger recalledTrip = null;
        for (Trigger trigger : found) {
            if (trigger.kind() == TriggerKind.SIDELINES) {
                continue;
            }
            List<Party[]> pairs = new ArrayList<>();
            boolean multilateral = multilateral(trigger, parties, tokens, pairs);
            if (!multilateral) {
                pairs.addAll(pairsFor(trigger, parties, places, tokens, sentence.index(), rejections));
            }
            boolean viaReference = false;
            if (pairs.isEmpty() && focus != null && focus.size() == 2) {
                // "Erdogan hosted the two leaders ... then brought them together for talks": a third country's host.
                boolean[] three = {false};
                pairs.addAll(HostedPair.pairs(trigger, parties, tokens, pairReferences, focus, three));
                multilateral = three[0];
            }
            if (pairs.isEmpty() && EarlierTrip.recalled(tokens, trigger, active)) {
                // "Xi's second visit to Serbia, after a trip in June 2016": the earlier trip is the same pair's.
                Party[] named = activePairs.get(activePairs.size() - 1).get(0);
                pairs.add(new Party[] {named[0], named[1]});
                recalledTrip = trigger;
            } else if (pairs.isEmpty() && signedOnVisit(tokens, trigger, active, parties)) {
                // "Singh visited Washington last month and signed a supply arrangement": the visitor signed with
                // the country visited.
                pairs.addAll(activePairs.get(activePairs.size() - 1));
            } else if (pairs.isEmpty() && talksOfMeeting(tokens, trigger, active)) {
                // "Jaishankar met Wang Yi for talks on the border": the talks are the meeting's, held by its pair.
                pairs.addAll(activePairs.get(activePairs.size() - 1));
            } else if (pairs.isEmpty() && !pairReferences.isEmpty() && !activePairs.isEmpty()
                    && referenceBefore(pairReferences, trigger)) {
                // "A met B on Tuesday, and the two ministers witnessed the signing": the pair just named.
                Party[] named = activePairs.get(activePairs.size() - 1).get(0);
                pairs.add(new Party[] {named[0], named[1]});
            } else if (pairs.isEmpty() && activePairs.isEmpty() && !pairReferences.isEmpty()
                    && namedBeforeReference(trigger, parties, tokens, pairReferences) != null) {
                // "Tehran answered Washington's offer, with a round of talks between the two expected on Sunday":
                // the two the sentence itself named before the reference.
                pairs.add(namedBeforeReference(trigger, parties, tokens, pairReferences));
            } else if (pairs.isEmpty() && !pairReferences.isEmpty() && referenceBefore(pairReferences, trigger)
                    && TrilateralWithThird.third(trigger, parties, focus, tokens) != null) {
                // "The two also agreed to push for a trilateral meeting with Japan": the pair and the third.
                Party third = TrilateralWithThird.third(trigger, parties, focus, tokens);
                Party first = new Party(focus.get(0), false, true);
                Party second = new Party(focus.get(1), false, true);
                pairs.add(new Party[] {first, second});
                pairs.add(new Party[] {first, third});
                pairs.add(new Party[] {second, third});
                multilateral = true;
                viaReference = true;
            } else if (pairs.isEmpty() && (!pairReferences.isEmpty() || anaphoric) && focus != null
                    && fitsFocus(parties, focus) && visitToldBefore(tokens, trigger)) {
                // "no agreements would be signed during the visit", "The visit followed the meeting in Kazan in
                // October": the visit the article told, not one of this sentence's status or date.
                rejections.add(new Rejection(sentence.index(), trigger.words(), "the visit told before"));
                continue;
            } else if (pairs.isEmpty() && (!pairReferences.isEmpty() || anaphoric) && focus != null
                    && fitsFocus(beforeNextSubject(parties, tokens, trigger), focus)) {
                // "the two leaders" or, for a focus of three, "a summit of the three countries": pair by pair.
                for (int a = 0; a < focus.size(); a++) {
                    for (int b = a + 1; b < focus.size(); b++) {
                        Party first = new Party(focus.get(a), false, true);
                        pairs.add(new Party[] {first, new Party(focus.get(b), false, true)});
                    }
                }
                multilateral = focus.size() > 2;
                viaReference = true;
            }
            if (pairs.isEmpty()) {
                pairs.addAll(ListedParticipants.joiningPair(trigger, parties, tokens));
            }
            if (pairs.isEmpty()) {
                rejections.add(new Rejection(sentence.index(), trigger.words(), whyNoPair(parties, trigger)));
                continue;
            }
            if (!multilateral && ListedParticipants.widen(trigger, pairs, mentions, tokens)) {
                // "joined by warships from several navies, including those of Australia and Japan": one drill of all.
                multilateral = true;
            }
            // Only after "the two governments"; items of a recap keep the pair named, as governments they
            // would merge with any dated contact of the pair.
            boolean keepNamed = pairReferences.isEmpty() || Recaps.around(tokens, trigger) != null;
            for (int p = 0; p < pairs.size() && !viaReference && !keepNamed; p++) {
                int ref = StateSubjects.reference(tokens, pairReferences, trigger.start(), pairs.get(p), parties);
                if (ref >= 0) {
                    pairs.set(p, StateSubjects.asGovernments(pairs.get(p), ref, sentence.index(), governments));
                }
            }
            active.add(trigger);
            activePairs.add(pairs);
            activeMultilateral.add(multilateral);
            activeReference.add(viaReference);
        }
        Map<Trigger, TimeExpressions.Expression> dates = TriggerDates.assign(found, active, times, sidelines, tokens);
        // "Zelenskyy, who spoke to Trump a day later": a sentence with no date of its own is set at the day of the
        // contact told before it, and counts from that day rather than from the publication day.
        LocalDate toldDay = focusEvent != null && focusEvent.date().granularity() == DateGranularity.DAY
                ? focusEvent.date().start() : null;
        Map<String, CodedContact> coded = new LinkedHashMap<>();
        Set<String> multilateralPairs = new LinkedHashSet<>();
        for (int t = 0; t < active.size(); t++) {
            Trigger trigger = active.get(t);
            Object[] cue = StatusCues.around(tokens, trigger.start(), trigger.end());
            if (cue[0] == StatusCues.Cue.NONE && followsPlanned(tokens, trigger, active)) {
                // "are scheduled to hold talks on Thursday, followed by the signing of agreements": the signing
                // is as planned as the talks it follows.
                Trigger before = active.get(t - 1);
                cue = StatusCues.around(tokens, before.start(), before.end());
            }
            TimeExpressions.Expression assigned = dates.get(trigger);
            String rescheduled = cue[0] == StatusCues.Cue.NEGATED ? null : rescheduled(tokens, times, trigger);
            if (rescheduled != null) {
                // "A visit ..., planned for April and put off during the crisis, has been rescheduled for August":
                // called off for its first date, planned for the new one.
                cue = new Object[] {StatusCues.Cue.NEGATED, rescheduled};
            }
            if (assigned != null && recalledTrip != null && trigger.end() <= recalledTrip.start()
                    && assigned.start() >= recalledTrip.end()) {
                // The date after "after a trip" is the earlier trip's, not the counted visit's.
                assigned = null;
            }
            int dateStart = assigned == null ? -1 : assigned.start();
            if (assigned != null && cue[0] == StatusCues.Cue.PLANNED
                    && TriggerDates.closesEarlierVerb(tokens, assigned, trigger)
                    && active.stream().anyMatch(o -> o.end() <= dateStart)) {
                // "held talks on Thursday, and the two leaders agreed to begin negotiations": the day is the talks'.
                assigned = null;
            }
            for (Party[] pair : activePairs.get(t)) {
                CodedContact contact = contact(sentence, trigger, pair, activeMultilateral.get(t), sidelines, places,
                        assigned, new Times(times, toldDay), published, activeReference.get(t), cue.clone());
                if (contact != null && activeReference.get(t) && anaphoric) {
                    contact = sameAsFocus(contact, focusEvent);
                }
                if (contact == null) {
                    continue;
                }
                if (activeMultilateral.get(t)) {
                    multilateralPairs.add(contact.dyad() + "|" + contact.status());
                }
                keepBest(coded, contact);
                TimeExpressions.Expression newDate = contact.status() == ContactStatus.NEGATED
                        ? postponedTo(tokens, times, trigger) : null;
                if (newDate != null) {
                    // "postponed to January": the contact is called off for its first date and planned for the new.
                    CodedContact planned = contact(sentence, trigger, pair, activeMultilateral.get(t), sidelines,
                            places, newDate, new Times(times, toldDay), published, activeReference.get(t),
                            new Object[] {StatusCues.Cue.PLANNED,
                                    (rescheduled != null ? "rescheduled to " : "postponed to ") + newDate.words()});
                    if (planned != null) {
                        keepBest(coded, planned);
                    }
                }
            }
        }
        List<CodedContact> contacts = new ArrayList<>(coded.values());
        contacts.removeIf(c -> !c.multilateral() && isMeetingFamily(c.type())
                && c.type() != ContactType.THIRD_PARTY_MEETING
                && multilateralPairs.contains(c.dyad() + "|" + c.status()) && sameClauseAsSummit(c, tokens));
        if (summitCountry != null && places.isEmpty()) {
            atArticleSummit(contacts, summitCountry);
        }
        absorbConsultations(contacts);
        if (found.isEmpty()) {
            Set<String> countries = new LinkedHashSet<>();
            parties.forEach(p -> countries.add(p.country()));
            if (countries.size() >= 2) {
                rejections.add(new Rejection(sentence.index(), String.join(", ", countries),
                        "co-mention: no words of contact in the sentence"));
            }
        }
        return new Result(contacts, rejections);
    }

    /**
     * "to their bilateral meeting" in a blog of a summit in Tianjin: a meeting of two guests, neither from the host
     * country, that names no place of its own is held at the article's summit. Planned and past meetings keep their
     * type (their time is not the summit's).
     */
    private static void atArticleSummit(List<CodedContact> contacts, String summitCountry) {
        contacts.replaceAll(c -> c.type() == ContactType.CONSULT && !c.multilateral()
                && (c.status() == ContactStatus.OCCURRED || c.status() == ContactStatus.NEGATED)
                && !c.dyad().contains(summitCountry) ? c.withType(ContactType.THIRD_PARTY_MEETING) : c);
    }

    /**
     * "..., followed by the signing": words of contact just after "followed by", with a contact before them; or
     * the purpose of that contact, "is expected to travel to the Emirates on Saturday for talks with ...".
     */
    private static boolean followsPlanned(List<Token> tokens, Trigger trigger, List<Trigger> active) {
        int index = active.indexOf(trigger);
        if (index <= 0) {
            return false;
        }
        for (int k = trigger.start() - 1; k >= Math.max(1, trigger.start() - 4); k--) {
            if (tokens.get(k).lower().equals("by") && tokens.get(k - 1).lower().equals("followed")) {
                return true;
            }
        }
        Trigger before = active.get(index - 1);
        if (before.kind() == TriggerKind.VISIT && isPartOfTour(tokens, trigger)) {
            // "is expected to travel on to Qatar, as part of a regional tour that also takes in Oman": the tour's
            // other legs are as planned as the leg the sentence plans.
            return true;
        }
        int k = trigger.start() - 1;
        while (k > before.end() && CONTACT_FILLERS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k > before.end() && tokens.get(k).lower().equals("for") && before.kind() == TriggerKind.VISIT
                && tokens.subList(before.end(), k).stream().noneMatch(t -> t.text().equals(",")
                        || t.lower().equals("and"));
    }

    /**
     * "met Wang Yi for talks", "met on Monday for further talks": talks that are the purpose of the meeting just
     * before them, in the same clause, named by no one of their own.
     */
    private static boolean talksOfMeeting(List<Token> tokens, Trigger trigger, List<Trigger> active) {
        if (trigger.kind() != TriggerKind.TALKS || active.isEmpty()) {
            return false;
        }
        Trigger meeting = active.get(active.size() - 1);
        if (meeting.kind() != TriggerKind.MEET || meeting.end() > trigger.start()) {
            return false;
        }
        int k = trigger.start() - 1;
        while (k > meeting.end() && CONTACT_FILLERS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k >= meeting.end() && tokens.get(k).lower().equals("for") && tokens.subList(meeting.end(), k).stream()
                .noneMatch(t -> t.text().equals(",") || t.lower().equals("and"));
    }

    /**
     * A signing whose verb follows a visit's with "and" ("visited Washington last month and signed ..."), with no
     * party named between the two verbs: the visit's subject signs in the country visited.
     */
    private static boolean signedOnVisit(List<Token> tokens, Trigger trigger, List<Trigger> active,
            List<Party> parties) {
        if (trigger.kind() != TriggerKind.SIGN || active.isEmpty()) {
            return false;
        }
        Trigger visit = active.get(active.size() - 1);
        int k = trigger.start() - 1;
        while (k > visit.end() && (tokens.get(k).lower().equals("also") || tokens.get(k).lower().equals("then"))) {
            k--;
        }
        return visit.kind() == TriggerKind.VISIT && visit.end() <= k && tokens.get(k).lower().equals("and")
                && parties.stream().noneMatch(p -> p.start() >= visit.end() && p.start() < trigger.start())
                && tokens.subList(visit.end(), k).stream().noneMatch(t -> t.text().equals(",")
                        || t.text().equals(";"));
    }

    /** "as part of a (regional) tour": a tour or trip framed as the journey of a leg named before it. */
    private static boolean isPartOfTour(List<Token> tokens, Trigger trigger) {
        String word = tokens.get(trigger.start()).lower();
        if (!word.equals("tour") && !word.equals("trip")) {
            return false;
        }
        for (int k = trigger.start() - 1; k >= Math.max(1, trigger.start() - 4); k--) {
            if (tokens.get(k).lower().equals("of") && tokens.get(k - 1).lower().equals("part")) {
                return true;
            }
        }
        return false;
    }

    private static boolean referenceBefore(List<Integer> pairReferences, Trigger trigger) {
        return pairReferences.stream().anyMatch(r -> r < trigger.start());
    }

    /**
     * "The talks lasted about 90 minutes": a sentence that opens on the contact just reported, undated and of
     * the same status, speaks of that contact, whatever word it uses for it. Talks after a visit are the talks
     * held during it ("Obama hosted Modi on Tuesday. Talks between the two delegations covered ..."), a contact
     * of their own as the gold set's README counts them, not the visit again.
     */
    private static CodedContact sameAsFocus(CodedContact contact, CodedContact focusEvent) {
        boolean talksDuringVisit = focusEvent != null && contact.type() == ContactType.NEGOTIATE
                && (focusEvent.type() == ContactType.VISIT || focusEvent.type() == ContactType.HOST_VISIT);
        if (focusEvent != null && !talksDuringVisit && isMeetingFamily(contact.type())
                && isMeetingFamily(focusEvent.type())
                && contact.status() == focusEvent.status() && contact.date().isPublication()
                && contact.dyad().equals(focusEvent.dyad())) {
            return contact.withType(focusEvent.type());
        }
        return contact;
    }

    /**
     * "The agreement is expected to be signed later this year", "Several agreements are expected to be signed": a
     * signing in the passive with no party in the sentence is one of the pair the article is about.
     */
    private static boolean passiveSigningAlone(List<Token> tokens, List<Trigger> found, List<Party> parties) {
        return parties.isEmpty() && found.stream().anyMatch(t -> t.kind() == TriggerKind.SIGN && t.start() > 0
                && PASSIVE_AUX.contains(tokens.get(t.start() - 1)
                        .lower())
                && tokens.subList(0, t.start()).stream().anyMatch(w -> AGREEMENTS.contains(w.lower())));
    }

    /**
     * "They last met in 2019.", "the first meeting since December 2019, when they met in New Delhi": "they" as the
     * subject of words of contact (not a visit, which needs its place) in a sentence that names no one is the pair
     * the article is about.
     */
    private static boolean theyAlone(List<Token> tokens, List<Trigger> found, List<Party> parties) {
        int names = parties.isEmpty() ? tokens.size() : parties.get(0).start();
        for (Trigger t : found) {
            if (names < tokens.size() && !andClauseBetween(tokens, t.end(), names)) {
                // "They agreed to meet soon, and Seoul's presidential office said ...": only a later clause names
                // anyone.
                continue;
            }
            if (t.kind() == TriggerKind.VISIT || t.kind() == TriggerKind.HOST || t.kind() == TriggerKind.SUMMIT) {
                continue;
            }
            if (parties.isEmpty() && t.start() >= 1 && t.start() <= THEIR_REACH
                    && tokens.get(0).lower().equals("their")) {
                // "Their only previous meeting was on the sidelines of ...": the meeting of the pair just named.
                return true;
            }
            int k = beforeFillers(tokens, t.start());
            if (k >= 1 && tokens.get(k).lower().equals("to") && AGREED_TO.contains(tokens.get(k - 1).lower())) {
                // "They agreed to meet in person at an early date".
                k = beforeFillers(tokens, k - 1);
            }
            if (k >= 0 && tokens.get(k).lower().equals("they")
                    && (k == 0 || SUBORDINATORS.contains(tokens.get(k - 1).lower())
                    || tokens.get(k - 1).lower().equals("and"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Starmer will host him on Saturday", "Lavrov will meet her on Tuesday": words of hosting, meeting or calling
     * whose object is "him" or "her", in a sentence that names one country's side only, and one person of it at
     * most. The one hosted or met is the other side of the pair the article is about.
     */
    private static boolean himOfTheOtherSide(List<Token> tokens, List<Trigger> found, List<Party> parties) {
        long people = parties.stream().filter(p -> p.actor() != null && p.actor().isPerson())
                .map(p -> p.actor().id()).distinct().count();
        if (parties.isEmpty() || Party.countries(parties) != 1 || people > 1) {
            // "Putin praised Lavrov and will meet him": with two people named, "him" may be the second.
            return false;
        }
        for (Trigger t : found) {
            boolean verb = t.kind() == TriggerKind.HOST || t.kind() == TriggerKind.MEET
                    || t.kind() == TriggerKind.PHONE;
            if (verb && t.end() < tokens.size() && HE_SHE_OBJECT.contains(tokens.get(t.end()).lower())
                    && parties.stream().anyMatch(p -> p.end() <= t.start()) && !possessiveHer(tokens, t.end())) {
                return true;
            }
        }
        return false;
    }

    /** "met her husband": "her" before a word that is not a preposition or an end of clause owns that word. */
    private static boolean possessiveHer(List<Token> tokens, int at) {
        if (!tokens.get(at).lower().equals("her") || at + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(at + 1);
        return !next.isPunctuation() && !AFTER_OBJECT.contains(next.lower());
    }

    /** "The talks lasted...", "Negotiations were launched...": a sentence that opens on a contact already named. */
    private static boolean opensWithContact(List<Token> tokens, List<Trigger> found) {
        if (tokens.isEmpty() || found.isEmpty()) {
            return false;
        }
        Trigger first = found.get(0);
        boolean definite = tokens.get(0).lower().equals("the") && first.start() <= 4
                && tokens.subList(1, first.start()).stream().noneMatch(t -> SUBJECT_WORDS.contains(t.lower()));
        if (definite && first.kind() == TriggerKind.VISIT && first.start() == 1) {
            // "The trip had been planned for February but was called off": the visit the article is about, called
            // off; a visit in an opening "The visit ..." is otherwise too often another one to take the pair.
            return StatusCues.around(tokens, first.start(), first.end())[0] == StatusCues.Cue.NEGATED;
        }
        return first.kind() != TriggerKind.VISIT && first.kind() != TriggerKind.HOST
                && first.kind() != TriggerKind.SUMMIT
                && (definite || first.start() == 0);
    }

    // ---- parties ----

    private List<Party> parties(Sentence sentence, List<Mention> mentions, List<Rejection> rejections) {
        List<Token> tokens = sentence.tokens();
        List<Party> parties = new ArrayList<>();
        List<Party> candidates = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (!m.canBeParty()) {
                continue;
            }
            String before = m.tokenStart() > 0 ? tokens.get(m.tokenStart() - 1).lower() : "";
            String after = m.tokenEnd() < tokens.size() ? tokens.get(m.tokenEnd()).lower() : "";
            if (m.kind() == MentionKind.COUNTRY && m.resolution() != dev.dyadwatch.avro.MentionResolution.PAIR) {
                if (after.equals("'s")) {
                    continue;
                }
                if ((Words.TOPICAL.contains(before) || DISCUSS.contains(before))
                        && !(before.equals("of") && groupBeforeOf(tokens, m))) {
                    rejections.add(new Rejection(sentence.index(), m.text(), m.country() + " is what the sentence is "
                            + "about ('" + before + " " + m.text() + "'), not a party"));
                    continue;
                }
                if (isLocative(tokens, mentions, k)) {
                    continue;
                }
                if (m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).isCapitalized()
                        && Words.canBeNameWord(tokens.get(m.tokenEnd()))) {
                    continue;
                }
            }
            if (m.kind() != MentionKind.PERSON && reactsToContact(tokens, m)) {
                rejections.add(new Rejection(sentence.index(), m.text(), m.country() + " reacts to what the sentence "
                        + "tells, it is not a party"));
                continue;
            }
            if (m.kind() == MentionKind.PERSON && ABOUT.contains(before)) {
                // "spoke to reporters about Putin": whom the words are about, not whom they were spoken to.
                rejections.add(new Rejection(sentence.index(), m.text(), m.text() + " is what the sentence is about ('"
                        + before + " " + m.text() + "'), not a party"));
                continue;
            }
            if (m.kind() == MentionKind.GOVERNMENT && before.equals("the") && m.tokenEnd() < tokens.size()
                    && tokens.get(m.tokenEnd()).isCapitalized() && !tokens.get(m.tokenEnd()).isPunctuation()
                    && !TitleWords.isTitleWord(tokens.get(m.tokenEnd()))) {
                // "the Doha Forum", "the Moscow Format": a capital opening the name of an event is no party.
                continue;
            }
            boolean weak = m.resolution() == dev.dyadwatch.avro.MentionResolution.PAIR;
            candidates.add(new Party(m, weak, false));
        }
        long countries = Party.countries(candidates);
        for (Party p : candidates) {
            // A reporter ("..., Indian officials said") is left out when the others make a pair without it.
            if (isReporter(tokens, p.mention()) && countries > 2) {
                rejections.add(new Rejection(sentence.index(), p.mention().text(), p.country()
                        + " reports the contact, it is not a party"));
                continue;
            }
            parties.add(p);
        }
        return parties;
    }

    /**
     * "signed a security agreement with China that alarmed Canberra, Wellington and Washington": the objects of a
     * verb of reaction in a clause that hangs from the contact ("that", "which") are those it affected, not its
     * parties. Walks back over the list the mention closes.
     */
    private static boolean reactsToContact(List<Token> tokens, Mention m) {
        for (int k = m.tokenStart() - 1; k >= Math.max(1, m.tokenStart() - REACTION_LIST_REACH); k--) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (REACTIONS.contains(w)) {
                String opener = tokens.get(k - 1).lower();
                return opener.equals("that") || opener.equals("which");
            }
            if (!(w.equals(",") || w.equals("and") || w.equals("the") || t.isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    private static boolean groupBeforeOf(List<Token> tokens, Mention m) {
        int of = m.tokenStart() - 1;
        if (of > 0 && GROUP_BEFORE_OF.contains(tokens.get(of - 1).lower())) {
            return true;
        }
        if (of > 0 && MEETINGS_OF.contains(tokens.get(of - 1).lower()) && m.tokenEnd() < tokens.size()
                && (tokens.get(m.tokenEnd()).text().equals(",") || tokens.get(m.tokenEnd()).lower().equals("and"))) {
            // "a trilateral meeting of Turkey, Azerbaijan and Georgia": the list of those who meet.
            return true;
        }
        // "the directors general of military operations of India and Pakistan", "the heads of the navies of":
        // the people stand at the head of a noun phrase opened by "the", with no other words than nouns between.
        for (int k = of - 1; k >= Math.max(0, of - OFFICE_PHRASE_WORDS); k--) {
            Token t = tokens.get(k);
            if (t.lower().equals("the")) {
                return false;
            }
            if (t.isPunctuation() || t.isCapitalized() && !TitleWords.isTitleWord(t)) {
                return false;
            }
            if (GROUP_BEFORE_OF.contains(t.lower()) && k > 0 && tokens.get(k - 1).lower().equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** A country or capital after "in", "visited", "flew to", or in a list that follows one ("to India and China"). */
    static boolean isLocative(List<Token> tokens, List<Mention> mentions, int k) {
        Mention m = mentions.get(k);
        if (m.kind() == MentionKind.PLACE) {
            return true;
        }
        if (m.kind() != MentionKind.COUNTRY || FromGroups.namesGroup(tokens, m.tokenStart())) {
            return false;
        }
        if (Words.isLocative(tokens, m.tokenStart())) {
            return true;
        }
        int at = m.tokenStart() - 1;
        if (at > 0 && tokens.get(at).lower().equals("the")) {
            // "to Qatar and the United Arab Emirates"
            at--;
        }
        String before = at >= 0 ? tokens.get(at).lower() : "";
        if ((before.equals("and") || before.equals(",")) && k > 0) {
            Mention previous = mentions.get(k - 1);
            return previous.tokenEnd() >= at - 1 && isLocative(tokens, mentions, k - 1);
        }
        return false;
    }

    private static boolean isReporter(List<Token> tokens, Mention m) {
        int after = m.tokenEnd();
        if (after < tokens.size() && REPORTING.contains(tokens.get(after).lower())) {
            return true;
        }
        return m.tokenStart() >= 2 && tokens.get(m.tokenStart() - 1).lower().equals("to")
                && tokens.get(m.tokenStart() - 2).lower().equals("according");
    }

    private static List<Mention> places(List<Token> tokens, List<Mention> mentions) {
        List<Mention> places = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.country() != null && isLocative(tokens, mentions, k)) {
                places.add(m);
            }
        }
        return places;
    }

    // ---- triggers ----

    /** No place named after "in", "at" or "from", and no word of meeting or presence, in the sentence. */
    private static boolean noPlaceOrPresence(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (PRESENCE.contains(w)) {
                return false;
            }
            if ((w.equals("in") || w.equals("at") || w.equals("from")) && i + 1 < tokens.size()
                    && (tokens.get(i + 1).isCapitalized() || tokens.get(i + 1).lower().equals("the"))) {
                return false;
            }
        }
        return true;
    }

    private static List<Trigger> usable(List<Trigger> found, List<Token> tokens, List<Mention> mentions,
            List<Party> parties, int sentence, List<Rejection> rejections) {
        List<Trigger> usable = new ArrayList<>();
        boolean phone = found.stream().anyMatch(t -> t.kind() == TriggerKind.PHONE && !isBareCall(t));
        List<Trigger> byPhone = found.stream().filter(t -> t.kind() == TriggerKind.PHONE
                && BY_PHONE.matcher(t.words().toLowerCase(java.util.Locale.ROOT)).matches()).toList();
        if (!byPhone.isEmpty()) {
            // "spoke with Trump by phone": the conversation was a call.
            List<Trigger> converted = new ArrayList<>();
            for (Trigger t : found) {
                boolean speech = t.kind() == TriggerKind.MEET
                        && SPEECH.matcher(t.words().toLowerCase(java.util.Locale.ROOT)).matches();
                boolean near = byPhone.stream().anyMatch(p -> Math.abs(p.start() - t.end()) <= 8);
                converted.add(speech && near ? new Trigger(t.start(), t.end(), TriggerKind.PHONE, t.words()) : t);
            }
            found = converted;
        }
        if (byPhone.isEmpty() && found.size() == 1 && found.get(0).kind() == TriggerKind.MEET
                && SPOKE.contains(found.get(0).words().toLowerCase(java.util.Locale.ROOT))
                && noPlaceOrPresence(tokens)) {
            // "Trump and Putin spoke for more than two hours on Tuesday": leaders who speak with no place named,
            // no meeting and no trip in the sentence spoke by telephone; those who meet say so.
            Trigger t = found.get(0);
            found = List.of(new Trigger(t.start(), t.end(), TriggerKind.PHONE, t.words()));
        }
        // Only an exercise trigger asks whether the sentence is military: the scan of every token waits for one.
        boolean military = found.stream().anyMatch(t -> t.kind() == TriggerKind.EXERCISE)
                && tokens.stream().anyMatch(t -> MILITARY_CONTEXT.contains(t.lower()));
        List<Trigger> offers = found.stream().filter(t -> t.kind() == TriggerKind.HOST && isOffer(tokens, t))
                .toList();
        for (Trigger t : found) {
            String w = t.words().toLowerCase(java.util.Locale.ROOT);
            String next = t.end() < tokens.size() ? tokens.get(t.end()).lower() : "";
            String prev = t.start() > 0 ? tokens.get(t.start() - 1).lower() : "";
            boolean keep = switch (t.kind()) {
                case PHONE -> !isBareCall(t) || callIsTelephone(t, tokens, mentions);
                case HOST -> !(phone && (w.startsWith("receiv"))) && !next.equals("call") && !next.equals("a")
                        && !hostIsNoun(w, prev, next) && !hostsAnEvent(t, found) && hasGuest(t, w, tokens, parties);
                // "a sign of warming ties", "another sign that ..." are no signing; "the signing of a memorandum",
                // "will sign", "India signs pact" are.
                case SIGN -> !((w.equals("sign") || w.equals("signs")) && isNounSign(prev, next))
                        && (!w.equals("exchanged") || documentsAfter(tokens, t.end()));
                case EXERCISE -> !(w.startsWith("exercise") || w.equals("drill")) || military
                        || prev.length() > 0 && tokens.get(t.start() - 1).isCapitalized();
                case VISIT -> BE_IN.contains(w) ? isPresence(t, tokens, mentions)
                        : w.startsWith("spen") ? isStay(tokens, t)
                        : w.equals("tour") || w.equals("touring") ? TOUR_NEXT.contains(next)
                        : !(w.equals("travel") || w.equals("travelled")) || next.equals("to");
                case MEET -> !isAppeal(t, w, tokens);
                case SUMMIT -> !hostedInRelativeClause(tokens, t);
                // "paid a state visit on Monday at the invitation of President Aliyev": the terms of the visit,
                // not an invitation to another one.
                case INVITE -> !(w.equals("invitation") && next.equals("of") && t.start() > 1
                        && tokens.get(t.start() - 2).lower().equals("at"));
                default -> true;
            };
            Trigger offer = offers.stream().filter(o -> o == t || hosts(o, t)).findFirst().orElse(null);
            if (keep && offer != null) {
                rejections.add(new Rejection(sentence, t.words(), "an offer to host ('"
                        + tokens.get(offer.start() - 2).text() + " to " + offer.words() + "') is hypothetical"));
            } else if (keep && reportedClaim(tokens, t) != null) {
                rejections.add(new Rejection(sentence, t.words(), "a claim of a report ('" + reportedClaim(tokens, t)
                        + "'), not a contact the article reports"));
            } else if (keep && appealFor(tokens, t) != null) {
                rejections.add(new Rejection(sentence, t.words(), "an appeal ('" + appealFor(tokens, t) + " ... "
                        + t.words() + "'), not a contact"));
            } else if (keep && isHypothetical(tokens, t)) {
                rejections.add(new Rejection(sentence, t.words(), "a possible or hypothetical contact ('"
                        + tokens.get(hypotheticalCue(tokens, t)).text() + " " + t.words() + "'), not one announced"));
            } else if (keep) {
                usable.add(t);
            } else if (t.kind() == TriggerKind.PHONE) {
                rejections.add(new Rejection(sentence, t.words(), "'" + t.words() + "' is not a telephone call here"));
            }
        }
        return usable;
    }

    /**
     * "Fidan is in Baghdad for talks", "Modi was in Kyiv on Friday", "Modi will be in Moscow next week": a person
     * named right before "is in" a place right after it is there on a visit (the pair still needs the place to be
     * another country's).
     */
    private static boolean isPresence(Trigger t, List<Token> tokens, List<Mention> mentions) {
        int subjectEnd = t.start() > 0 && FUTURE_MODALS.contains(tokens.get(t.start() - 1).lower())
                ? t.start() - 1 : t.start();
        boolean person = false;
        boolean place = false;
        for (Mention m : mentions) {
            // Named, not a bare title ("The defence minister was in Islamabad" may be anyone's).
            person |= m.tokenEnd() == subjectEnd && m.kind() == MentionKind.PERSON
                    && m.resolution() != dev.dyadwatch.avro.MentionResolution.TITLE;
            place |= m.tokenStart() == t.end() && m.country() != null
                    && (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.GOVERNMENT
                    || m.kind() == MentionKind.PLACE);
        }
        return person && place;
    }

    /**
     * "spent two days in Poland", "will spend a night in Hanoi": a stay of days counted out, in a place; "spent two
     * years in London" and "spent $2 billion" are no visit.
     */
    private static boolean isStay(List<Token> tokens, Trigger t) {
        int k = t.end();
        if (k < tokens.size() && STAY_COUNTS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k < tokens.size() && STAY_COUNTS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k > t.end() && k + 1 < tokens.size() && STAY_UNITS.contains(tokens.get(k).lower())
                && tokens.get(k + 1).lower().equals("in");
    }

    /**
     * "called on Beijing to show restraint", "calls on both sides to resume talks": an appeal, not a call paid on
     * someone ("called on Prime Minister Sharif in Islamabad").
     */
    private static boolean isAppeal(Trigger t, String w, List<Token> tokens) {
        if (!w.startsWith("call")) {
            return false;
        }
        for (int k = t.end(); k < Math.min(tokens.size() - 1, t.end() + 7); k++) {
            String word = tokens.get(k).lower();
            if (word.equals(",") || word.equals(";") || word.equals("in") || word.equals("at")) {
                return false;
            }
            if (word.equals("and") && tokens.get(k + 1).lower().equals("to")) {
                // "is due to call on President Zardari and to meet the army chief": a second infinitive of the
                // plan, not what the one called on is asked to do.
                return false;
            }
            if (word.equals("to") && !tokens.get(k + 1).isCapitalized()
                    && !DETERMINERS.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "an ideal host", "the host country": a noun, not someone hosting. */
    private static boolean hostIsNoun(String w, String prev, String next) {
        return (w.equals("host") || w.equals("hosts"))
                && (HOST_NOUN_BEFORE.contains(prev) || HOST_NOUN_AFTER.contains(next));
    }

    /**
     * "welcomed Putin", "received him", "was received by": someone is received; "welcomed the decision" and
     * "received assurances" receive no one.
     */
    private static boolean hasGuest(Trigger t, String w, List<Token> tokens, List<Party> parties) {
        if (!w.startsWith("welcom") && !w.startsWith("receiv")) {
            return true;
        }
        String prev = t.start() > 0 ? tokens.get(t.start() - 1).lower() : "";
        String next = t.end() < tokens.size() ? tokens.get(t.end()).lower() : "";
        if (PASSIVE_AUX.contains(prev)
                || OBJECT_PRONOUNS.contains(next)) {
            return true;
        }
        return parties.stream().anyMatch(p -> p.start() >= t.end() && p.start() - t.end() <= 4);
    }

    /** "hosted direct talks between ...", "hosts the AMAN exercise": the event's own words code the contact. */
    private static boolean hostsAnEvent(Trigger host, List<Trigger> found) {
        return found.stream().anyMatch(t -> hosts(host, t));
    }

    private static boolean hosts(Trigger host, Trigger t) {
        boolean event = t.kind() == TriggerKind.TALKS || t.kind() == TriggerKind.MEET
                || t.kind() == TriggerKind.SUMMIT || t.kind() == TriggerKind.EXERCISE;
        return event && t.start() >= host.end() && t.start() - host.end() <= 4;
    }

    /** "ready to host", "offered to host", "willing to host": an offer, not a contact anyone has agreed to. */
    private static boolean isOffer(List<Token> tokens, Trigger host) {
        return host.start() >= 2 && tokens.get(host.start() - 1).lower().equals("to")
                && OFFERS.contains(tokens.get(host.start() - 2).lower());
    }

    /** "The report had claimed that the two ministers discussed ...": the claim word, or null. */
    private static String reportedClaim(List<Token> tokens, Trigger t) {
        for (int k = t.start() - 1; k >= Math.max(1, t.start() - 12); k--) {
            String w = tokens.get(k).lower();
            if (w.equals(";")) {
                return null;
            }
            if (CLAIMS.contains(w) && tokens.get(k + 1).lower().equals("that")) {
                if (StatusCues.deniedBefore(tokens, k)) {
                    // "denied a social media claim that A had called B": the denial negates it (see StatusCues).
                    return null;
                }
                for (int j = k - 1; j >= 0; j--) {
                    if (CLAIM_SOURCES.contains(tokens.get(j).lower())) {
                        return tokens.get(k).text();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** "any future peace talks", "a possible visit": a contact no one has announced. */
    /**
     * "called for an end to hostilities and for political dialogue", "urged negotiations": talks or a meeting named
     * as what someone asks for, not held. Only for words of contact that are nouns; the words of the appeal, or null.
     */
    private static String appealFor(List<Token> tokens, Trigger t) {
        String w = t.words().toLowerCase(java.util.Locale.ROOT);
        boolean noun = t.kind() == TriggerKind.TALKS && !w.startsWith("held") && !TALKS_VERBS.contains(w)
                || t.kind() == TriggerKind.SUMMIT || t.kind() == TriggerKind.MEET && APPEALED_NOUNS.contains(w);
        if (!noun) {
            return null;
        }
        for (int k = t.start() - 1; k >= Math.max(0, t.start() - APPEAL_REACH); k--) {
            String word = tokens.get(k).lower();
            if (word.equals(",") || word.equals(";") || word.equals(".") || word.equals("but")) {
                return null;
            }
            if (APPEAL_VERBS.contains(word)) {
                return tokens.get(k).text();
            }
            if (word.equals("for") && k > 0 && APPEAL_FOR.contains(tokens.get(k - 1).lower())) {
                return tokens.get(k - 1).text() + " for";
            }
        }
        return null;
    }

    private static boolean isHypothetical(List<Token> tokens, Trigger t) {
        return hypotheticalCue(tokens, t) >= 0;
    }

    private static int hypotheticalCue(List<Token> tokens, Trigger t) {
        int imagined = imaginedSubject(tokens, t.start());
        if (imagined >= 0) {
            return imagined;
        }
        for (int k = t.start() - 1; k >= Math.max(0, t.start() - 3); k--) {
            String w = tokens.get(k).lower();
            if (HYPOTHETICAL.contains(w)) {
                return k;
            }
            if (w.equals(",") || w.equals("the") || tokens.get(k).isCapitalized()) {
                break;
            }
        }
        return possibleAfter(tokens, t.end());
    }

    /** "A meeting between Modi and Xi ... is possible": the contact's own verb says it may happen; or -1. */
    private static int possibleAfter(List<Token> tokens, int from) {
        boolean between = false;
        for (int k = from; k + 1 < Math.min(tokens.size(), from + POSSIBLE_REACH); k++) {
            Token token = tokens.get(k);
            if (token.lower().equals("between")) {
                between = true;
            } else if (between && token.lower().equals("and")) {
                // "a meeting between Modi and Xi": the "and" of the pair opens no clause.
                between = false;
                continue;
            }
            if (token.isPunctuation() || CLAUSE_LINKS.contains(token.lower())) {
                return -1;
            }
            boolean be = PASSIVE_HELPERS.contains(token.lower()) || token.lower().startsWith("remain");
            if (be && POSSIBLE.contains(tokens.get(k + 1).lower())) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * "a Tokyo that talks to Pyongyang would test ...", "an Iran which signs the deal": the subject of the words is
     * a state the writer imagines (an indefinite article before its name); the index of "that", or -1.
     */
    private static int imaginedSubject(List<Token> tokens, int at) {
        int that = at - 1;
        if (that < 2 || !THAT_WHICH.contains(tokens.get(that).lower())) {
            return -1;
        }
        for (int k = that - 1; k >= Math.max(0, that - 4) && tokens.get(k).isCapitalized(); k--) {
            if (k > 0 && INDEFINITE_ARTICLES.contains(tokens.get(k - 1).lower())) {
                return that;
            }
        }
        return -1;
    }

    private static boolean isBareCall(Trigger t) {
        String w = t.words().toLowerCase(java.util.Locale.ROOT);
        return w.equals("call") || w.equals("calls") || w.equals("called") || w.equals("phone")
                || w.equals("telephone");
    }

    /** "Khan called Putin", "a call from Putin", "the call": a telephone call; "called for", "call it" are not. */
    private static boolean callIsTelephone(Trigger t, List<Token> tokens, List<Mention> mentions) {
        String w = t.words().toLowerCase(java.util.Locale.ROOT);
        String next = t.end() < tokens.size() ? tokens.get(t.end()).lower() : "";
        String prev = t.start() > 0 ? tokens.get(t.start() - 1).lower() : "";
        if (w.equals("phone") || w.equals("telephone")) {
            return next.equals("call") || next.equals("conversation") || prev.equals("by");
        }
        if (next.equals("for") || next.equals("on") || next.equals("off") || next.equals("up") || next.equals("it")) {
            return false;
        }
        // "called his Indian counterpart": a possessive before the person called.
        int callee = POSSESSIVES.contains(next) ? t.end() + 1 : t.end();
        for (Mention m : mentions) {
            if (m.tokenStart() == callee && m.canBeParty() && m.kind() != MentionKind.COUNTRY) {
                return !namesTheCallee(tokens, m.tokenEnd());
            }
        }
        if (w.equals("called")) {
            return false;
        }
        return next.equals("with") || next.equals("from") || next.equals("to") || next.equals("between")
                || CALL_WORDS_BEFORE
                    .contains(prev)
                || ORDINAL_CALLS.contains(prev);
    }

    /**
     * "Xi called Lula "an old friend"", "Erdogan called Netanyahu a butcher": a quotation or "a"/"an" with a noun
     * after the person called names him, it is no call ("called Putin a day after the vote" is one).
     */
    private static boolean namesTheCallee(List<Token> tokens, int after) {
        if (after >= tokens.size()) {
            return false;
        }
        String w = tokens.get(after).lower();
        if (QUOTES.contains(w)) {
            return true;
        }
        String next = after + 1 < tokens.size() ? tokens.get(after + 1).lower() : "";
        return (w.equals("a") || w.equals("an")) && !TIME_AFTER_ARTICLE.contains(next);
    }

    // ---- pairs ----

    /** "on the sidelines of the summit", "on the margins of the BRICS summit": a summit as the occasion. */
    private static boolean besideTheSummit(Trigger trigger, List<Token> tokens) {
        for (int k = trigger.start() - 1; k >= Math.max(0, trigger.start() - SIDELINES_REACH); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("sidelines") || w.equals("margins") || w.equals("fringes") || w.equals("side-lines")) {
                return k + 1 < trigger.start() && tokens.get(k + 1).lower().equals("of");
            }
        }
        return false;
    }

    /** Three or more countries at one meeting: every pair of them. */
    private static boolean multilateral(Trigger trigger, List<Party> parties, List<Token> tokens,
            List<Party[]> pairs) {
        TriggerKind kind = trigger.kind();
        if (kind == TriggerKind.SUMMIT && besideTheSummit(trigger, tokens)) {
            // "met Xi and Pezeshkian on the sidelines of the BRICS summit": the meetings beside the summit are
            // the sentence's contacts; the summit itself does not make its countries meet each other.
            return false;
        }
        if (kind == TriggerKind.VISIT || kind == TriggerKind.HOST || kind == TriggerKind.PHONE
                || kind == TriggerKind.INVITE || kind == TriggerKind.NO_AGREEMENT || possessiveWith(trigger, tokens)) {
            return false;
        }
        if (kind == TriggerKind.MEET && MEALS.contains(trigger.words().toLowerCase(java.util.Locale.ROOT))) {
            return mealOfThree(trigger, parties, tokens, pairs, trigger.end(), true);
        }
        if (kind == TriggerKind.MEET && trigger.start() > 0 && SEVERAL_SIDED.contains(tokens.get(trigger.start() - 1)
                .lower()) && trigger.end() < tokens.size()) {
            // "participated in an informal trilateral meeting in Beijing with Wang Yi and Muttaqi": the subject and
            // the people it met with, every pair of them.
            for (int k = trigger.end(); k < Math.min(tokens.size(), trigger.end() + 4); k++) {
                String w = tokens.get(k).lower();
                if (w.equals("with")) {
                    // The word "trilateral" says the list is one meeting; titles "of" a country may part its names.
                    return mealOfThree(trigger, parties, tokens, pairs, k, false);
                }
                if (w.equals(",") || w.equals(".")) {
                    break;
                }
            }
        }
        Map<String, Party> byCountry = new LinkedHashMap<>();
        int before = 0;
        int after = 0;
        Set<String> beforeCountries = new LinkedHashSet<>();
        Set<String> afterCountries = new LinkedHashSet<>();
        for (Party p : parties) {
            if (p.weak()) {
                continue;
            }
            byCountry.putIfAbsent(p.country(), p);
            if (p.start() < trigger.start()) {
                before++;
                beforeCountries.add(p.country());
            } else {
                after++;
                afterCountries.add(p.country());
            }
        }
        if (byCountry.size() < 3) {
            return false;
        }
        boolean cue = tokens.stream().anyMatch(t -> MULTILATERAL_CUES.contains(t.lower()));
        List<Party> side = parties.stream().filter(p -> !p.weak() && (beforeCountries.size() >= 3
                ? p.start() < trigger.start() : p.start() >= trigger.end())).toList();
        // "Ankara hosted a trilateral meeting of the ministers of Turkey, Azerbaijan and Georgia": a host before
        // the words that is one of the members listed after them leaves the list one side.
        boolean nothingElseBefore = before == 0 || afterCountries.containsAll(beforeCountries) && cue;
        boolean oneSide = (beforeCountries.size() >= 3 || afterCountries.size() >= 3 && nothingElseBefore)
                && (cue || isList(side, tokens));
        if (!(cue && kind == TriggerKind.SUMMIT || oneSide && (cue || kind != TriggerKind.MEET || after == 0))) {
            return false;
        }
        List<Party> members = new ArrayList<>(byCountry.values());
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairs.add(new Party[] {members.get(i), members.get(j)});
            }
        }
        return after >= 0;
    }

    /**
     * "Trump had dinner with Abe and Moon": a meal its host shares with a list of guests is one meeting of them
     * all, every pair of three or more countries; "met Abe and Moon" may be two encounters and is left to the rest.
     */
    private static boolean mealOfThree(Trigger trigger, List<Party> parties, List<Token> tokens, List<Party[]> pairs,
            int with, boolean needList) {
        Party host = nearestBefore(trigger, parties, null);
        if (host == null || host.weak() || with >= tokens.size()
                || !WITH_OR_FOR.contains(tokens.get(with).lower())) {
            return false;
        }
        int end = Math.min(clauseEnd(tokens, with), subordinateAfterComma(tokens, with));
        List<Party> guests = parties.stream().filter(p -> !p.weak() && p.start() > with && p.start() < end
                && p.start() - with <= 22).toList();
        Map<String, Party> byCountry = new LinkedHashMap<>();
        byCountry.put(host.country(), host);
        guests.forEach(g -> byCountry.putIfAbsent(g.country(), g));
        if (byCountry.size() < 3 || needList && !isList(guests, tokens)) {
            return false;
        }
        List<Party> members = new ArrayList<>(byCountry.values());
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairs.add(new Party[] {members.get(i), members.get(j)});
            }
        }
        return true;
    }

    /** "Trump's planned summit with Kim": one side owns the meeting, the other follows "with": a pair. */
    private static boolean possessiveWith(Trigger trigger, List<Token> tokens) {
        int k = trigger.start() - 1;
        while (k >= 0 && PLAN_ADJECTIVES
                .contains(tokens.get(k).lower())) {
            k--;
        }
        return k >= 0 && tokens.get(k).lower().equals("'s") && trigger.end() < tokens.size()
                && tokens.get(trigger.end()).lower().equals("with");
    }

    /** Parties in a plain list: "Biden, Modi, Suga and Morrison", "Pakistan, China, Russia and the United States". */
    private static boolean isList(List<Party> side, List<Token> tokens) {
        for (int i = 0; i + 1 < side.size(); i++) {
            for (int k = side.get(i).end(); k < side.get(i + 1).start(); k++) {
                Token t = tokens.get(k);
                String w = t.lower();
                boolean joint = w.equals(",") || w.equals("and") || w.equals("the") || w.equals("his")
                        || w.equals("her") || t.isCapitalized()
                        || TitleWords.isTitleWord(t);
                if (!joint) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Party[]> pairsFor(Trigger trigger, List<Party> parties, List<Mention> places,
            List<Token> tokens, int sentence, List<Rejection> rejections) {
        List<Party[]> pairs = new ArrayList<>();
        List<Party> strong = parties.stream().filter(p -> !p.weak()).toList();
        List<Party> use = countries(strong) >= 2 || trigger.kind() == TriggerKind.VISIT ? strong : parties;
        if ((trigger.kind() == TriggerKind.VISIT || trigger.kind() == TriggerKind.HOST) && isVirtual(trigger, tokens)) {
            // "a virtual summit hosted by India", "welcomed him by video link": no one travels.
            rejections.add(new Rejection(sentence, trigger.words(), "a virtual meeting is no visit"));
            return pairs;
        }
        switch (trigger.kind()) {
            case VISIT -> {
                if (militaryBefore(trigger, tokens)) {
                    rejections.add(new Rejection(sentence, trigger.words(),
                            "troops or units travelling for an exercise are not a visit"));
                    return pairs;
                }
                Party[] returned = ReturnedVisit.pair(trigger, parties, tokens);
                if (returned != null) {
                    pairs.add(returned);
                    return pairs;
                }
                visit(trigger, use, places, tokens, pairs);
            }
            case HOST -> host(trigger, use, tokens, pairs);
            case SUMMIT -> {
                if (trigger.end() < tokens.size() && tokens.get(trigger.end()).lower().equals("of")) {
                    // "a summit of India and China": the two named after it, not someone who attended it.
                    summitOf(trigger, use, tokens, pairs);
                } else if (trigger.end() < tokens.size() && (tokens.get(trigger.end()).lower().equals("with")
                        || tokens.get(trigger.end()).lower().equals("between"))) {
                    symmetric(trigger, use, tokens, pairs);
                } else if (isHeld(trigger, tokens)) {
                    heldByPair(trigger, use, tokens, pairs);
                }
            }
            default -> {
                int witnesses = trigger.kind() == TriggerKind.SIGN ? presenceOf(tokens, trigger.end()) : -1;
                if (witnesses >= 0) {
                    // "signed by A and B in the presence of Wang Yi": the witness is no party to the signing.
                    use = use.stream().filter(p -> p.start() < witnesses).toList();
                }
                Party[] hyphenated = pairBefore(trigger, parties, tokens);
                Party[] agents = trigger.kind() == TriggerKind.SIGN ? signedBy(trigger, use, tokens) : null;
                if (agents == null && trigger.kind() == TriggerKind.SIGN) {
                    agents = passiveBetween(trigger, use, tokens);
                }
                Party[] invited = trigger.kind() == TriggerKind.INVITE ? invitedByPronoun(trigger, use, tokens) : null;
                if (hyphenated != null) {
                    pairs.add(hyphenated);
                } else if (agents != null) {
                    pairs.add(agents);
                } else if (invited != null) {
                    pairs.add(invited);
                } else if (ordinalCallOpening(trigger, tokens)) {
                    // "A second call, on March 6, won a reprieve, and Trump wrote that he granted it out of respect
                    // for the Mexican president": the call the sentence opens with is between its only two people;
                    // with more, the words do not say which two.
                    if (parties.size() == 2 && !parties.get(0).country().equals(parties.get(1).country())) {
                        pairs.add(new Party[] {parties.get(0), parties.get(1)});
                    }
                } else {
                    symmetric(trigger, use, tokens, pairs);
                }
            }
        }
        return pairs;
    }

    /**
     * "was signed at a closing session on Friday by Ali Shamkhani, the secretary of ..., and Musaed al-Aiban, ...":
     * the agents of a passive signing, reached past the place and day between the verb and "by" and past the
     * appositions that follow each name. Null unless "by" comes before any clause break and is followed, within a
     * title, by a person or country and then, after an "and", by one of another country.
     */
    private static Party[] signedBy(Trigger trigger, List<Party> parties, List<Token> tokens) {
        int by = -1;
        for (int k = trigger.end(); k < Math.min(tokens.size(), trigger.end() + SIGNED_BY_REACH) && by < 0; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(",") || CLAUSE_WORDS.contains(w)) {
                return null;
            }
            by = w.equals("by") ? k : -1;
        }
        if (by < 0) {
            return null;
        }
        Party first = null;
        for (Party p : parties) {
            if (p.start() <= by) {
                continue;
            }
            if (first == null) {
                if (p.start() - by > SIGNED_BY_TITLE) {
                    return null;
                }
                first = p;
            } else if (!p.country().equals(first.country())) {
                return joinedByAnd(tokens, first.end(), p.start()) ? new Party[] {first, p} : null;
            }
        }
        return null;
    }

    /**
     * "A treaty between Russia and Iran ... would be signed": a signing in the passive whose subject names its
     * parties after "between". The two first parties of different countries after the last "between" before the
     * trigger, in its sentence part, when what stands before "between" is a thing signed.
     */
    private static Party[] passiveBetween(Trigger trigger, List<Party> parties, List<Token> tokens) {
        int start = trigger.start();
        if (start < 1 || !PASSIVE_AUX.contains(tokens.get(start - 1).lower())) {
            return null;
        }
        for (int k = start - 2; k >= Math.max(0, start - PASSIVE_SUBJECT_REACH); k--) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || w.equals(",") || w.equals("but")) {
                return null;
            }
            if (w.equals("between")) {
                if (!agreementBefore(tokens, k)) {
                    // "Talks between Russia and Iran went well, and a deal with China will be signed".
                    return null;
                }
                Party first = null;
                for (Party p : parties) {
                    if (p.start() <= k || p.start() >= start) {
                        continue;
                    }
                    if (first == null) {
                        first = p;
                    } else if (!p.country().equals(first.country())) {
                        return joinedByAnd(tokens, first.end(), p.start()) ? new Party[] {first, p} : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "exchanged ten memoranda of understanding", "exchanged the instruments of ratification": documents exchanged
     * are signed; "exchanged fire", "exchanged prisoners" are not.
     */
    private static boolean documentsAfter(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + EXCHANGED_REACH); k++) {
            String w = tokens.get(k).lower();
            if (AGREEMENT_NOUNS.contains(w) || w.equals("memorandums") || w.equals("instruments")) {
                return true;
            }
            if (tokens.get(k).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    /** "a treaty between", "the treaty on comprehensive strategic partnership between": a thing signed. */
    private static boolean agreementBefore(List<Token> tokens, int between) {
        for (int k = between - 1; k >= Math.max(0, between - AGREEMENT_NAME_WORDS); k--) {
            if (tokens.get(k).isPunctuation()) {
                return false;
            }
            if (AGREEMENT_NOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinedByAnd(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).lower().equals("and")) {
                return true;
            }
            if (CLAUSE_WORDS.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return false;
    }

    /** Where "in the presence of" begins after {@code from}, or -1. */
    private static int presenceOf(List<Token> tokens, int from) {
        for (int k = from; k + 3 < tokens.size(); k++) {
            if (tokens.get(k).lower().equals("in") && tokens.get(k + 1).lower().equals("the")
                    && tokens.get(k + 2).lower().equals("presence") && tokens.get(k + 3).lower().equals("of")) {
                return k;
            }
        }
        return -1;
    }

    /** "The first call ...", "A second call, on March 6, ...": a call told by its order opens the sentence. */
    private static boolean ordinalCallOpening(Trigger trigger, List<Token> tokens) {
        return trigger.kind() == TriggerKind.PHONE && trigger.start() == 2
                && ORDINAL_CALLS.contains(tokens.get(1).lower())
                && (tokens.get(0).lower().equals("a") || tokens.get(0).lower().equals("the"));
    }

    /**
     * "a virtual summit hosted by India", "welcomed him by video link": a word of a meeting over a screen within
     * four words of the trigger, in its phrase ("on a visit to Pakistan, ... inaugurated the airport by video link"
     * is a visit).
     */
    private static boolean isVirtual(Trigger trigger, List<Token> tokens) {
        for (int k = trigger.start() - 1; k >= Math.max(0, trigger.start() - 4) && !isPause(tokens.get(k)); k--) {
            if (VIRTUAL.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        for (int k = trigger.end(); k < Math.min(tokens.size(), trigger.end() + 4) && !isPause(tokens.get(k)); k++) {
            if (VIRTUAL.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPause(Token token) {
        return token.text().equals(",") || token.text().equals(";");
    }

    /** "will hold the summit", "held a first summit": a summit its subjects hold, not one they attend. */
    private static boolean isHeld(Trigger trigger, List<Token> tokens) {
        for (int k = trigger.start() - 1; k >= Math.max(0, trigger.start() - 4); k--) {
            String w = tokens.get(k).lower();
            if (HOLD.contains(w)) {
                return true;
            }
            if (!SUMMIT_MODIFIERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "Seoul and Tokyo will hold the summit regularly": the coordinated subject of the verb are the pair. */
    private static void heldByPair(Trigger trigger, List<Party> parties, List<Token> tokens, List<Party[]> pairs) {
        Party subject = nearestBefore(trigger, parties, null);
        Party partner = subject == null ? null : coordinated(subject, parties, tokens);
        if (partner != null && (subjectLeadsTo(subject, trigger, tokens)
                || opensClause(partner, parties, tokens) && predicateReaches(subject, trigger, tokens, parties))) {
            pairs.add(new Party[] {partner, subject});
        }
    }

    /**
     * "Dar met Overchuk, who co-chairs the commission, and invited him to Islamabad": the one invited is the
     * person the subject met, named before the pronoun; the subject invites.
     */
    private static Party[] invitedByPronoun(Trigger trigger, List<Party> parties, List<Token> tokens) {
        String next = trigger.end() < tokens.size() ? tokens.get(trigger.end()).lower() : "";
        if (!OBJECT_PERSONS.contains(next) || parties.isEmpty()
                || parties.get(0).start() >= trigger.start()) {
            return null;
        }
        Party host = parties.get(0);
        Party guest = nearestBefore(trigger, parties, host.country());
        return guest == null ? null : new Party[] {host, guest};
    }

    private static boolean militaryBefore(Trigger trigger, List<Token> tokens) {
        for (int k = trigger.start() - 1; k >= Math.max(0, trigger.start() - 10); k--) {
            if (MILITARY_UNITS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int countries(List<Party> parties) {
        return Party.countries(parties);
    }

    /**
     * Where the clause of a trigger ends: at a semicolon, "but", a reporting verb, a relative clause or "and" with
     * a subject pronoun of its own ("received Biden, and he welcomed Putin").
     */
    private static int clauseEnd(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || pronounClause(tokens, k) || w.equals("but") || w.equals("while")
                    || w.equals("whereas") || REPORTING.contains(w)
                    || (w.equals("who") || w.equals("which")) && k > 0 && tokens.get(k - 1).text().equals(",")
                    || w.equals("that") && k > 0 && tokens.get(k - 1).lower().equals("and")
                    || newPredicate(tokens, k) || newSubjectClause(tokens, k)) {
                return k;
            }
        }
        return tokens.size();
    }

    /**
     * ", and Modi declared a day of mourning": a clause with a subject of its own after ", and" (capitalised name
     * words, then a verb in the past), whose people are no partners of the contact before it.
     */
    private static boolean newSubjectClause(List<Token> tokens, int k) {
        if (k + 3 >= tokens.size() || !tokens.get(k).text().equals(",") || !tokens.get(k + 1).lower().equals("and")) {
            return false;
        }
        int j = k + 2;
        while (j < tokens.size() && j - k - 2 < NEW_SUBJECT_WORDS && tokens.get(j).isCapitalized()) {
            j++;
        }
        if (j == k + 2 || j >= tokens.size()) {
            return false;
        }
        String verb = tokens.get(j).lower();
        return !tokens.get(j).isCapitalized() && (verb.length() > 4 && verb.endsWith("ed")
                && !PAST_NOT_PREDICATE.contains(verb) || verb.equals("said"));
    }

    /**
     * ", and called for talks with Pakistan", ", and urged ...": a second predicate of the same subject, whose
     * object is no partner of the contact before it. Only a past-tense verb right after ", and".
     */
    private static boolean newPredicate(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k).text().equals(",") || !tokens.get(k + 1).lower().equals("and")) {
            return false;
        }
        Token verb = tokens.get(k + 2);
        return !verb.isCapitalized() && verb.lower().length() > 4 && verb.lower().endsWith("ed")
                && !PAST_NOT_PREDICATE.contains(verb.lower());
    }

    /**
     * "arrived for talks with Putin, a day after the chancellor met Zelenskyy": a clause of time set off by a comma
     * starts another contact, whose people are not the first one's partners. Its first word, or the sentence's end.
     */
    private static int subordinateAfterComma(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (TIME_SUBORDINATORS.contains(tokens.get(k).lower())) {
                for (int c = k - 1; c >= Math.max(from, k - 3); c--) {
                    if (tokens.get(c).text().equals(",")) {
                        return k;
                    }
                }
            }
        }
        return tokens.size();
    }

    /** "and he", "and she" at {@code k}: a coordinated clause with a subject pronoun. */
    private static boolean pronounClause(List<Token> tokens, int k) {
        return tokens.get(k).lower().equals("and") && k + 1 < tokens.size()
                && HE_SHE.contains(tokens.get(k + 1).lower());
    }

    private static void visit(Trigger trigger, List<Party> parties, List<Mention> places, List<Token> tokens,
            List<Party[]> pairs) {
        List<Mention> hosts = new ArrayList<>();
        for (Mention place : places) {
            if (hosts.isEmpty()) {
                if (place.tokenStart() >= trigger.end() && place.tokenStart() - trigger.end() <= 8
                        && Words.isVenue(tokens, place.tokenStart())
                        && (place.tokenStart() == trigger.end() || !takenTo(tokens, place.tokenStart()))) {
                    hosts.add(place);
                }
            } else if (place.tokenStart() - hosts.get(hosts.size() - 1).tokenEnd() <= 3
                    && place.tokenStart() > hosts.get(hosts.size() - 1).tokenEnd()
                    && hosts.stream().noneMatch(h -> h.country().equals(place.country()))) {
                int before = place.tokenStart() - 1;
                before -= tokens.get(before).lower().equals("the") ? 1 : 0;
                String joint = tokens.get(before).lower();
                if (joint.equals("and") || joint.equals(",")) {
                    hosts.add(place);
                }
            } else if (place.tokenStart() > hosts.get(hosts.size() - 1).tokenEnd()
                    && place.tokenStart() - hosts.get(hosts.size() - 1).tokenEnd() <= 8
                    && hosts.stream().noneMatch(h -> h.country().equals(place.country()))
                    && isNextDestination(tokens, hosts.get(hosts.size() - 1).tokenEnd(), place.tokenStart())) {
                hosts.add(place);
            }
        }
        if (hosts.isEmpty()) {
            Party[] fronted = visitedInRelativeClause(trigger, parties, tokens);
            if (fronted != null) {
                pairs.add(fronted);
                return;
            }
        }
        Party traveller = subjectOfLaterVerb(trigger, parties, tokens);
        Party named = hosts.isEmpty() ? null : takenByName(trigger, parties, tokens, hosts.get(0));
        if (named != null) {
            // "a tour that will take Xi on to Malaysia and Cambodia": the person the tour takes travels.
            traveller = named;
        }
        String taken = trigger.words().toLowerCase(java.util.Locale.ROOT);
        if (taken.endsWith(" him to") || taken.endsWith(" her to")) {
            // "a tour that will also take him to Qatar": the one taken is a person, the sentence's first (its
            // subject in news copy), never a host the words put nearer.
            traveller = parties.stream().filter(p -> p.mention().kind() == MentionKind.PERSON).findFirst()
                    .orElse(null);
            if (traveller == null) {
                return;
            }
        }
        for (Mention host : hosts) {
            Party visitor = byAfter(trigger, parties, tokens, host.country());
            if (visitor == null) {
                visitor = subjectAfterFrontedVisit(trigger, host, parties, tokens);
            }
            if (visitor == null && traveller != null) {
                // "Lula met Xi on Monday before flying home to Brasilia": Lula travels, and home is no visit.
                if (!traveller.country().equals(host.country())) {
                    pairs.add(new Party[] {traveller, new Party(host, false, false)});
                }
                continue;
            }
            if (visitor == null) {
                visitor = nearestBefore(trigger, parties, host.country());
            }
            if (visitor != null) {
                pairs.add(new Party[] {visitor, new Party(host, false, false)});
            }
        }
    }

    /**
     * "China, which Muizzu visited in January 2024": a place before ", which" is what the visitor of the relative
     * clause visited, when the visitor stands right before the verb (a title or "had", "last" between them).
     */
    private static Party[] visitedInRelativeClause(Trigger trigger, List<Party> parties, List<Token> tokens) {
        int k = beforeFillers(tokens, trigger.start());
        int subjectEnd = k + 1;
        Party visitor = parties.stream().filter(p -> p.end() == subjectEnd).findFirst().orElse(null);
        if (visitor == null || visitor.weak()) {
            return null;
        }
        int which = visitor.start() - 1;
        // Past a title and its nationality: "which Maldivian President Mohamed Muizzu visited".
        while (which >= 0 && visitor.start() - which <= WHICH_TITLE_REACH && (TitleWords.isTitleWord(tokens.get(which))
                || tokens.get(which).isCapitalized() && !tokens.get(which).isPunctuation())) {
            which--;
        }
        if (which < 2 || !tokens.get(which).lower().equals("which") || !tokens.get(which - 1).text().equals(",")) {
            return null;
        }
        int comma = which - 1;
        for (Party place : parties) {
            MentionKind kind = place.mention().kind();
            if (place.end() == comma && !place.country().equals(visitor.country())
                    && (kind == MentionKind.COUNTRY || kind == MentionKind.GOVERNMENT)) {
                return new Party[] {visitor, place};
            }
        }
        return null;
    }

    /**
     * "Carney, who was hosting the summit": a summit named as what someone of a relative clause hosts is the
     * occasion, not a meeting the sentence reports.
     */
    private static boolean hostedInRelativeClause(List<Token> tokens, Trigger t) {
        int k = t.start() - 1;
        if (k < 1 || !tokens.get(k).lower().equals("the") || !tokens.get(k - 1).lower().startsWith("host")) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(0, k - 4); j--) {
            String w = tokens.get(j).lower();
            if (w.equals("who") || w.equals("which")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a tour that will take Xi on to Malaysia": the person named as the object of "take" between a trip's words
     * and its first destination, "take", "on" and "to" right around the name; or null.
     */
    private static Party takenByName(Trigger trigger, List<Party> parties, List<Token> tokens, Mention host) {
        int to = host.tokenStart() - 1;
        if (to < 0 || !tokens.get(to).lower().equals("to")) {
            return null;
        }
        int end = to > 0 && tokens.get(to - 1).lower().equals("on") ? to - 1 : to;
        for (Party p : parties) {
            if (p.start() > trigger.end() && p.end() == end && p.mention().kind() == MentionKind.PERSON
                    && TAKE.contains(tokens.get(p.start() - 1).lower())) {
                return p;
            }
        }
        return null;
    }

    /** "take him to Qatar": the place is the destination of the words "take him to", not of a noun before them. */
    private static boolean takenTo(List<Token> tokens, int place) {
        return place >= 3 && tokens.get(place - 1).lower().equals("to")
                && (tokens.get(place - 2).lower().equals("him") || tokens.get(place - 2).lower().equals("her"))
                && tokens.get(place - 3).lower().startsWith("t");
    }

    /**
     * "During a visit to Kabul on Monday, Dar addressed a business forum", "Visiting Moscow, Jaishankar laid a
     * wreath": a clause of travel opening the sentence has the main clause's subject as its traveller. The
     * subject stands right after the clause's comma, behind at most its title words.
     */
    private static Party subjectAfterFrontedVisit(Trigger trigger, Mention host, List<Party> parties,
            List<Token> tokens) {
        for (int k = 0; k < trigger.start(); k++) {
            if (!FRONTED_VISIT_OPENERS.contains(tokens.get(k).lower())) {
                return null;
            }
        }
        int comma = -1;
        for (int k = host.tokenEnd(); k < tokens.size() && k - host.tokenEnd() <= FRONTED_VISIT_REACH; k++) {
            if (tokens.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return null;
        }
        for (Party p : parties) {
            if (p.start() > comma) {
                boolean subject = skipTitle(p.start() - 1, tokens) <= comma;
                return subject && !p.country().equals(host.country()) ? p : null;
            }
        }
        return null;
    }

    /**
     * "due to travel to Qatar on Wednesday and to the United Arab Emirates on Thursday": "and to" (or "then to",
     * "and then to") right before the place, with no other verb between the two destinations.
     */
    private static boolean isNextDestination(List<Token> tokens, int from, int place) {
        int k = place - 1;
        if (k > from && tokens.get(k).lower().equals("the")) {
            k--;
        }
        if (k - 1 < from || !tokens.get(k).lower().equals("to")
                || !AND_THEN.contains(tokens.get(k - 1).lower())) {
            return false;
        }
        int joint = k - 1;
        if (tokens.get(joint).lower().equals("then") && joint - 1 >= from
                && tokens.get(joint - 1).lower().equals("and")) {
            // "travels to El Salvador on Monday and then to Costa Rica": "and then to" is one joint.
            joint--;
        }
        for (int j = from; j < joint; j++) {
            Token t = tokens.get(j);
            if (!t.isCapitalized() && !DESTINATION_FILLERS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "A met B in Moscow and is due to fly on to Vienna", "A met B before he headed to Ankara": the words of
     * travel are a second verb of the sentence's subject, joined by "and", "before" or "after" with no party or
     * other verb between; the subject travels, not the object of the first verb. Null when the sentence is not
     * built so.
     */
    private static Party subjectOfLaterVerb(Trigger trigger, List<Party> parties, List<Token> tokens) {
        for (int k = trigger.start() - 1; k >= Math.max(1, trigger.start() - 7); k--) {
            final int at = k;
            String w = tokens.get(k).lower();
            if (TriggerDates.LATER_VERB_JOINTS.contains(w)) {
                List<Party> before = parties.stream().filter(p -> p.end() <= at).toList();
                if (before.size() < 2 || commaBetween(tokens, before.get(0).end(), before.get(1).start())) {
                    return null;
                }
                return before.get(0);
            }
            if (!SUBJECT_VERB_FILLERS.contains(w)) {
                // "met Modi and invited him to visit": another verb, whose object travels.
                return null;
            }
        }
        return null;
    }

    /**
     * "the first visit to India by a Pakistani foreign minister": the visitor follows "by", in the same phrase
     * ("travelled to Moscow in 2022, the first visit by a Pakistani premier" names no one new).
     */
    private static Party byAfter(Trigger trigger, List<Party> parties, List<Token> tokens, String notCountry) {
        for (Party p : parties) {
            if (p.start() > trigger.end() && !p.country().equals(notCountry)) {
                for (int k = p.start() - 1; k >= Math.max(trigger.end(), p.start() - 4); k--) {
                    if (tokens.get(k).lower().equals("by") && !commaBetween(tokens, trigger.end(), k)) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static Party nearestBefore(Trigger trigger, List<Party> parties, String notCountry) {
        Party best = null;
        for (Party p : parties) {
            if (p.start() < trigger.start() && (notCountry == null || !p.country().equals(notCountry))) {
                best = p;
            }
        }
        return best;
    }

    /** "was received by", "were welcomed by": a word of hosting in the passive, the guest its subject. */
    private static boolean isPassiveHost(List<Token> tokens, Trigger trigger) {
        return trigger.kind() == TriggerKind.HOST && trigger.start() > 0
                && PASSIVE_HELPERS.contains(tokens.get(trigger.start() - 1).lower());
    }

    private static void host(Trigger trigger, List<Party> parties, List<Token> tokens, List<Party[]> pairs) {
        boolean passive = isPassiveHost(tokens, trigger);
        Party subject = nearestBefore(trigger, parties, null);
        if (trigger.start() >= 2 && pronounClause(tokens, trigger.start() - 2) && !parties.isEmpty()
                && parties.get(0).start() < trigger.start() - 2) {
            // "Parmelin received Biden, and he welcomed Putin": "he" is the first clause's subject, not Biden.
            subject = parties.get(0);
        }
        if (passive) {
            Party host = byAfter(trigger, parties, tokens, subject == null ? "" : subject.country());
            if (subject != null && host != null) {
                pairs.add(new Party[] {host, subject});
            }
            return;
        }
        if (subject == null) {
            return;
        }
        Party first = parties.get(0);
        if (trigger.end() < tokens.size() && HE_SHE_OBJECT.contains(tokens.get(trigger.end()).lower())
                && !possessiveHer(tokens, trigger.end()) && subject != first && isPerson(subject)
                && isPerson(first) && !subject.country().equals(first.country())) {
            boolean coordinated = tokens.subList(subject.end(), trigger.start()).stream()
                    .anyMatch(t -> t.lower().equals("and"));
            // "He met Putin 27 times, and in December 2016 hosted him": a second verb of the sentence's subject
            // hosts the person named last; "flew on to London, where Starmer will host him": a verb with a
            // subject of its own hosts the person the sentence opened with.
            pairs.add(coordinated ? new Party[] {first, subject} : new Party[] {subject, first});
            return;
        }
        // "hosted Putin in New Delhi, where he also met Zelenskyy": the guests end where the clause of place begins.
        int end = Math.min(clauseEnd(tokens, trigger.end()), subordinateAfterComma(tokens, trigger.end()));
        Set<String> seen = new LinkedHashSet<>();
        for (Party p : parties) {
            if (p.start() >= trigger.end() && p.start() < end && !p.country().equals(subject.country())
                    && seen.add(p.country()) && p.start() - trigger.end() <= 12) {
                pairs.add(new Party[] {subject, p});
            }
        }
    }

    private static void symmetric(Trigger trigger, List<Party> parties, List<Token> tokens, List<Party[]> pairs) {
        Party[] between = between(trigger, parties, tokens);
        if (between != null) {
            pairs.add(between);
            return;
        }
        Party[] they = theyOfTheSentence(trigger, parties, tokens);
        if (they != null) {
            pairs.add(they);
            return;
        }
        Party subject = nearestBefore(trigger, parties, null);
        Party pronoun = pronounSubject(trigger, parties, tokens);
        if (pronoun != null) {
            // "held talks with Putin, two days after he met Zelenskyy": "he" is Scholz, not Putin.
            subject = pronoun;
        }
        if (subject != null) {
            Party partner = pronoun != null ? null : coordinated(subject, parties, tokens);
            if (partner != null && (subjectLeadsTo(subject, trigger, tokens)
                    || opensClause(partner, parties, tokens) && (predicateReaches(subject, trigger, tokens, parties)
                    || adjunctOfPair(subject, trigger, tokens, parties)))) {
                pairs.add(new Party[] {partner, subject});
                return;
            }
            int end = Math.min(clauseEnd(tokens, trigger.end()), subordinateAfterComma(tokens, trigger.end()));
            Set<String> seen = new LinkedHashSet<>();
            for (Party p : parties) {
                if (p.start() >= trigger.end() && p.start() < end && !p.country().equals(subject.country())
                        && p.start() - trigger.end() <= 15 && seen.add(p.country())) {
                    pairs.add(new Party[] {subject, p});
                }
            }
            Party main = pairs.isEmpty() ? mainSubjectBeforeAfter(trigger, parties, tokens) : null;
            if (main != null) {
                // "signed an agreement with Australia on Thursday, after talks with Albanese": the talks are the
                // main clause's subject's, not those of the object nearest before them.
                for (Party p : parties) {
                    if (p.start() >= trigger.end() && p.start() < end && !p.country().equals(main.country())
                            && p.start() - trigger.end() <= 15 && seen.add(p.country())) {
                        pairs.add(new Party[] {main, p});
                    }
                }
            }
            Party further = !pairs.isEmpty() && with(tokens, trigger.end()) ? andWithAfter(parties, tokens, end) : null;
            if (further != null && !further.country().equals(subject.country()) && seen.add(further.country())) {
                // "held talks with Carney, who was hosting the summit, and with Zelenskyy": a second partner.
                pairs.add(new Party[] {subject, further});
            }
            return;
        }
        int end = clauseEnd(tokens, trigger.end());
        Party first = null;
        for (Party p : parties) {
            if (p.start() >= trigger.end() && p.start() < end && p.start() - trigger.end() <= 15) {
                if (first == null) {
                    first = p;
                } else if (!p.country().equals(first.country())) {
                    pairs.add(new Party[] {first, p});
                    return;
                }
            }
        }
    }

    /**
     * The subject that opens the sentence when the words of contact follow ", after" or ", following" (with an
     * article or a possessive between): a contact that came before the main clause's is its subject's too. Null
     * otherwise, or when the sentence opens with no party.
     */
    private static Party mainSubjectBeforeAfter(Trigger trigger, List<Party> parties, List<Token> tokens) {
        int k = trigger.start() - 1;
        while (k >= 0 && (POSSESSIVES.contains(tokens.get(k).lower()) || tokens.get(k).lower().equals("a")
                || tokens.get(k).lower().equals("the"))) {
            k--;
        }
        if (k < 1 || !(tokens.get(k).lower().equals("after") || tokens.get(k).lower().equals("following"))
                || !tokens.get(k - 1).text().equals(",")) {
            return null;
        }
        Party first = parties.stream().filter(p -> !p.weak()).min(java.util.Comparator.comparingInt(Party::start))
                .orElse(null);
        if (first == null) {
            return null;
        }
        if (first.start() > OPENING_SUBJECT_WORDS) {
            return null;
        }
        for (int i = 0; i < first.start(); i++) {
            // "On Thursday, ..." or "Officials said ...": the sentence does not open with its subject.
            if (tokens.get(i).text().equals(",") || PAST_CONTACT_VERBS.contains(tokens.get(i).lower())) {
                return null;
            }
        }
        return first;
    }

    /** "a summit of India and China": the first two countries named right after "of", joined by "and". */
    private static void summitOf(Trigger trigger, List<Party> parties, List<Token> tokens, List<Party[]> pairs) {
        int of = trigger.end();
        Party first = parties.stream().filter(p -> p.start() == of + 1).findFirst().orElse(null);
        if (first == null || first.end() >= tokens.size() || !tokens.get(first.end()).lower().equals("and")) {
            return;
        }
        int and = first.end();
        parties.stream().filter(p -> p.start() == and + 1 && !p.country().equals(first.country())).findFirst()
                .ifPresent(second -> pairs.add(new Party[] {first, second}));
    }

    /** "held talks with", "held talks instead with": the trigger's object opens with "with". */
    private static boolean with(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).lower().equals("with")
                || at + 1 < tokens.size() && tokens.get(at + 1).lower().equals("with");
    }

    /**
     * The first party after ", and with" that follows {@code from} within the sentence ("with Carney, who was
     * hosting the summit, and with Zelenskyy"), or null: the repeated "with" carries the object past a clause.
     */
    private static Party andWithAfter(List<Party> parties, List<Token> tokens, int from) {
        for (int k = from; k + 2 < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",") && tokens.get(k + 1).lower().equals("and")
                    && tokens.get(k + 2).lower().equals("with")) {
                int with = k + 2;
                return parties.stream().filter(p -> p.start() > with && p.start() - with <= AND_WITH_TITLE)
                        .findFirst().orElse(null);
            }
            if (tokens.get(k).lower().equals(";")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The last word before {@code start} that is not one of the auxiliaries and adverbs that may stand between a
     * subject and its verb ("he had also met", "they last met"), or -1.
     */
    private static int beforeFillers(List<Token> tokens, int start) {
        int k = start - 1;
        while (k >= 0 && PRONOUN_FILLERS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k;
    }

    /**
     * "Scholz met Putin before he flew ...", "... two days after he met Zelenskyy": a subject pronoun opening a
     * clause of time or place is the sentence's first person, its subject in news copy, not the person nearest
     * before it. Null when the trigger has no such pronoun as subject.
     */
    private static Party pronounSubject(Trigger trigger, List<Party> parties, List<Token> tokens) {
        int k = beforeFillers(tokens, trigger.start());
        if (k < 1 || !HE_SHE.contains(tokens.get(k).lower())
                || !SUBORDINATORS.contains(tokens.get(k - 1).lower()) || parties.isEmpty()) {
            return null;
        }
        Party first = parties.get(0);
        boolean person = first.mention().kind() == MentionKind.PERSON;
        int at = k;
        return person && first.end() < k - 1 && parties.stream().filter(p -> p.end() <= at)
                .filter(p -> p.mention().kind() == MentionKind.PERSON).count() >= 2 ? first : null;
    }

    /**
     * "Doval held talks with Wang Yi, the first meeting since December 2019, when they met in New Delhi": "they"
     * opening a clause of time or place, with no one named after the words (a place may be), are the two people
     * the sentence has named before it, when they are of two countries; more people, or fewer, and the words do
     * not say who.
     */
    private static Party[] theyOfTheSentence(Trigger trigger, List<Party> parties, List<Token> tokens) {
        int k = beforeFillers(tokens, trigger.start());
        if (k < 1 || !tokens.get(k).lower().equals("they") || !SUBORDINATORS.contains(tokens.get(k - 1).lower())) {
            return null;
        }
        int they = k;
        int end = clauseEnd(tokens, trigger.end());
        if (parties.stream().anyMatch(p -> p.start() >= trigger.end() && p.start() < end
                && p.mention().kind() == MentionKind.PERSON)) {
            return null;
        }
        Map<Integer, Party> people = new LinkedHashMap<>();
        parties.stream().filter(p -> p.end() <= they && !p.weak() && p.mention().kind() == MentionKind.PERSON)
                .forEach(p -> people.putIfAbsent(p.start(), p));
        List<Party> two = new ArrayList<>(people.values());
        if (two.size() != 2 || two.get(0).country().equals(two.get(1).country())) {
            return null;
        }
        return new Party[] {two.get(0), two.get(1)};
    }

    /**
     * The party joined to {@code subject} by "and" ("Putin and Khan", "Lavrov and his Ukrainian counterpart
     * Kuleba", "Ali Shamkhani, secretary of ..., and Saudi adviser Musaed Al-Aiban"), or null.
     */
    private static Party coordinated(Party subject, List<Party> parties, List<Token> tokens) {
        int at = subject.start() - 1;
        int titled = skipTitle(at, tokens);
        if (titled > 0 && tokens.get(titled).text().equals(",")) {
            // "and his Saudi counterpart, Prince Faisal bin Farhan,": a rank before the name set off.
            at = titled;
        }
        if (at > 0 && tokens.get(at).text().equals(",") && (tokens.get(at - 1).lower().equals("counterpart")
                || TitleWords.isTitleWord(tokens.get(at - 1)))) {
            // "Albares and his Moroccan counterpart, Nasser Bourita,": the name set off after its title.
            at--;
        }
        int k = skipTitle(at, tokens);
        if (k < 0 || !tokens.get(k).lower().equals("and")) {
            return null;
        }
        Party partner = null;
        for (Party p : parties) {
            boolean adjacent = p.end() == k || p.end() < k && countryFollows(p.end(), k, tokens)
                    || p.end() < k - 1 && tokens.get(p.end()).text().equals(",")
                    && tokens.get(k - 1).text().equals(",");
            if (adjacent && !p.country().equals(subject.country())) {
                partner = p;
            }
        }
        return partner;
    }

    /**
     * The last token before the title words, ranks and modifiers that end at {@code k}; a title with inner
     * "of" ("Minister of National Defense", "President of the Republic") is skipped whole.
     */
    private static int skipTitle(int from, List<Token> tokens) {
        int k = from;
        while (k >= 0) {
            if (TitleWords.isTitleWord(tokens.get(k))
                    || dev.dyadwatch.enrich.resolve.TitleWords.isRank(tokens.get(k)) || isModifierWord(tokens, k)) {
                k--;
                continue;
            }
            if (k + 1 <= from && isPossessive(tokens.get(k + 1)) && tokens.get(k).isCapitalized()
                    && !tokens.get(k).isPunctuation()) {
                // "China's Minister of National Defense": the possessor's name goes with the title.
                k--;
                while (k >= 0 && (tokens.get(k).isCapitalized() && !tokens.get(k).isPunctuation()
                        || tokens.get(k).lower().equals("the"))) {
                    k--;
                }
                continue;
            }
            int titleStart = titleCovering(k, tokens);
            if (titleStart < 0) {
                break;
            }
            k = titleStart - 1;
        }
        return k;
    }

    private static boolean isPossessive(Token token) {
        return token.text().equals("'s") || token.text().equals("'") || token.text().equals("\u2019s")
                || token.text().equals("\u2019");
    }

    /** The first token of a title that runs through token {@code k}, or -1. */
    private static int titleCovering(int k, List<Token> tokens) {
        for (int j = k - 1; j >= Math.max(0, k - TITLE_REACH); j--) {
            dev.dyadwatch.enrich.resolve.TitleWords.Title title = dev.dyadwatch.enrich.resolve.TitleWords.at(tokens, j);
            if (title != null && title.end() > k) {
                return j;
            }
        }
        return -1;
    }

    /** "Dong Jun of China and": only "of" and the words of a country's name stand between a party and "and". */
    private static boolean countryFollows(int from, int and, List<Token> tokens) {
        if (!tokens.get(from).lower().equals("of") || and - from < 2 || and - from > COUNTRY_WORDS + 1) {
            return false;
        }
        for (int k = from + 1; k < and; k++) {
            Token t = tokens.get(k);
            if (!t.lower().equals("the") && (t.isPunctuation() || !t.isCapitalized())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isModifierWord(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        return w.equals("his") || w.equals("her") || w.equals("their") || w.equals("the") || w.equals("its")
                || w.equals("counterpart") || w.equals("-") || NEW_IN_OFFICE.contains(w)
                || w.equals("'s") && k > 0 && tokens.get(k - 1).isCapitalized()
                || !tokens.get(k).isPunctuation()
                && tokens.get(k).isCapitalized() && isAdjectiveLike(tokens.get(k))
                || isCountryInitials(tokens, k);
    }

    /**
     * "U.S. Secretary of State" (tokens {@code U . S .}), "UK Foreign Secretary": a country's initials before a title
     * name its office; true when token {@code k} is part of them.
     */
    private static boolean isCountryInitials(List<Token> tokens, int k) {
        if (!isInitialsPart(tokens.get(k))) {
            return false;
        }
        int end = k;
        while (end + 1 < tokens.size() && isInitialsPart(tokens.get(end + 1))) {
            end++;
        }
        int start = k;
        while (start > 0 && isInitialsPart(tokens.get(start - 1))) {
            start--;
        }
        int letters = 0;
        for (int i = start; i <= end; i++) {
            letters += tokens.get(i).text().equals(".") ? 0 : tokens.get(i).text().length();
        }
        return letters >= 2 && letters <= 3 && end + 1 < tokens.size() && TitleWords.isTitleWord(tokens.get(end + 1));
    }

    private static boolean isInitialsPart(Token token) {
        String text = token.text();
        if (text.equals(".")) {
            return true;
        }
        if (text.isEmpty() || text.length() > 3) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAdjectiveLike(Token token) {
        String w = token.lower();
        return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i") || w.endsWith("ic");
    }

    /** The subject stands just before the trigger: "Putin and Khan discussed", "on Tuesday concluded". */
    private static boolean subjectLeadsTo(Party subject, Trigger trigger, List<Token> tokens) {
        int gap = 0;
        for (int k = subject.end(); k < trigger.start(); k++) {
            String w = tokens.get(k).lower();
            if (!w.equals("also") && !w.equals("on") && !w.equals("have") && !w.equals("has") && !w.equals("had")
                    && !w.equals("will") && !w.equals("would") && !w.equals("the") && !w.equals("a")
                    && !w.equals("held") && !w.equals("hold") && !w.equals("concluded") && !w.equals("jointly")
                    && !w.equals("are") && !w.equals("were") && !w.equals("did") && !w.equals("not")) {
                gap++;
            }
        }
        return gap == 0;
    }

    /**
     * "Rubio and Lavrov held more than four hours of talks", "Sharif and Putin discussed energy in a phone call":
     * the words stand in the predicate of the pair's own clause, with no other actor and no new clause between.
     */
    private static boolean predicateReaches(Party subject, Trigger trigger, List<Token> tokens, List<Party> parties) {
        if (trigger.start() - subject.end() > PREDICATE_REACH) {
            return false;
        }
        for (Party p : parties) {
            if (p.start() >= subject.end() && p.start() < trigger.start()) {
                return false;
            }
        }
        for (int k = subject.end(); k < trigger.start(); k++) {
            String w = tokens.get(k).lower();
            boolean newClause = w.equals(",") && k + 1 < tokens.size()
                    && CLAUSE_LINKS
                    .contains(tokens.get(k + 1).lower());
            if (newClause || CLAUSE_WORDS.contains(w) || REPORTING.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "A and B announced after a phone call", "A and B said following talks": words of contact in an adjunct
     * ("after", "following", "during") of the pair's own verb, whatever that verb is, with no other actor between.
     */
    private static boolean adjunctOfPair(Party subject, Trigger trigger, List<Token> tokens, List<Party> parties) {
        if (trigger.start() - subject.end() > PREDICATE_REACH / 2) {
            return false;
        }
        int k = trigger.start() - 1;
        while (k > subject.end() && CALL_MODIFIERS.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k <= subject.end() || !TIME_LINKS.contains(tokens.get(k).lower())) {
            return false;
        }
        for (int j = subject.end(); j < k; j++) {
            final int at = j;
            String w = tokens.get(j).lower();
            if (w.equals(",") || w.equals(";") || CLAUSE_WORDS.contains(w)
                    || parties.stream().anyMatch(p -> p.start() == at)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pair "A and B" opens its clause: it stands at the start of the sentence or after a comma or a
     * subordinating word ("Since A and B spoke"), not after a verb or a preposition ("met A and B", "deposits
     * from A, B and C").
     */
    private static boolean opensClause(Party partner, List<Party> parties, List<Token> tokens) {
        int group = FromGroups.groupStart(tokens, partner.start());
        // "Negotiators from Russia and India met": the clause opens on the people the countries name.
        int k = group >= 0 ? group - 1 : partner.start() - 1;
        while (k >= 0) {
            Token t = tokens.get(k);
            int at = k;
            Party listed = parties.stream().filter(p -> p.end() == at + 1).findFirst().orElse(null);
            if (listed != null) {
                k = listed.start() - 1;
            } else if (t.text().equals(",") && k > 0 && parties.stream().anyMatch(p -> p.end() == at)) {
                k--;
            } else if (TitleWords.isTitleWord(t)
                    || dev.dyadwatch.enrich.resolve.TitleWords.isRank(t) || isModifierWord(tokens, k)
                    || insideTitle(tokens, k) || nationalityOfTitle(tokens, k)) {
                k--;
            } else {
                break;
            }
        }
        if (k < 0) {
            return true;
        }
        String w = tokens.get(k).lower();
        // "Japan, South Korea: Prime Minister Shigeru Ishiba and ...": a briefing's label ends at its colon.
        return w.equals(",") || w.equals("(") || w.equals(":") || CLAUSE_OPENERS.contains(w);
    }

    /** "US Secretary of State", "UK Foreign Secretary": the country word that qualifies a title. */
    private static boolean nationalityOfTitle(List<Token> tokens, int k) {
        return !tokens.get(k).isPunctuation() && tokens.get(k).isCapitalized() && k + 1 < tokens.size()
                && TitleWords.isTitleWord(tokens.get(k + 1));
    }

    /** "Secretary of State", "Minister for Foreign Affairs": a joining word between two words of a title. */
    private static boolean insideTitle(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        return (w.equals("of") || w.equals("for")) && k > 0 && k + 1 < tokens.size()
                && TitleWords.isTitleWord(tokens.get(k - 1))
                && TitleWords.isTitleWord(tokens.get(k + 1));
    }

    /** "the Pakistan-Russia joint exercise", "India-US talks": a hyphenated pair right before the words. */
    private static Party[] pairBefore(Trigger trigger, List<Party> parties, List<Token> tokens) {
        for (int i = 0; i + 1 < parties.size(); i++) {
            Party left = parties.get(i);
            Party right = parties.get(i + 1);
            boolean hyphen = left.weak() && right.weak() && right.start() == left.end() + 1
                    && tokens.get(left.end()).text().equals("-") && !left.country().equals(right.country());
            if (hyphen && right.end() <= trigger.start() && trigger.start() - right.end() <= 2) {
                return new Party[] {left, right};
            }
        }
        return null;
    }

    /** "talks between Pakistan and India", "a meeting between Putin and Zelenskyy". */
    private static Party[] between(Trigger trigger, List<Party> parties, List<Token> tokens) {
        for (int k = trigger.end(); k < Math.min(tokens.size(), trigger.end() + BETWEEN_REACH); k++) {
            String w = tokens.get(k).lower();
            if (w.equals(",") || w.equals(";") || CLAUSE_WORDS.contains(w)) {
                return null;
            }
            // "held phone talks and agreed that the treaty between North Korea and Russia poses a threat": after
            // "that" a new clause begins, and its "between" belongs to its own words.
            if (w.equals("that")) {
                return null;
            }
            if (w.equals("between")) {
                Party first = null;
                for (Party p : parties) {
                    if (p.start() > k && p.start() - k <= 10) {
                        if (first == null) {
                            first = p;
                        } else if (!p.country().equals(first.country())) {
                            return new Party[] {first, p};
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Special forces of the two countries held an exercise in November, and the navies will join those of Australia
     * and Japan": the parties of a clause after ", and" with a subject of its own ("the navies will") are not the
     * referred pair's partners in the contact before it.
     */
    private static List<Party> beforeNextSubject(List<Party> parties, List<Token> tokens, Trigger trigger) {
        for (int k = trigger.end(); k < tokens.size(); k++) {
            if (ListedParticipants.subjectClauseAt(tokens, k)) {
                int end = k;
                return parties.stream().filter(p -> p.start() < end).toList();
            }
        }
        return parties;
    }

    private static boolean fitsFocus(List<Party> parties, List<Mention> focus) {
        Set<String> focusCountries = new java.util.HashSet<>();
        focus.forEach(m -> focusCountries.add(m.country()));
        return parties.stream().allMatch(p -> focusCountries.contains(p.country()));
    }

    private static String whyNoPair(List<Party> parties, Trigger trigger) {
        Set<String> countries = new LinkedHashSet<>();
        parties.forEach(p -> countries.add(p.country()));
        if (countries.isEmpty()) {
            return "no actor of any country takes part";
        }
        if (countries.size() == 1) {
            return "only one country takes part (" + countries.iterator().next() + ")";
        }
        return switch (trigger.kind()) {
            case VISIT -> "no visitor and host of different countries around the words";
            case SUMMIT -> "a summit named without its members or partner";
            case HOST -> "no host and guest of different countries around the words";
            default -> "the actors of " + String.join(" and ", countries) + " are not joined by the words";
        };
    }

    // ---- one contact ----

    /** The time expressions of a sentence and the day of the contact told before it (null when not a day). */
    private record Times(List<TimeExpressions.Expression> times, LocalDate day) {
    }

    private static CodedContact contact(Sentence sentence, Trigger trigger, Party[] pair, boolean multilateral,
            boolean sidelines, List<Mention> places, TimeExpressions.Expression assigned,
            Times told, LocalDate published, boolean viaReference, Object[] cue) {
        List<TimeExpressions.Expression> times = told.times();
        List<Token> tokens = sentence.tokens();
        Party a = pair[0];
        Party b = pair[1];
        if (a.country().equals(b.country())) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        StatusCues.Cue said = (StatusCues.Cue) cue[0];
        if (trigger.kind() == TriggerKind.NO_AGREEMENT) {
            said = StatusCues.Cue.NEGATED;
            cue[1] = trigger.words();
        } else if (said == StatusCues.Cue.NONE && (trigger.kind() == TriggerKind.INVITE
                || trigger.words().toLowerCase(java.util.Locale.ROOT).contains("due")
                || trigger.words().toLowerCase(java.util.Locale.ROOT).contains("expected in"))) {
            said = StatusCues.Cue.PLANNED;
            cue[1] = trigger.words();
        }
        boolean reported = said != StatusCues.Cue.NONE || trigger.kind() == TriggerKind.NO_AGREEMENT;
        TimeExpressions.Expression when = assigned != null && reported && afterReportingVerb(tokens, assigned)
                ? null : assigned;
        if (when != null && said == StatusCues.Cue.NEGATED && isNewDate(tokens, when, (String) cue[1])) {
            // "postponed the talks to Friday": what is negated is the talks as first set, not Friday's.
            reasons.add("'" + when.words() + "' is the new date of a postponement");
            when = null;
        }
        // "Since A and B spoke on May 5, the two have exchanged a visit, talks and a drill": items of a recap
        // carry no date of their own; the date of the "since" clause belongs to that clause's own contact.
        Recaps.Recap recap = said == StatusCues.Cue.NONE ? Recaps.around(tokens, trigger) : null;
        if (recap != null && when != null) {
            if (recap.datesTheSinceClause(when)) {
                when = null;
            } else {
                recap = null;
            }
        }
        EventDate date = when == null ? EventDate.publication(published)
                : TimeExpressions.resolve(when, times, published, said == StatusCues.Cue.PLANNED, told.day());
        if (when != null && said == StatusCues.Cue.PLANNED && date.last().isBefore(published)) {
            // "agreed to expedite the package announced last year and to meet soon": a plan made now is not for
            // a period already over; the date belongs to another verb of the sentence.
            reasons.add("'" + when.words() + "' is over, so it does not date the plan");
            when = null;
            date = EventDate.publication(published);
        }
        String previous = when == null ? lastOccasion(tokens, trigger) : null;
        ContactStatus status;
        if (said == StatusCues.Cue.NEGATED) {
            status = ContactStatus.NEGATED;
            reasons.add("negated by '" + cue[1] + "'");
        } else if (said == StatusCues.Cue.PLANNED || date.start().isAfter(published)) {
            status = ContactStatus.PLANNED;
            reasons.add("planned: " + (cue[1] != null ? "'" + cue[1] + "'" : "the date is ahead"));
        } else if (recap != null) {
            status = ContactStatus.HISTORICAL;
            reasons.add("historical: recapped by '" + recap.words() + "' after 'since'");
        } else if (date.last().isBefore(published.minusDays(30))) {
            status = ContactStatus.HISTORICAL;
            reasons.add("historical: '" + when.words() + "' ended more than 30 days before publication");
        } else if (previous != null) {
            // "Scholz last visited India", "the two last spoke by phone": the previous occasion, not news.
            status = ContactStatus.HISTORICAL;
            reasons.add("historical: '" + previous + "'");
        } else if (when == null && habitual(tokens, trigger) != null) {
            // "have conducted joint drills since 2016", "regularly hosts": contacts of the past, not news.
            status = ContactStatus.HISTORICAL;
            TimeExpressions.Expression since = TimeExpressions.since(tokens);
            if (since != null) {
                date = TimeExpressions.resolve(since, published, false);
            }
            reasons.add("historical: repeated contacts ('" + habitual(tokens, trigger) + "')");
        } else {
            status = ContactStatus.OCCURRED;
        }
        if (when != null) {
            reasons.add("date from '" + when.words() + "'");
        }
        ContactType type = type(trigger.kind(), multilateral, sidelines, a, b, nearest(venues(places, tokens),
                trigger));
        if (type == null) {
            return null;
        }
        if (status == ContactStatus.PLANNED && isMeetingFamily(type)) {
            type = ContactType.INTENT_TO_MEET;
        }
        boolean directed = trigger.kind() == TriggerKind.VISIT || trigger.kind() == TriggerKind.HOST
                || trigger.kind() == TriggerKind.INVITE;
        Party source = a;
        Party target = b;
        if (type == ContactType.HOST_VISIT && isPassiveHost(tokens, trigger)) {
            // "Sanchez was received by King Mohammed VI": told from the guest's side, it is the guest's visit.
            type = ContactType.VISIT;
            source = b;
            target = a;
        }
        if (trigger.kind() == TriggerKind.PHONE && a.start() < trigger.start() && b.start() > trigger.end()
                && trigger.start() > 0 && tokens.subList(Math.max(0, trigger.start() - 3), trigger.start()).stream()
                    .anyMatch(t -> t.lower().startsWith("receiv"))) {
            source = b;
            target = a;
            directed = true;
        }
        double confidence = base(trigger.kind()) * a.quality() * b.quality() * (multilateral ? 0.85 : 1.0)
                * (distance(trigger, a, b) > 10 ? 0.85 : 1.0) * (when == null ? 0.95 : 1.0);
        if (viaReference) {
            reasons.add("the pair comes from an earlier sentence ('the two ...')");
        }
        if (multilateral) {
            reasons.add("one of the pairs of a meeting of several countries");
        }
        return new CodedContact(CodedContact.dyad(a.country(), b.country()), type, source.actor(), target.actor(),
                directed, status, date, multilateral, sentence.index(), trigger.words(),
                Math.round(Math.min(0.99, confidence) * 100) / 100.0, reasons, 1);
    }

    /**
     * "last visited", "last met", "previously held talks": an adverb of a previous occasion right before a verb of
     * contact in the past, or null. "last" before a noun ("the last visit", "last week") is not one.
     */
    private static String lastOccasion(List<Token> tokens, Trigger trigger) {
        int k = trigger.start() - 1;
        if (k < 1 || !PREVIOUS_OCCASION.contains(tokens.get(k).lower())) {
            return null;
        }
        String verb = tokens.get(trigger.start()).lower();
        boolean past = verb.endsWith("ed") || PAST_CONTACT_VERBS.contains(verb);
        String before = tokens.get(k - 1).lower();
        return past && !before.equals("the") && !before.equals("their") && !before.equals("his")
                && !before.equals("her") ? tokens.get(k).text() + " " + tokens.get(trigger.start()).text() : null;
    }

    /**
     * The new date of a postponement in the trigger's sentence ("had been postponed to January", "deferred
     * until next week"), or null: a time expression after "to", "until" or "till" that a word of postponement
     * shortly precedes, in the trigger's clause.
     */
    private static TimeExpressions.Expression postponedTo(List<Token> tokens, List<TimeExpressions.Expression> times,
            Trigger trigger) {
        for (TimeExpressions.Expression e : times) {
            if (e.start() < trigger.end() || TriggerDates.acrossSemicolon(tokens, trigger, e)) {
                continue;
            }
            for (int k = e.start() - 1; k >= Math.max(0, e.start() - 8); k--) {
                String w = tokens.get(k).lower();
                boolean postponement = w.startsWith("postpone") || w.startsWith("defer") || w.startsWith("reschedul");
                if (postponement && (k >= trigger.end() || k < trigger.start())) {
                    return isNewDate(tokens, e, w) ? e : null;
                }
            }
        }
        return null;
    }

    /**
     * "has been rescheduled for August": the word of rescheduling when a time expression follows it after "for" or
     * "to", after the words of contact and in their clause; or null.
     */
    private static String rescheduled(List<Token> tokens, List<TimeExpressions.Expression> times, Trigger trigger) {
        for (TimeExpressions.Expression e : times) {
            int k = e.start() - 2;
            if (k >= trigger.end() && tokens.get(k).lower().startsWith("reschedul") && isNewDate(tokens, e,
                    tokens.get(k).lower()) && !TriggerDates.acrossSemicolon(tokens, trigger, e)) {
                return tokens.get(k).text();
            }
        }
        return null;
    }

    /** "postponed to Friday", "deferred until next week": the date a postponement moves the contact to. */
    private static boolean isNewDate(List<Token> tokens, TimeExpressions.Expression when, String cue) {
        String word = cue == null ? "" : cue.toLowerCase(java.util.Locale.ROOT);
        int k = when.start() - 1;
        if (k >= 0 && tokens.get(k).lower().equals("next")) {
            k--;
        }
        String before = k >= 0 ? tokens.get(k).lower() : "";
        return (word.startsWith("postpone") || word.startsWith("defer"))
                && (before.equals("to") || before.equals("until") || before.equals("till"))
                || word.startsWith("reschedul") && (before.equals("for") || before.equals("to")) && k > 0
                        && tokens.get(k - 1).lower().startsWith("reschedul");
    }

    /** A word in the trigger's clause that makes it a repeated contact of the past, or null. */
    /** "the first since 2018", "the first such visit since 2016": one contact after a gap, not a series. */
    private static boolean firstSince(List<Token> tokens, int since) {
        for (int k = since - 1; k >= Math.max(0, since - 4); k--) {
            if (FIRST_OR_ONLY.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static String habitual(List<Token> tokens, Trigger trigger) {
        int from = Math.max(0, trigger.start() - 8);
        int to = Math.min(tokens.size(), trigger.end() + 8);
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(";") && k < trigger.start()) {
                from = k;
            } else if (w.equals(";")) {
                break;
            }
        }
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
            if (HABITUAL.contains(w) || (w.equals("every") || w.equals("each")) && next.equals("year")
                    || w.equals("since") && TimeExpressions.since(tokens) != null && !firstSince(tokens, k)
                    || (w.equals("several") || countOfTimes(w)) && next.equals("times")) {
                return tokens.get(k).text();
            }
        }
        return null;
    }

    /**
     * The two countries' parties a sentence names before its "the two" when that reference is the subject of the
     * words of contact or follows them after "between" ("talks between the two"), or null: every party of the
     * sentence stands before the reference and they are of exactly two countries.
     */
    private static Party[] namedBeforeReference(Trigger trigger, List<Party> parties, List<Token> tokens,
            List<Integer> pairReferences) {
        for (int r : pairReferences) {
            boolean between = r >= 2 && r - 2 == trigger.end() && tokens.get(r - 2).lower().equals("between")
                    && tokens.get(r).lower().equals("two");
            boolean subject = r < trigger.start() && tokens.get(r).lower().equals("two");
            if (!between && !subject || parties.isEmpty() || parties.get(parties.size() - 1).end() > r - 1) {
                continue;
            }
            Party first = parties.get(0);
            Party second = null;
            for (Party p : parties) {
                if (!p.country().equals(first.country())) {
                    if (second != null && !second.country().equals(p.country())) {
                        return null;
                    }
                    second = second == null ? p : second;
                }
            }
            return second == null ? null : new Party[] {first, second};
        }
        return null;
    }

    /** True when ", and" stands between {@code from} and {@code to}. */
    private static boolean andClauseBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (tokens.get(k).text().equals(",") && tokens.get(k + 1).lower().equals("and")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "during the visit", "The trip followed ...": a visit named by a bare definite noun, with no destination or
     * visitor after it. Not "The trip had been planned for February but was called off", which opens the sentence
     * to call off the visit the article is about.
     */
    private static boolean visitToldBefore(List<Token> tokens, Trigger trigger) {
        if (trigger.kind() != TriggerKind.VISIT || trigger.start() == 0 || trigger.end() - trigger.start() != 1
                || !VISIT_NOUNS.contains(tokens.get(trigger.start()).lower())) {
            return false;
        }
        String before = tokens.get(trigger.start() - 1).lower();
        String after = trigger.end() < tokens.size() ? tokens.get(trigger.end()).lower() : "";
        if (!before.equals("the") && !before.equals("this") || after.equals("to") || after.equals("by")) {
            return false;
        }
        return trigger.start() != 1
                || StatusCues.around(tokens, trigger.start(), trigger.end())[0] != StatusCues.Cue.NEGATED;
    }

    private static boolean isPerson(Party party) {
        return party.actor() != null && party.actor().isPerson();
    }

    /** "27 times", "five times": a count of occasions before "times" (not "two" of "the two times"). */
    private static boolean countOfTimes(String word) {
        if (!word.isEmpty() && word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word.length() > 4 ? "9999" : word) > 1;
        }
        return COUNTS.contains(word);
    }

    private static ContactType type(TriggerKind kind, boolean multilateral, boolean sidelines, Party a, Party b,
            List<Mention> venues) {
        boolean thirdPlace = venues.stream().anyMatch(p -> !p.country().equals(a.country())
                && !p.country().equals(b.country()));
        // A summit's sidelines are a third location even for its host (the gold set's rule for 044).
        boolean thirdParty = multilateral || sidelines;
        return switch (kind) {
            case PHONE -> ContactType.TELEPHONE;
            case VISIT -> ContactType.VISIT;
            case HOST -> ContactType.HOST_VISIT;
            case MEET, SUMMIT -> thirdParty || thirdPlace ? ContactType.THIRD_PARTY_MEETING : ContactType.CONSULT;
            case TALKS -> thirdParty ? ContactType.THIRD_PARTY_MEETING : ContactType.NEGOTIATE;
            case SIGN, NO_AGREEMENT -> ContactType.SIGN_AGREEMENT;
            case EXERCISE -> ContactType.MILITARY_COOPERATION;
            case INVITE -> ContactType.INTENT_TO_MEET;
            case SIDELINES -> null;
        };
    }

    /** "announced on Saturday", "on Thursday denied": the day of the statement, not of the contact. */
    static boolean afterReportingVerb(List<Token> tokens, TimeExpressions.Expression e) {
        int k = e.start() - 1;
        if (k >= 0 && tokens.get(k).lower().equals("on")) {
            k--;
        }
        boolean before = k >= 0 && (REPORTING.contains(tokens.get(k).lower())
                || tokens.get(k).lower().equals("denied"));
        boolean after = e.end() < tokens.size() && (REPORTING.contains(tokens.get(e.end()).lower())
                || tokens.get(e.end()).lower().equals("denied"));
        return before || after;
    }

    private static int distance(Trigger trigger, Party a, Party b) {
        int da = a.end() <= trigger.start() ? trigger.start() - a.end() : Math.max(0, a.start() - trigger.end());
        int db = b.end() <= trigger.start() ? trigger.start() - b.end() : Math.max(0, b.start() - trigger.end());
        return Math.max(da, db);
    }

    private static double base(TriggerKind kind) {
        return switch (kind) {
            case PHONE -> 0.9;
            case VISIT, TALKS, SIGN, EXERCISE -> 0.85;
            case HOST -> 0.8;
            case MEET, SUMMIT, INVITE -> 0.75;
            case NO_AGREEMENT -> 0.65;
            case SIDELINES -> 0.5;
        };
    }

    private static List<Mention> venues(List<Mention> places, List<Token> tokens) {
        List<Mention> venues = new ArrayList<>();
        for (Mention place : places) {
            String before = place.tokenStart() > 0 ? tokens.get(place.tokenStart() - 1).lower() : "";
            if (before.equals("the") && place.tokenStart() > 1) {
                before = tokens.get(place.tokenStart() - 2).lower();
            }
            if ((before.equals("in") || before.equals("at")) && Words.isVenue(tokens, place.tokenStart())) {
                venues.add(place);
            }
        }
        return venues;
    }

    /**
     * "held consultations in Moscow on Wednesday, focusing on militant groups in Afghanistan": the venue of the
     * contact is the place nearest its words; a place further on belongs to another phrase.
     */
    private static List<Mention> nearest(List<Mention> venues, Trigger trigger) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention v : venues) {
            int d = v.tokenStart() >= trigger.end() ? v.tokenStart() - trigger.end()
                    : trigger.start() - v.tokenEnd();
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    static boolean isMeetingFamily(ContactType type) {
        return switch (type) {
            case CONSULT, TELEPHONE, VISIT, HOST_VISIT, THIRD_PARTY_MEETING, NEGOTIATE -> true;
            default -> false;
        };
    }

    private static void keepBest(Map<String, CodedContact> coded, CodedContact contact) {
        String key = contact.dyad() + "|" + contact.type() + "|" + contact.status();
        CodedContact existing = coded.get(key);
        if (existing != null && existing.directed() && contact.directed()
                && !existing.actorA().country().equals(contact.actorA().country())
                && !existing.date().isPublication() && !contact.date().isPublication()
                && !existing.date().equals(contact.date())) {
            // "To Lam visited China in August last year, while Xi last visited Viet Nam in December 2023": visits
            // of one pair in opposite directions, each on a date of its own, are two events.
            key = key + "|" + contact.date().start() + "|" + contact.date().granularity();
            existing = coded.get(key);
        }
        if (existing == null || contact.confidence() > existing.confidence()
                || existing.date().isPublication() && !contact.date().isPublication()) {
            coded.put(key, contact);
        }
    }

    /** Within a sentence, "met" and "discussed" add nothing to a more specific contact of the same pair. */
    private static void absorbConsultations(List<CodedContact> contacts) {
        contacts.removeIf(c -> c.type() == ContactType.CONSULT && contacts.stream().anyMatch(o -> o != c
                && o.dyad().equals(c.dyad()) && o.status() == c.status() && isMeetingFamily(o.type())
                && o.type() != ContactType.CONSULT));
    }

    private static boolean sameClauseAsSummit(CodedContact contact, List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",") && (tokens.get(i + 1).lower().equals("when")
                    || tokens.get(i + 1).lower().equals("which") || tokens.get(i + 1).lower().equals("who"))) {
                return false;
            }
        }
        return true;
    }

    /** Words before "sign" that make it the noun ("a clear sign", "the first signs"), not the verb. */
    private static final Set<String> NOUN_SIGN_BEFORE = WordSet.of("a", "an", "another", "the", "this",
            "these", "those", "no", "any", "every", "clear", "clearest", "first", "latest", "positive",
            "strong", "good", "early", "encouraging", "welcome", "further", "more", "few", "some", "its", "their");
    // The word lists of single readings above; constants, as the coder asks them for nearly every token.
    private static final Set<String> CONTACT_FILLERS = WordSet.of("a", "further", "official", "bilateral");
    private static final Set<String> PASSIVE_AUX = WordSet.of("be", "been", "was", "were", "is", "are", "being");
    /** What is signed: "a treaty between Russia and Iran". */
    private static final Set<String> AGREEMENT_NOUNS = WordSet.of("treaty", "agreement", "agreements", "deal",
            "deals", "accord", "accords", "pact", "memorandum", "memoranda", "declaration", "statement", "contract",
            "contracts", "documents", "mou", "mous", "protocol", "charter", "roadmap");
    /** How far after "exchanged" the documents may be named: "exchanged ten signed memoranda". */
    private static final int EXCHANGED_REACH = 4;
    /** Words of an agreement's name before "between": "treaty on comprehensive strategic partnership". */
    private static final int AGREEMENT_NAME_WORDS = 6;
    /** How far before a passive signing its subject's "between" may stand. */
    private static final int PASSIVE_SUBJECT_REACH = 18;
    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "their");
    private static final Set<String> OBJECT_PRONOUNS = WordSet.of("him", "her", "them", "his", "their");
    private static final Set<String> CALL_WORDS_BEFORE = WordSet.of("a", "the", "phone", "telephone", "lengthy", "his",
            "her", "their", "'s", "video");
    private static final Set<String> WITH_OR_FOR = WordSet.of("with", "for");
    private static final Set<String> PLAN_ADJECTIVES = WordSet.of("planned", "proposed", "first", "second", "upcoming",
            "expected", "long-awaited");
    private static final Set<String> OBJECT_PERSONS = WordSet.of("him", "her", "them");
    private static final Set<String> TIME_SUBORDINATORS = WordSet.of("after", "before", "when", "while", "ahead",
            "where");
    private static final Set<String> HE_SHE = WordSet.of("he", "she");
    private static final Set<String> HE_SHE_OBJECT = WordSet.of("him", "her");
    /** How far "Their" opening a sentence may stand before its noun of contact: "Their only previous meeting". */
    private static final int THEIR_REACH = 4;
    /** Verbs of deciding before the infinitive of a contact: "They agreed to meet". */
    private static final Set<String> AGREED_TO = WordSet.of("agreed", "agree", "decided", "pledged", "promised",
            "vowed", "plan", "planned", "hope", "hoped", "want", "wanted", "intend", "intended");
    /** Words of a title's holder being new to it: "South Korea's new president, Lee Jae-myung,". */
    private static final Set<String> NEW_IN_OFFICE = WordSet.of("new", "incoming", "acting", "interim");
    /** How many capitalised words the subject of a clause after ", and" may have: "Prime Minister Narendra Modi". */
    private static final int NEW_SUBJECT_WORDS = 5;
    /** "a tour that will take Xi on to Malaysia". */
    private static final Set<String> TAKE = WordSet.of("take", "takes", "took", "taking");
    /** Nouns of a visit that a definite article can point back with: "during the visit", "the trip". */
    private static final Set<String> VISIT_NOUNS = WordSet.of("visit", "trip", "tour", "stay");
    /** Counts of occasions before "times": "met Putin 27 times", "spoke five times". */
    private static final Set<String> COUNTS = WordSet.of("three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "dozen", "twenty", "thirty", "many", "countless", "numerous");
    /** Words after an object pronoun: "host her on Saturday", "met her in Delhi". */
    private static final Set<String> AFTER_OBJECT = WordSet.of("on", "in", "at", "for", "during", "with", "by",
            "later", "today", "again", "after", "before", "and", "next", "this", "last", "shortly", "soon");
    /** Words in "-ed" after ", and" that open no predicate: ", and related issues", ", and armed forces". */
    private static final Set<String> PAST_NOT_PREDICATE = WordSet.of("related", "armed", "united", "allied",
            "detailed", "advanced", "renewed", "expanded", "increased", "improved", "continued", "shared", "needed");
    /** Words before a person the sentence is about: "about Putin", "regarding Kim". */
    private static final Set<String> ABOUT = WordSet.of("about", "regarding", "concerning");
    /** A person "is in" a place: present there, on a visit when the place is another country's. */
    private static final Set<String> BE_IN = WordSet.of("is in", "was in", "are in", "were in", "be in");
    private static final Set<String> FUTURE_MODALS = WordSet.of("will", "would", "'ll", "shall");
    /** How far before a summit "sidelines of" may stand: "on the sidelines of the annual BRICS summit". */
    private static final int SIDELINES_REACH = 6;
    /** How many words of title may stand between "which" and the visitor it introduces. */
    private static final int WHICH_TITLE_REACH = 5;
    /** Adverbs of a previous occasion before a verb of contact: "last visited", "previously met". */
    private static final Set<String> PREVIOUS_OCCASION = WordSet.of("last", "previously", "once");
    /** Past forms of verbs of contact that do not end in "-ed". */
    private static final Set<String> PAST_CONTACT_VERBS = WordSet.of("met", "spoke", "held", "went", "came", "made",
            "flew", "paid", "sat");
    private static final Set<String> AND_THEN = WordSet.of("and", "then");
    private static final Set<String> DESTINATION_FILLERS = WordSet.of("on", "in", "the", "next", "this", "later", ",");
    private static final Set<String> PASSIVE_HELPERS = WordSet.of("was", "were", "been", "is", "are", "being");
    private static final Set<String> CLAUSE_LINKS = WordSet.of("and", "but", "who", "which", "when", "where", "while");
    private static final Set<String> CALL_MODIFIERS = WordSet.of("a", "an", "the", "their", "lengthy", "long", "brief",
            "telephone", "phone", "video");
    private static final Set<String> TIME_LINKS = WordSet.of("after", "following", "during");
    private static final Set<String> FIRST_OR_ONLY = WordSet.of("first", "only");
    private static final Set<String> THAT_WHICH = WordSet.of("that", "which");
    private static final Set<String> INDEFINITE_ARTICLES = WordSet.of("a", "an");

    /** "sign" or "signs" as a noun: followed by "of" or "that", or after a determiner or an adjective of degree. */
    private static boolean isNounSign(String prev, String next) {
        return next.equals("of") || next.equals("that") || NOUN_SIGN_BEFORE.contains(prev);
    }

}
