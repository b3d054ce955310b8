package dev.dyadwatch.enrich.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dictionary people found by the sound of a name written differently ("Sergei Lavrov" for "Sergey Lavrov", "Lee
 * Jae Myung" for "Lee Jae-myung"), by consonant skeletons (see {@link NameKeys#skeleton}).
 *
 * <p>A name is read as its capitalised words, a lower-case syllable after a hyphen joined to the word before it
 * ("Jae-myung" is one given name, like "Jae Myung"). It is keyed twice: by the first word and everything after it
 * ("Lee|Jaemyung"), which tells apart people who share a surname and one syllable of a given name (Lee Jae-myung
 * and Lee Myung-bak); and, for spellings with middle names added or left out, by the first and last words only.
 * The first key is tried first. A written surname that is some dictionary person's own surname keeps the name with
 * the people who carry it: "Khomeini" and "Khamenei" have one skeleton, but neither spelling is a variant of the
 * other.
 */
public final class SpellingVariants {

    private static final int MAX_SYLLABLE = 5;

    private final Map<String, List<String>> byWholeName = new HashMap<>();
    private final Map<String, List<String>> byFirstAndLast = new HashMap<>();
    private final Map<String, List<String>> bySurname = new HashMap<>();
    private final Set<String> surnameSkeletons = new HashSet<>();

    /** Adds one spelling of a person's name, as the keys of its tokens (hyphens and particles included). */
    void add(String personId, List<String> tokenKeys) {
        List<String> words = dictionaryWords(tokenKeys);
        if (words.size() < 2) {
            return;
        }
        String last = words.get(words.size() - 1);
        addUnique(byWholeName, wholeKey(words), personId);
        addUnique(byFirstAndLast, looseKey(words), personId);
        addUnique(bySurname, last, personId);
        surnameSkeletons.add(NameKeys.skeleton(last));
    }

    /**
     * The people whose name {@code runWords} may spell (the keys of a name run's words, a trailing lower-case
     * syllable included): those whose whole name sounds alike, else those whose first and last words do.
     */
    public List<String> candidates(List<String> runWords) {
        List<String> words = textWords(runWords);
        if (words.size() < 2) {
            return List.of();
        }
        String last = words.get(words.size() - 1);
        List<String> found = byWholeName.getOrDefault(wholeKey(words), List.of());
        if (found.isEmpty() && surnameSkeletons.contains(NameKeys.skeleton(last))) {
            found = byFirstAndLast.getOrDefault(looseKey(words), List.of());
        }
        List<String> owners = bySurname.get(last);
        if (owners == null || found.isEmpty()) {
            return found;
        }
        // "Ayatollah Khomeini" is Khomeini's name, not a spelling of "Ayatollah Khamenei".
        return found.stream().filter(owners::contains).toList();
    }

    /** The name words of a dictionary spelling: capitalised words, a final "-syllable" joined to its word. */
    static List<String> dictionaryWords(List<String> tokenKeys) {
        List<String> words = new ArrayList<>(tokenKeys.size());
        for (int i = 0; i < tokenKeys.size(); i++) {
            String key = tokenKeys.get(i);
            if (isCapitalised(key)) {
                words.add(key);
            } else if (key.equals("-") && !words.isEmpty() && isCapitalised(tokenKeys.get(i - 1))
                    && i + 1 < tokenKeys.size() && isSyllable(tokenKeys.get(i + 1))
                    && (i + 2 >= tokenKeys.size() || !tokenKeys.get(i + 2).equals("-"))) {
                words.set(words.size() - 1, words.get(words.size() - 1) + tokenKeys.get(i + 1));
                i++;
            }
        }
        return words;
    }

    /** The name words of a name run: a final lower-case word is a syllable of the given name before it. */
    static List<String> textWords(List<String> runWords) {
        int n = runWords.size();
        if (n >= 2 && isSyllable(runWords.get(n - 1))) {
            List<String> words = new ArrayList<>(runWords.subList(0, n - 1));
            words.set(n - 2, words.get(n - 2) + runWords.get(n - 1));
            return words;
        }
        return runWords;
    }

    private static boolean isCapitalised(String key) {
        return !key.isEmpty() && Character.isLetter(key.charAt(0)) && Character.isUpperCase(key.charAt(0));
    }

    private static boolean isSyllable(String key) {
        return !key.isEmpty() && key.length() <= MAX_SYLLABLE && key.chars().allMatch(Character::isLowerCase);
    }

    private static String wholeKey(List<String> words) {
        return NameKeys.skeleton(words.get(0)) + "|" + NameKeys.skeleton(String.join("", words.subList(1,
                words.size())));
    }

    private static String looseKey(List<String> words) {
        return NameKeys.skeleton(words.get(0)) + "|" + NameKeys.skeleton(words.get(words.size() - 1));
    }

    private static void addUnique(Map<String, List<String>> map, String key, String value) {
        List<String> values = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!values.contains(value)) {
            values.add(value);
        }
    }
}
