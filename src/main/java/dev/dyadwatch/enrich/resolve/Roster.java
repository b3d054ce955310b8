package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.avro.ActorRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people an article has named so far, with the words of their names and when each was last mentioned:
 * what later short forms ("Khan", "PM Khan") and titles ("the prime minister") resolve against.
 */
final class Roster {

    /** One person of the article. */
    static final class Person {
        final ActorRef actor;
        final List<List<String>> nameWords = new ArrayList<>();
        /** Every word of every spelling, to skip people a short form cannot name. */
        final java.util.Set<String> words = new java.util.HashSet<>();
        String title;
        long lastSeen;
        /** Every position the person was named at, in the order they were noted. */
        final List<Long> seenAt = new ArrayList<>();

        Person(ActorRef actor, String title) {
            this.actor = actor;
            this.title = title;
        }

        void addSpelling(List<String> spelling) {
            if (!spelling.isEmpty() && !nameWords.contains(spelling)) {
                nameWords.add(List.copyOf(spelling));
                words.addAll(spelling);
            }
        }
    }

    private final Map<String, Person> people = new LinkedHashMap<>();

    /** Adds a person (or refreshes one) with the words of the name it was written with. */
    Person add(ActorRef actor, List<String> words, String title, long position) {
        Person person = people.computeIfAbsent(actor.id(), id -> new Person(actor, title));
        if (person.title == null) {
            person.title = title;
        }
        person.addSpelling(words);
        person.lastSeen = Math.max(person.lastSeen, position);
        person.seenAt.add(position);
        return person;
    }

    void seen(String actorId, long position) {
        Person person = people.get(actorId);
        if (person != null) {
            person.lastSeen = Math.max(person.lastSeen, position);
            person.seenAt.add(position);
        }
    }

    /**
     * The person a run of name words refers to: one whose name contains the words in order, preferring a match
     * on the surname (the last word). Null when none or when two people fit equally.
     */
    ActorRef byNameWords(List<String> words, String country) {
        Person best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Person person : people.values()) {
            if (country != null && !country.equals(person.actor.country()) || !person.words.contains(words.get(0))) {
                continue;
            }
            int score = 0;
            for (List<String> name : person.nameWords) {
                score = Math.max(score, score(name, words));
            }
            if (score > bestScore) {
                best = person;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return best == null || tie ? null : best.actor;
    }

    /** 3 when the words end the name, 2 when they start it, 1 when they are inside it, 0 when absent. */
    private static int score(List<String> name, List<String> words) {
        for (int i = 0; i + words.size() <= name.size(); i++) {
            if (name.subList(i, i + words.size()).equals(words)) {
                if (i + words.size() == name.size()) {
                    return 3;
                }
                return i == 0 ? 2 : 1;
            }
        }
        return 0;
    }

    /** The most recently mentioned person of {@code role} (and {@code country} when given), or null. */
    /**
     * The person of {@code country} holding one of {@code roles} seen last: "the Afghan minister" after the
     * article named Afghanistan's foreign minister.
     */
    ActorRef latestOfRoles(java.util.Set<ActorRole> roles, String country) {
        Person best = null;
        for (Person person : people.values()) {
            if (roles.contains(person.actor.role()) && country.equals(person.actor.country())
                    && (best == null || person.lastSeen > best.lastSeen)) {
                best = person;
            }
        }
        return best == null ? null : best.actor;
    }

    ActorRef latestWithRole(ActorRole role, String country, String titleWord) {
        return latestWithRole(role, country, titleWord, Long.MAX_VALUE);
    }

    /**
     * The person of {@code role} (and {@code country} when given) named last before {@code position}; when no one
     * of the role was named before it, the one named last after it. "The president is due to meet Syria's interim
     * president" is the president named in an earlier sentence, not the one its own sentence names next.
     */
    ActorRef latestWithRole(ActorRole role, String country, String titleWord, long position) {
        Person best = null;
        long bestAt = Long.MIN_VALUE;
        Person after = null;
        for (Person person : people.values()) {
            // "the prime minister" is not the deputy prime minister named last: same head word, other role.
            boolean roleFits = person.actor.role() == role || titleWord != null && person.title != null
                    && person.title.contains(titleWord) && TitleWords.roleOf(person.title) == role;
            if (!roleFits || country != null && !country.equals(person.actor.country())) {
                continue;
            }
            long at = Long.MIN_VALUE;
            for (long seen : person.seenAt) {
                if (seen < position && seen > at) {
                    at = seen;
                }
            }
            if (at > Long.MIN_VALUE && (best == null || at > bestAt)) {
                best = person;
                bestAt = at;
            }
            if (after == null || person.lastSeen > after.lastSeen) {
                after = person;
            }
        }
        Person found = best != null ? best : after;
        return found == null ? null : found.actor;
    }

    /**
     * The most recently mentioned person the article introduced with a title that begins with {@code phrase} ("deputy
     * prime minister" for "deputy prime minister and foreign minister"), or null.
     */
    ActorRef latestIntroducedAs(String phrase) {
        Person best = null;
        for (Person person : people.values()) {
            if (person.title != null && (person.title.equals(phrase) || person.title.startsWith(phrase + " "))
                    && (best == null || person.lastSeen > best.lastSeen)) {
                best = person;
            }
        }
        return best == null ? null : best.actor;
    }

    /** The first person of {@code role} the article named, or null. */
    ActorRef firstWithRole(ActorRole role) {
        for (Person person : people.values()) {
            if (person.actor.role() == role) {
                return person.actor;
            }
        }
        return null;
    }

    /** The most recently mentioned person, or null. */
    ActorRef latest() {
        Person best = null;
        for (Person person : people.values()) {
            if (best == null || person.lastSeen > best.lastSeen) {
                best = person;
            }
        }
        return best == null ? null : best.actor;
    }
}
