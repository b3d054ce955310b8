package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words around a trigger that say a contact did not happen ("denied", "no", "called off", "ruled out") or has
 * not happened yet ("will", "expected to", "plans", "invited"). Looked for in the trigger's clause: up to ten
 * words before it and a few after, never across a semicolon or a "but".
 */
final class StatusCues {

    private static final Set<String> NEGATION_BEFORE = WordSet.of("not", "no", "never", "denied", "denies", "deny",
            "denying", "cancelled", "canceled", "cancel", "cancels", "postponed", "postpone", "refused", "refuses",
            "declined", "declines", "rejected", "rejects", "scrapped", "without", "nor", "neither", "shelved",
            "n't", "dismissed", "deferred", "rebuffed", "spurned");
    private static final Set<String> NEGATION_AFTER = WordSet.of("cancelled", "canceled", "postponed", "scrapped",
            "shelved", "off", "out", "deferred", "paused", "suspended", "halted");
    /** "did not take place", "never happened": the contact did not happen. */
    /** "avoiding a meeting with Xi", "avoided talks": close before the words of contact. */
    private static final Set<String> AVOID = WordSet.of("avoid", "avoids", "avoided", "avoiding");
    private static final int AVOID_REACH = 3;
    private static final Set<String> HAPPEN = WordSet.of("take", "taken", "took", "happen", "happened", "occur",
            "occurred", "materialise", "materialize", "materialised", "materialized");
    /** Plans that need no verb "to be" after the words of contact: "the exercise scheduled to take place". */
    /** "a tour that will take him to Qatar", "that will take in Oman". */
    private static final Set<String> TAKES = WordSet.of("take", "bring");
    private static final Set<String> REDUCED_PLAN = WordSet.of("scheduled", "planned", "slated");
    private static final Set<String> PLANNED = WordSet.of("will", "'ll", "would", "shall", "expected", "expects",
            "plans", "planned", "planning", "plan", "scheduled", "due", "upcoming", "forthcoming", "intends",
            "intend", "proposed", "proposes", "hopes", "hoped", "hoping",
            "wants", "invited", "invitation", "invite", "inviting",
            "invites", "agreeing",
            "could", "may", "might", "to", "set", "agreed", "agree", "agrees", "ready", "soon", "likely",
            "preparations", "preparing", "prepare", "programme", "program", "agenda", "ahead", "forward",
            "decided", "decide", "pledged", "pledge", "vowed", "promised", "resolved", "committed", "undertook",
            "dates", "prepared", "willing", "concurred");
    /** "A visit by Putin to India is being prepared": a contact being arranged is planned. */
    private static final Set<String> BEING_ARRANGED = WordSet.of("prepared", "planned", "arranged", "organised",
            "organized", "worked", "finalised", "finalized");
    /** "is yet to be scheduled": words of a date still to come; not "yet to be ratified". */
    private static final Set<String> TO_BE_DATED = WordSet.of("scheduled", "set", "fixed", "held", "arranged",
            "dated");
    /** After the words of contact: "negotiations ... would begin", "talks are expected to", "a visit planned for". */
    private static final Set<String> PLANNED_AFTER = WordSet.of("expected", "due", "scheduled", "planned", "set");
    private static final Set<String> FUTURE = WordSet.of("will", "would", "'ll", "shall");
    /** Adverbs between a future auxiliary and its verb: "would now be held". */
    private static final Set<String> FUTURE_ADVERBS = WordSet.of("now", "then", "also", "still", "soon", "again",
            "instead", "finally", "likely");
    /** Words after which the future of another clause is no cue: "hosted X and said Turkey would be ...". */
    private static final Set<String> FORWARD_STOPS = WordSet.of("and", "that", "before", "after", "when", "as", "while",
            "because", "since", "until", "where", "which", "who", "said", "says", "told", "added");
    private static final Set<String> START_VERBS = WordSet.of("begin", "start", "open", "resume", "take", "be",
            "continue", "get", "go");
    /** "rejected as baseless a report that ...", "denied reports that": what the report says did not happen. */
    private static final Set<String> DENIAL = WordSet.of("denied", "denies", "deny", "denying", "rejected", "rejects",
            "dismissed", "dismisses", "refuted", "refutes", "rubbished");
    private static final Set<String> HEARSAY = WordSet.of("report", "reports", "claim", "claims", "suggestion",
            "suggestions", "speculation", "rumours", "rumors", "allegation", "allegations");
    /** Words of contact in the past tense, which no plan before a "when" governs. */
    private static final Set<String> PAST_CONTACT = WordSet.of("met", "spoke", "visited", "talked", "held", "hosted",
            "received", "called", "telephoned", "phoned", "signed", "travelled", "traveled", "conferred");
    private static final Set<String> CLAUSE_BREAKS = WordSet.of(";", "but", "while", "whereas", "although", "though");
    private static final int BEFORE = 10;
    private static final int FUTURE_REACH = 18;
    /** Words between a distant "will" and the words of contact that end its reach. */
    private static final Set<String> FUTURE_STOPS = WordSet.of(",", ".", ":", "and", "after", "before", "when", "since",
            "as", "that", "who", "which", "said", "says", "told", "where", "until", "while", "because", "if");
    private static final int AFTER = 15;
    private static final Set<String> BE = WordSet.of("is", "are", "was", "were", "'s", "am", "be");
    /** Verbs of an infinitive that starts a contact: "agreed to ... and to launch talks". */
    private static final Set<String> LAUNCH = WordSet.of("launch", "begin", "start", "hold", "resume", "open",
            "establish", "continue", "restart");
    /** Words that govern a later infinitive as a plan: "agreed to return X and to launch talks". */
    private static final Set<String> PLAN_GOVERNORS = WordSet.of("agreed", "agreeing", "agree", "agrees", "decided",
            "deciding", "pledged", "pledging", "vowed", "promised", "resolved", "concurred");
    private static final Set<String> CALLED_OFF = WordSet.of("cancelled", "canceled", "postponed", "scrapped",
            "shelved", "deferred");
    private static final int GOVERNOR_REACH = 25;
    /** Finite verbs that end the noun phrase of a plan: "a meeting planned for May was called off". */
    private static final Set<String> FINITE = WordSet.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "did", "does");
    private static final int CALL_OFF_REACH = 22;
    /** Words of contact that can be the subject of "was called off". */
    private static final Set<String> CONTACT_NOUNS = WordSet.of("visit", "trip", "meeting", "talks", "summit",
            "call", "tour", "exercise", "exercises", "drill", "drills", "mission", "negotiations");
    /** Words just before such a noun that make it one: "a visit", "the planned meeting", "Dar's trip". */
    private static final Set<String> NOUN_OPENERS = WordSet.of("a", "an", "the", "his", "her", "their", "its", "'s",
            "planned", "proposed", "scheduled", "expected", "state", "official", "bilateral", "first", "joint");
    private static final Set<String> LATER_ADVERBS = WordSet.of("been", "then", "later", "eventually", "abruptly");
    private static final Set<String> PLAN_VERBS = WordSet.of("hold", "pay", "make", "attend", "begin", "start", "be",
            "prepare", "arrange", "organise", "organize", "convene");
    /** Words between "is to hold" and the words of contact: "is to hold a high-level meeting". */
    private static final Set<String> CONTACT_MODIFIERS = WordSet.of("a", "an", "the", "their", "its", "high-level",
            "high", "-", "level", "top", "working", "bilateral", "formal", "new", "first", "joint", "ministerial",
            "official", "state");
    /** How many such tokens may stand there ("a", "high", "-", "level"). */
    private static final int MODIFIER_REACH = 4;
    /** Words before "plan" that make it a noun: "the plan", "their plans". */
    private static final Set<String> PLAN_DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their",
            "this", "that", "our", "peace", "new");
    /** Verbs that ask for a contact: "requested a meeting", "sought talks". */
    private static final Set<String> REQUEST = WordSet.of("requested", "requests", "request", "requesting", "sought",
            "seeks", "seek", "seeking");
    /** Words that may stand between a verb of request and the contact it asks for. */
    private static final Set<String> REQUEST_FILLERS = WordSet.of("a", "an", "the", "bilateral", "formal", "urgent",
            "separate", "direct", "one-on-one", "face-to-face", "new", "early", "further", "fresh");
    private static final int REQUEST_REACH = 4;


    /**
     * "requested a bilateral meeting with Xi", "sought talks with Kabul": a contact asked for has not happened yet.
     * Only when the verb governs the words of contact, with at most an article and two modifiers between, so that
     * "sought support during the talks" stays as told.
     */
    private static String requested(List<Token> tokens, int start) {
        for (int i = start - 1; i >= Math.max(0, start - REQUEST_REACH); i--) {
            String w = tokens.get(i).lower();
            if (REQUEST.contains(w)) {
                return tokens.get(i).text();
            }
            if (!tokens.get(i).isCapitalized() && !REQUEST_FILLERS.contains(w) && !w.endsWith("al")) {
                return null;
            }
        }
        return null;
    }

    private StatusCues() {
    }

    /** The words of ", but the trip was" that name a plan again before what calls it off. */
    private static final Set<String> PLAN_RESTATED = WordSet.of("the", "his", "her", "their", "its", "visit",
            "trip", "state", "official", "meeting", "talks", "summit", "plan", "was", "were", "had", "has", "been",
            "later", "then", "eventually", "abruptly");
    /** What a source withholds about a contact, after "no" or "not". */
    private static final Set<String> WITHHELD = WordSet.of("details", "detail", "say", "disclose", "reveal",
            "elaborate", "specify");
    /** Present-tense verbs of contact that news copy uses for what is set for a named day ahead. */
    private static final Set<String> PRESENT_TRAVEL = WordSet.of("travels", "heads", "flies", "leaves", "visits",
            "arrives", "goes", "meets", "hosts");
    /** Words that hang a gerund of travel from the clause before: "before flying to Croatia". */
    private static final Set<String> GERUND_LINKS = WordSet.of("before", "after");
    /** Verbs of saying that open another clause before words of contact. */
    private static final Set<String> REPORTING = WordSet.of("said", "says", "told", "tells", "added", "announced");
    private static final Set<String> DAY_NAMES = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "tomorrow");

    /** What the words around a trigger say. */
    enum Cue { NEGATED, PLANNED, NONE }

    /**
     * "The summit has no date yet", "the visit is yet to be scheduled": a contact waiting for its date is planned.
     */
    private static boolean undated(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size()) {
            return false;
        }
        String w = tokens.get(at).lower();
        String next = tokens.get(at + 1).lower();
        String third = tokens.get(at + 2).lower();
        return (w.equals("has") || w.equals("have")) && next.equals("no") && third.equals("date")
                || w.equals("yet") && next.equals("to") && third.equals("be") && at + 3 < tokens.size()
                        && TO_BE_DATED.contains(tokens.get(at + 3).lower());
    }

    /** True when a relative clause set off by commas opens at {@code comma} and "has no date" follows it. */
    private static boolean undatedAfterRelative(List<Token> tokens, int comma) {
        if (comma + 1 >= tokens.size() || !tokens.get(comma + 1).lower().equals("which")) {
            return false;
        }
        for (int i = comma + 2; i < Math.min(tokens.size(), comma + AFTER); i++) {
            String w = tokens.get(i).lower();
            if (w.equals(",")) {
                return undated(tokens, i + 1);
            }
            if (CLAUSE_BREAKS.contains(w) || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** The cue for tokens {@code [start, end)} and the word that gave it, as {@code {cue, word}}. */
    static Object[] around(List<Token> tokens, int start, int end) {
        String planned = null;
        boolean past = PAST_CONTACT.contains(tokens.get(start).lower());
        for (int i = start - 1; i >= Math.max(0, start - BEFORE); i--) {
            String w = tokens.get(i).lower();
            // "agreed to revive the mechanism when they met in Kazan": a meeting in the past, in a clause of time.
            if (CLAUSE_BREAKS.contains(w) || isApposition(tokens, i) || past && w.equals("when")) {
                break;
            }
            if (NEGATION_BEFORE.contains(w) || w.endsWith("n't")) {
                if (!isFalseNegation(tokens, i)) {
                    return new Object[] {Cue.NEGATED, tokens.get(i).text()};
                }
            }
            // "ruled out a meeting", "called off talks", "turned down a request for Austin to meet"; not "new
            // rules on fishing". "avoiding a meeting with Xi" only right before the words of contact.
            String following = i + 1 < start ? tokens.get(i + 1).lower() : "";
            if ((w.equals("ruled") || w.equals("rules")) && following.equals("out")
                    || w.equals("called") && following.equals("off") || w.equals("turned") && following.equals("down")
                    || AVOID.contains(w) && start - i <= AVOID_REACH) {
                return new Object[] {Cue.NEGATED, tokens.get(i).text()};
            }
            if (planned == null && PLANNED.contains(w) && isPlanned(tokens, i, start)) {
                planned = tokens.get(i).text();
            }
        }
        if (planned == null) {
            planned = requested(tokens, start);
        }
        if (planned == null) {
            planned = distantFuture(tokens, start);
        }
        boolean ownClause = true;
        boolean between = false;
        int limit = Math.min(tokens.size(), end + AFTER);
        for (int i = end; i < limit; i++) {
            String w = tokens.get(i).lower();
            int aside = w.equals(",") ? asideAfterSubject(tokens, start, i) : -1;
            if (aside < 0 && planned == null && w.equals(",") && undatedAfterRelative(tokens, i)) {
                // "A summit of the three, which Japan is to host, has no date yet": the subject's own verb.
                planned = "no date";
                break;
            }
            if (aside > 0) {
                // "Joint patrols, run from a centre in Diffa, are expected to begin": the subject's verb comes after
                // the words set off by commas.
                limit = Math.min(tokens.size(), aside + AFTER);
                i = aside;
                continue;
            }
            if (w.equals("between")) {
                between = true;
            } else if (between && w.equals("and")) {
                // "talks between Serbia and Kosovo would resume": the "and" of the pair opens no clause.
                between = false;
                continue;
            }
            if (CLAUSE_BREAKS.contains(w) || w.equals(",") || w.equals(".")) {
                break;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
            if (NEGATION_AFTER.contains(w) && isNegatingAfter(tokens, i)
                    || (w.equals("not") || w.equals("n't") || w.equals("never")) && HAPPEN.contains(next)) {
                return new Object[] {Cue.NEGATED, tokens.get(i).text()};
            }
            if (planned == null && (w.equals("that") || w.equals("which")) && next.equals("will")
                    && i + 2 < tokens.size() && TAKES.contains(tokens.get(i + 2).lower())) {
                // "a tour that will take Xi on to Malaysia": the trip the relative clause sends on is ahead.
                planned = tokens.get(i + 1).text();
            }
            ownClause &= !FORWARD_STOPS.contains(w);
            // "would be held", and past an adverb: "would now be held", "will then take place".
            String afterAdverb = FUTURE_ADVERBS.contains(next) && i + 2 < tokens.size() ? tokens.get(i + 2).lower()
                    : next;
            boolean toStart = FUTURE.contains(w) && START_VERBS.contains(afterAdverb);
            String prev = i > 0 ? tokens.get(i - 1).lower() : "";
            // "is expected to", "has been scheduled for", "has been confirmed for Wednesday".
            boolean expected = ((PLANNED_AFTER.contains(w) || w.equals("confirmed") && next.equals("for"))
                    && (BE.contains(prev) || prev.equals("been"))
                    || REDUCED_PLAN.contains(w)) && (next.equals("to") || next.equals("for"));
            boolean arranged = BEING_ARRANGED.contains(w) && i > 0 && tokens.get(i - 1).lower().equals("being");
            // "a round of talks between the two expected in Muscat on Sunday", "due in March": a plan by place or
            // month, the verb reduced.
            boolean dueIn = (w.equals("expected") || w.equals("due")) && next.equals("in") && i + 2 < tokens.size()
                    && Character.isUpperCase(tokens.get(i + 2).text().charAt(0));
            if (planned == null && ownClause && (toStart || expected || arranged || dueIn || undated(tokens, i))) {
                planned = tokens.get(i).text();
            }
        }
        String denial = deniedReport(tokens, start);
        if (denial != null) {
            return new Object[] {Cue.NEGATED, denial};
        }
        // "had been due in China in March, but the visit was postponed": words of contact that are a plan
        // themselves ("due in", "expected in") can be called off like any other plan.
        String plannedByTrigger = planned == null && PLANNED_AFTER.contains(tokens.get(start).lower())
                ? tokens.get(start).text() : planned;
        String calledOff = plannedByTrigger == null ? null : calledOffAfterEarlierPlan(tokens, start, end);
        if (calledOff == null && planned != null && REDUCED_PLAN.contains(planned.toLowerCase(Locale.ROOT))) {
            calledOff = planCalledOffLater(tokens, end);
        }
        if (calledOff == null) {
            calledOff = subjectCalledOff(tokens, start, end);
        }
        if (calledOff != null) {
            return new Object[] {Cue.NEGATED, calledOff};
        }
        if (planned == null) {
            planned = governedInfinitive(tokens, start);
        }
        if (planned == null) {
            planned = plannedBeforeGerund(tokens, start);
        }
        if (planned == null) {
            int verb = presentVerbOf(tokens, start);
            if (verb >= 0) {
                planned = presentWithDayAhead(tokens, verb, verb + 1);
                if (planned == null && frontedDay(tokens, verb)) {
                    planned = tokens.get(verb).text();
                }
            }
        }
        return planned == null ? new Object[] {Cue.NONE, null} : new Object[] {Cue.PLANNED, planned};
    }

    /**
     * "Rubio travels to El Salvador on Monday": a verb of contact in the present with a day named in its own clause
     * is what is set for that day, not a report of it (a report says "travelled"; a factbox's dated line
     * "FEB. 13 - Modi visits Washington" names no weekday).
     */
    private static String presentWithDayAhead(List<Token> tokens, int start, int end) {
        for (int i = end; i < Math.min(tokens.size(), end + FUTURE_REACH); i++) {
            Token t = tokens.get(i);
            if (CLAUSE_BREAKS.contains(t.lower()) || t.text().equals(".")) {
                return null;
            }
            if (DAY_NAMES.contains(t.lower()) && (t.isCapitalized() || t.lower().equals("tomorrow"))) {
                return tokens.get(start).text();
            }
        }
        return null;
    }

    /**
     * The closing comma of words set off after a trigger that opens its sentence ("The visit, the first since 2019,
     * is expected ..."), or -1: the aside holds no verb of its own and no end of clause.
     */
    private static int asideAfterSubject(List<Token> tokens, int start, int comma) {
        for (int i = 0; i < start; i++) {
            if (!NOUN_OPENERS.contains(tokens.get(i).lower()) && !tokens.get(i).isCapitalized()) {
                return -1;
            }
        }
        for (int i = comma + 1; i < Math.min(tokens.size(), comma + AFTER); i++) {
            String w = tokens.get(i).lower();
            if (w.equals(",")) {
                return i > comma + 1 ? i : -1;
            }
            if (CLAUSE_BREAKS.contains(w) || w.equals(".") || FINITE.contains(w) || REPORTING.contains(w)
                    || w.equals("who") || w.equals("which")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "is expected to hold talks with Sheinbaum before flying to Croatia": a gerund after "before" or "after" has no
     * tense of its own and is as planned as the clause it hangs from; the plan word of that clause, or null.
     */
    private static String plannedBeforeGerund(List<Token> tokens, int start) {
        if (start < 2 || !GERUND_LINKS.contains(tokens.get(start - 1).lower())
                || !tokens.get(start).lower().endsWith("ing")) {
            return null;
        }
        for (int i = start - 2; i >= 0; i--) {
            String w = tokens.get(i).lower();
            if (CLAUSE_BREAKS.contains(w) || w.equals(".") || PAST_CONTACT.contains(w) || REPORTING.contains(w)) {
                return null;
            }
            // "is expected to", "is also expected to".
            String prev = i > 0 ? tokens.get(i - 1).lower() : "";
            if (FUTURE_ADVERBS.contains(prev) && i > 1) {
                prev = tokens.get(i - 2).lower();
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
            if (FUTURE.contains(w) || PLANNED_AFTER.contains(w) && BE.contains(prev) && next.equals("to")) {
                return tokens.get(i).text();
            }
        }
        return null;
    }

    /**
     * The present-tense verb of travel or hosting that tells the words of contact at {@code start}: the trigger
     * itself, or the verb in its clause whose object the trigger ends ("hosts his Chinese and South Korean
     * counterparts in Tokyo for the first trilateral meeting"); -1 when there is none.
     */
    private static int presentVerbOf(List<Token> tokens, int start) {
        if (PRESENT_TRAVEL.contains(tokens.get(start).lower())) {
            return start;
        }
        if (!CONTACT_NOUNS.contains(tokens.get(start).lower())) {
            return -1;
        }
        for (int i = start - 1; i >= Math.max(0, start - GOVERNOR_REACH); i--) {
            String w = tokens.get(i).lower();
            if (CLAUSE_BREAKS.contains(w) || w.equals(".") || FINITE.contains(w) || PAST_CONTACT.contains(w)
                    || REPORTING.contains(w)) {
                return -1;
            }
            if (PRESENT_TRAVEL.contains(w)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "On Saturday, Iwaya hosts his counterparts": a weekday that opens the sentence before a present-tense verb
     * of contact is the day it is set for, as one after the verb is.
     */
    private static boolean frontedDay(List<Token> tokens, int verb) {
        if (verb < 2 || !tokens.get(0).lower().equals("on")) {
            return false;
        }
        Token day = tokens.get(1);
        if (!DAY_NAMES.contains(day.lower()) || !day.isCapitalized()) {
            return false;
        }
        for (int i = 2; i < verb; i++) {
            if (CLAUSE_BREAKS.contains(tokens.get(i).lower()) || FINITE.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "will leave for New Delhi on Thursday on a two-day official visit to India": a future verb further back than
     * the usual reach still governs words of contact in its own clause, up to a comma or a new clause.
     */
    private static String distantFuture(List<Token> tokens, int start) {
        for (int i = start - BEFORE - 1; i >= Math.max(0, start - FUTURE_REACH); i--) {
            String w = tokens.get(i).lower();
            if (FUTURE.contains(w)) {
                for (int k = i + 1; k < start; k++) {
                    String between = tokens.get(k).lower();
                    if (CLAUSE_BREAKS.contains(between) || FUTURE_STOPS.contains(between)
                            || NEGATION_BEFORE.contains(between)) {
                        return null;
                    }
                }
                return tokens.get(i).text();
            }
        }
        return null;
    }

    /**
     * "The Foreign Office rejected as baseless a media report that the minister had held a meeting ...": a denial
     * before "report that" negates what the report says, however long the sentence.
     */
    private static String deniedReport(List<Token> tokens, int start) {
        for (int i = start - 1; i >= 1; i--) {
            String w = tokens.get(i).lower();
            if (w.equals(";")) {
                return null;
            }
            if (w.equals("that") && HEARSAY.contains(tokens.get(i - 1).lower())) {
                for (int k = i - 2; k >= Math.max(0, i - 9); k--) {
                    if (DENIAL.contains(tokens.get(k).lower())) {
                        return tokens.get(k).text();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "Morrison, who had been due to visit New Delhi in January, called off the trip": a plan in the past perfect,
     * in a clause set off by commas, that the main clause calls off. The word that calls it off, or null.
     */
    private static String calledOffAfterEarlierPlan(List<Token> tokens, int start, int end) {
        boolean pastPerfect = false;
        for (int i = start - 1; i >= Math.max(1, start - BEFORE); i--) {
            String w = tokens.get(i).lower();
            // "had been due to visit", and the simple past of a plan: "were due to meet", "was set to visit".
            if (w.equals("had") || (w.equals("was") || w.equals("were"))
                    && PLANNED_AFTER.contains(tokens.get(i + 1).lower())) {
                pastPerfect = true;
                break;
            }
            if (tokens.get(i).text().equals(",")) {
                break;
            }
        }
        if (!pastPerfect) {
            return null;
        }
        int comma = -1;
        for (int i = end; i < Math.min(tokens.size(), end + AFTER); i++) {
            String w = tokens.get(i).lower();
            if (w.equals(".") || w.equals(";")) {
                return null;
            }
            if (w.equals(",")) {
                comma = i;
                break;
            }
        }
        // ", but the state visit was postponed": past a "but", the plan named again as its subject.
        boolean but = comma > 0 && comma + 1 < tokens.size() && tokens.get(comma + 1).lower().equals("but");
        for (int i = comma + 1; comma > 0 && i < Math.min(tokens.size(), comma + (but ? 8 : 4)); i++) {
            String w = tokens.get(i).lower();
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
            if (CALLED_OFF.contains(w) || (w.equals("called") || w.equals("put")) && next.equals("off")) {
                return tokens.get(i).text();
            }
            if (but && i > comma + 3 && !PLAN_RESTATED.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "A meeting between Zelenskyy and Duda planned for the sidelines ... was called off", "The trip had been
     * planned for February but was called off": a contact planned in its own noun phrase whose first finite verb
     * after the plan (past a "but") calls it off. Only looked for after a plan word, so it costs nothing elsewhere.
     */
    private static String planCalledOffLater(List<Token> tokens, int end) {
        int plan = -1;
        for (int i = end; i < Math.min(tokens.size(), end + AFTER); i++) {
            if (REDUCED_PLAN.contains(tokens.get(i).lower())) {
                plan = i;
                break;
            }
        }
        for (int i = plan + 1; plan >= 0 && i < Math.min(tokens.size(), plan + CALL_OFF_REACH); i++) {
            String w = tokens.get(i).lower();
            if (w.equals(".") || w.equals(";")) {
                return null;
            }
            if (FINITE.contains(w)) {
                int k = i + 1;
                while (k < tokens.size() && LATER_ADVERBS
                        .contains(tokens.get(k).lower())) {
                    k++;
                }
                String verb = k < tokens.size() ? tokens.get(k).lower() : "";
                String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
                boolean off = CALLED_OFF.contains(verb) || (verb.equals("called") || verb.equals("put"))
                        && next.equals("off");
                // The first finite verb after the plan is the plan's own: "planned for May will go ahead" is no
                // call-off, whatever a later clause says.
                return off && BE.contains(w) || off && w.equals("had") ? tokens.get(k).text() : null;
            }
        }
        return null;
    }

    /**
     * "A visit to Kabul by the foreign minister, expected in early March, was put off": words of contact named as a
     * thing ("a visit", "the meeting", "Dar's trip") whose first finite verb, past commas and the phrases they set
     * off, calls them off. The first finite verb must be the noun's own: "The visit, which was planned for May,
     * was called off" is left as told, as a relative clause's verb comes first.
     */
    private static String subjectCalledOff(List<Token> tokens, int start, int end) {
        if (start == 0 || !CONTACT_NOUNS.contains(tokens.get(start).lower())
                || !NOUN_OPENERS.contains(tokens.get(start - 1).lower())) {
            return null;
        }
        for (int i = end; i < Math.min(tokens.size(), end + CALL_OFF_REACH); i++) {
            String w = tokens.get(i).lower();
            if (w.equals(".") || w.equals(";") || CLAUSE_BREAKS.contains(w)) {
                return null;
            }
            if (FINITE.contains(w)) {
                int k = i + 1;
                while (k < tokens.size() && LATER_ADVERBS.contains(tokens.get(k).lower())) {
                    k++;
                }
                String verb = k < tokens.size() ? tokens.get(k).lower() : "";
                String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
                boolean off = CALLED_OFF.contains(verb) || (verb.equals("called") || verb.equals("put"))
                        && next.equals("off");
                return off && (BE.contains(w) || w.equals("had") || w.equals("has") || w.equals("have"))
                        ? tokens.get(k).text() : null;
            }
        }
        return null;
    }

    /**
     * "agreeing to return their ambassadors and to launch talks on strategic stability": "to launch" just before
     * the words of contact, governed by a verb of agreeing or deciding earlier in the same sentence part.
     */
    private static String governedInfinitive(List<Token> tokens, int start) {
        // "to launch talks", or the words of contact as the verb: "agreed to expedite X and to meet soon".
        int to = start >= 2 && LAUNCH.contains(tokens.get(start - 1).lower()) ? start - 2 : start - 1;
        if (to < 0 || !tokens.get(to).lower().equals("to")) {
            return null;
        }
        for (int i = to - 1; i >= Math.max(0, start - GOVERNOR_REACH); i--) {
            String w = tokens.get(i).lower();
            if (CLAUSE_BREAKS.contains(w) || w.equals(".")) {
                return null;
            }
            if (PLAN_GOVERNORS.contains(w) && tokens.get(i + 1).lower().equals("to")) {
                return tokens.get(i).text();
            }
        }
        return null;
    }

    /** "denied a social media claim", "dismissed as fake the claim": a denial within a few words before {@code at}. */
    static boolean deniedBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 8); k--) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || CLAUSE_BREAKS.contains(w)) {
                return false;
            }
            if (DENIAL.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** ", a reference to talks ...": a noun phrase set off by a comma starts afresh. */
    private static boolean isApposition(List<Token> tokens, int i) {
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        return tokens.get(i).text().equals(",") && (next.equals("a") || next.equals("an"));
    }

    /**
     * "not only", "no doubt", "no later than" and "without delay" do not negate a contact; nor does a negated telling
     * ("gave no details of what was discussed", "did not say what was discussed"): the contact happened, its
     * content is what is withheld.
     */
    private static boolean isFalseNegation(List<Token> tokens, int i) {
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        String w = tokens.get(i).lower();
        return w.equals("not") && (next.equals("only") || WITHHELD.contains(next)) || w.equals("no")
                && (next.equals("doubt") || next.equals("later") || next.equals("longer") || WITHHELD.contains(next))
                || w.equals("without") && next.equals("delay");
    }

    /**
     * "to" counts only as "is to visit" (a bare "to visit" may be past: "the last minister to visit"); "set" only
     * as "set to"; "agreed" as "agreed to".
     */
    private static boolean isPlanned(List<Token> tokens, int i, int trigger) {
        String w = tokens.get(i).lower();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        return switch (w) {
            case "to" -> i > 0 && BE.contains(tokens.get(i - 1).lower()) && (i + 1 == trigger
                    || PLAN_VERBS.contains(next) && onlyModifiers(tokens, i + 2, trigger));
            // "is prepared to meet Kim without preconditions", "willing to visit": a readiness, not a meeting.
            case "set", "agreed", "agree", "agrees", "agreeing", "ready", "prepared", "willing", "decided", "decide",
                    "pledged", "pledge", "vowed", "promised", "resolved", "committed", "undertook", "concurred" ->
                    next.equals("to");
            // "preparations for the visit", "the programme of Dar's visit", "ahead of his visit"
            case "preparations", "preparing", "prepare", "programme", "program", "agenda" ->
                    (next.equals("for") || next.equals("of")) && trigger - i <= 7;
            case "ahead" -> next.equals("of") && trigger - i <= 7;
            // "working out the dates of a visit by Modi to Russia"
            case "dates" -> next.equals("of") && trigger - i <= 3;
            // "looked forward to welcoming", "looks forward to the prime minister's visit"
            case "forward" -> next.equals("to") && i > 0 && tokens.get(i - 1).lower().startsWith("look");
            case "may" -> !tokens.get(i).isCapitalized();
            // "sought support for the plan during his talks": a plan named as a thing is no cue; "plans to visit",
            // "the plan for a summit" are.
            case "plan", "plans" -> i == 0 || !PLAN_DETERMINERS.contains(tokens.get(i - 1).lower())
                    || next.equals("to") || next.equals("for");
            default -> true;
        };
    }

    /** True when tokens {@code [from, to)} are at most a few modifiers of a contact: "a high-level". */
    private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
        if (to < from || to - from > MODIFIER_REACH) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!CONTACT_MODIFIERS.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "called off", "ruled out", "was cancelled": only in those forms after the trigger. */
    private static boolean isNegatingAfter(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        String prev = i > 0 ? tokens.get(i - 1).lower() : "";
        if (w.equals("off")) {
            return prev.equals("called") || prev.equals("call") || prev.equals("put");
        }
        if (w.equals("out")) {
            return prev.equals("ruled") || prev.equals("rules") || prev.equals("rule");
        }
        if (w.equals("paused") || w.equals("suspended") || w.equals("halted")) {
            // "talks were paused", "negotiations have been suspended": the contact stopped.
            return BE.contains(prev) || prev.equals("been");
        }
        return true;
    }
}
