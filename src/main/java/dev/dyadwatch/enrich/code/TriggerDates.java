package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which time expression of a sentence dates which of its words of contact: the nearest, within reach and not
 * across a semicolon; a date closing an earlier clause stays with it ("held talks on Monday and is due to fly on to
 * Vienna on Thursday").
 */
final class TriggerDates {

    /** How many words a date may stand from the words of contact it dates. */
    private static final int DATE_REACH = 20;
    /** How many words a summit may stand after the visit it is the purpose of. */
    private static final int SUMMIT_REACH = 10;
    /** Words after which a verb begins a later clause: "held talks on Monday and is due to fly on". */
    static final Set<String> LATER_VERB_JOINTS = WordSet.of("and", "before", "after");

    /** Words before a noun: "after the talks", "before their meeting". */
    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "their", "his", "her", "its", "this",
            "that", "these", "those", "last", "first");

    private TriggerDates() {
    }

    /**
     * Which time expression dates which trigger: each expression belongs to its nearest trigger; a trigger that
     * makes no contact passes its dates on when it is the summit of a sidelines meeting or of the same kind; a
     * sentence's only expression dates every contact when its own trigger makes one.
     */
    static Map<Trigger, TimeExpressions.Expression> assign(List<Trigger> all, List<Trigger> active,
            List<TimeExpressions.Expression> times, boolean sidelines, List<Token> tokens) {
        Map<Trigger, TimeExpressions.Expression> dates = new HashMap<>();
        for (TimeExpressions.Expression e : times) {
            if (e.kind() == TimeExpressions.Kind.RELATIVE_CLAUSE) {
                // "a day after the chancellor met Zelenskyy": the date of the clause it opens, and of nothing else.
                // "a week before he visited India" counts forward, from a date the sentence must give: from the
                // publication day it would turn a past contact into a plan.
                Trigger opened = firstAfter(active, e, tokens);
                boolean anchored = times.stream().anyMatch(o -> !TimeExpressions.isRelative(o) && o.end() <= e.start());
                if (opened != null && (e.offset() < 0 || anchored)) {
                    dates.put(opened, e);
                }
                continue;
            }
            Trigger nearest = null;
            int best = Integer.MAX_VALUE;
            for (Trigger t : all) {
                int d = distance(t, e) + (times.size() > 1 && closesEarlierVerb(tokens, e, t) ? DATE_REACH : 0);
                if (d < best && !acrossSemicolon(tokens, t, e)) {
                    best = d;
                    nearest = t;
                }
            }
            if (nearest == null || best > DATE_REACH) {
                continue;
            }
            List<Trigger> owners = new ArrayList<>();
            if (active.contains(nearest)) {
                owners.add(nearest);
                if (times.size() == 1) {
                    active.stream().filter(t -> !acrossClause(tokens, t, e)).forEach(owners::add);
                }
            } else {
                for (Trigger t : active) {
                    boolean sameKind = family(t.kind()) == family(nearest.kind());
                    boolean summit = sidelines && (nearest.kind() == TriggerKind.SUMMIT
                            || nearest.kind() == TriggerKind.SIDELINES);
                    if (sameKind || summit) {
                        owners.add(t);
                    }
                }
                Trigger traveller = visitForSummit(active, nearest, tokens);
                if (traveller != null) {
                    // "travelled to Addis Ababa for an African Union summit in February": the summit's date.
                    owners.add(traveller);
                }
                Trigger closestActive = nearestActive(active, e, tokens);
                if (owners.isEmpty() && closestActive != null && times.size() == 1
                        && !SentenceCoder.afterReportingVerb(tokens, e)
                        && nearest.kind() != TriggerKind.SUMMIT && nearest.kind() != TriggerKind.SIDELINES) {
                    // "A met B on Tuesday, and ... the signing": a date next to words that made no contact.
                    owners.add(closestActive);
                }
            }
            for (Trigger owner : owners) {
                TimeExpressions.Expression current = dates.get(owner);
                if (current == null || distance(owner, e) < distance(owner, current)) {
                    dates.put(owner, e);
                }
            }
        }
        if (!dates.isEmpty()) {
            datesOfDuring(active, tokens, dates);
        }
        return dates;
    }

    /**
     * The visit whose purpose a summit is ("visited India for the Group of 20 summit", "flew to Kazan to attend the
     * BRICS summit"): an active visit before the summit, joined to it by "for" or "attend" within a few words.
     */
    private static Trigger visitForSummit(List<Trigger> active, Trigger summit, List<Token> tokens) {
        if (summit.kind() != TriggerKind.SUMMIT) {
            return null;
        }
        for (Trigger t : active) {
            if (t.kind() != TriggerKind.VISIT || t.end() > summit.start() || summit.start() - t.end() > SUMMIT_REACH) {
                continue;
            }
            for (int k = t.end(); k < summit.start(); k++) {
                String w = tokens.get(k).lower();
                if (w.equals("for") || w.equals("attend")) {
                    return t;
                }
                if (w.equals(",") || w.equals(";") || w.equals("and")) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * "the agreements signed during Putin's state visit to Astana in November": words of contact followed by
     * "during" and another contact take that contact's date when they have none of their own.
     */
    private static void datesOfDuring(List<Trigger> active, List<Token> tokens,
            Map<Trigger, TimeExpressions.Expression> dates) {
        for (Trigger t : active) {
            if (dates.containsKey(t) || t.end() >= tokens.size() || !tokens.get(t.end()).lower().equals("during")) {
                continue;
            }
            for (Trigger during : active) {
                if (during.start() > t.end() && during.start() - t.end() <= 6 && dates.containsKey(during)) {
                    dates.put(t, dates.get(during));
                    break;
                }
            }
        }
    }

    /**
     * "held talks in Moscow on Monday and is due to fly on to Vienna on Thursday": when the sentence gives more
     * than one date, a date that a joint ("and", "before") separates from a later verb ends the earlier clause.
     */
    static boolean closesEarlierVerb(List<Token> tokens, TimeExpressions.Expression e, Trigger t) {
        if (t.start() < e.end() || e.start() == 0) {
            return false;
        }
        for (int k = e.end(); k < t.start(); k++) {
            if (LATER_VERB_JOINTS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "discussed energy, ... and that the prime minister looked forward to welcoming Trump later this year"; "Sharif,
     * who arrived in Riyadh on Sunday, is expected to meet the crown prince": a date in a relative clause set off by
     * commas dates no words of contact after the clause.
     */
    private static boolean acrossClause(List<Token> tokens, Trigger t, TimeExpressions.Expression e) {
        int relative = relativeClauseEnd(tokens, e.start());
        if (relative >= 0 && t.start() >= relative) {
            return true;
        }
        int from = Math.min(t.end(), e.end());
        int to = Math.max(t.start(), e.start());
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || w.equals("that") || w.equals("but") || w.equals("while")
                    || w.equals(",") && k + 1 < to && tokens.get(k + 1).lower().equals("and")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma closing the relative clause (", who ...," or ", which ...,") that holds token {@code at}, or -1 when
     * it stands in none.
     */
    private static int relativeClauseEnd(List<Token> tokens, int at) {
        int open = -1;
        for (int k = at - 1; k >= 1; k--) {
            String w = tokens.get(k).lower();
            if (w.equals(",") || w.equals(";")) {
                return -1;
            }
            if ((w.equals("who") || w.equals("which")) && tokens.get(k - 1).text().equals(",")) {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return -1;
        }
        for (int k = at; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The contact of the clause "a day after" opens, told by a verb ("after the chancellor met Zelenskyy"); a
     * contact named by a noun ("two days after the talks") is one the article reports elsewhere, with its own date.
     */
    private static Trigger firstAfter(List<Trigger> active, TimeExpressions.Expression e, List<Token> tokens) {
        for (Trigger t : active) {
            if (t.start() >= e.end() && t.start() - e.end() <= DATE_REACH && !acrossSemicolon(tokens, t, e)) {
                return DETERMINERS.contains(tokens.get(t.start() - 1).lower()) ? null : t;
            }
        }
        return null;
    }

    private static Trigger nearestActive(List<Trigger> active, TimeExpressions.Expression e, List<Token> tokens) {
        Trigger nearest = null;
        for (Trigger t : active) {
            if (distance(t, e) <= DATE_REACH && !acrossSemicolon(tokens, t, e)
                    && (nearest == null || distance(t, e) < distance(nearest, e))) {
                nearest = t;
            }
        }
        return nearest;
    }

    static boolean acrossSemicolon(List<Token> tokens, Trigger t, TimeExpressions.Expression e) {
        int from = Math.min(t.end(), e.end());
        int to = Math.max(t.start(), e.start());
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().equals(";")) {
                return true;
            }
        }
        return false;
    }

    private static int family(TriggerKind kind) {
        return switch (kind) {
            case VISIT, HOST -> 1;
            case SIGN, NO_AGREEMENT -> 2;
            case EXERCISE -> 3;
            case SUMMIT, SIDELINES -> 4;
            default -> 0;
        };
    }

    private static int distance(Trigger t, TimeExpressions.Expression e) {
        return e.start() >= t.end() ? e.start() - t.end() : Math.max(0, t.start() - e.end());
    }
}
