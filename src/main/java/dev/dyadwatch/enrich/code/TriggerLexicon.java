package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.match.TokenTrie;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.TokenizerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.Tokenizer;

/**
 * The words that make a sentence report a contact, matched over lower-case tokens with the same Aho-Corasick
 * automaton as the dictionary. Built once per JVM and tokenizer; thread-safe.
 */
public final class TriggerLexicon {

    private static final Map<TriggerKind, List<String>> PHRASES = Map.ofEntries(
            Map.entry(TriggerKind.PHONE, List.of("telephone conversation", "telephone conversations",
                    "telephone call", "telephone calls", "phone call", "phone calls", "phone conversation",
                    "phone talks", "telephone talks", "telephoned", "phoned", "by phone", "by telephone",
                    "over the phone", "over the telephone", "on the phone", "on the telephone", "called", "call",
                    "calls", "dialled", "dialed", "phone", "telephone", "spoke by telephone", "spoke by phone",
                    "spoken by phone",
                    "spoken by telephone", "talked by phone", "talked by telephone", "spoke over the phone",
                    "spoke on the phone", "speak by phone", "speak by telephone", "telephone talk", "phone talk",
                    "over the hotline", "on the hotline", "via the hotline", "by hotline", "rang",
                    // South Asian usage: "held a telephonic conversation", "telephonic talks".
                    "telephonic conversation", "telephonic conversations", "telephonic talks", "telephonic talk",
                    "telephonic call", "telephonic discussion", "telephonic discussions", "telephonically")),
            Map.entry(TriggerKind.VISIT, List.of("visit", "visits", "visited", "visiting", "arrived", "arrives",
                    "arrive", "arriving", "arrival", "travelled to", "traveled to", "travels to", "travel to",
                    "travelling to", "traveling to", "trip to", "trip", "trips", "tour of", "toured",
                    "tour", "touring", "flew to",
                    "flew on to", "journey to",
                    "flew into", "landed in", "came to", "went to", "stopover in", "travel on to", "travelled on to",
                    "is due in", "are due in", "was due in", "due in", "is expected in", "are expected in",
                    "was expected in", "were expected in", "travel", "travelled", "fly to", "flies to",
                    "flying to", "fly on to", "flying on to", "headed to", "heading to", "heads to", "head to",
                    "left for", "leave for", "stop in", "leaves for", "leaving for", "departed for", "departs for",
                    "depart for", "departing for", "onward to", "onwards to", "spent", "spend", "spends", "spending",
                    "take him to", "takes him to", "took him to", "taking him to", "take her to", "takes her to",
                    "took her to", "taking her to", "is in", "was in", "are in", "were in", "be in")),
            Map.entry(TriggerKind.HOST, List.of("hosted", "hosts", "host", "hosting", "received", "receives",
                    "receive", "receiving", "welcomed", "welcomes", "welcome", "welcoming", "greeted", "greets",
                    "played host to", "seen off", "saw off", "rolled out the red carpet for",
                    "ceremonial welcome", "hosted a lunch for", "hosted a dinner for", "hosted a working lunch for",
                    "gave a lunch for", "gave a dinner for", "gave a working lunch for")),
            Map.entry(TriggerKind.MEET, List.of("met", "meet", "meets", "meeting", "meetings", "talked",
                    "spoke with", "spoke to", "speak with", "speaks with", "spoken with", "spoke", "conferred",
                    "spoken to", "speak to", "speaks to", "speaking to", "talked to", "talking to",
                    "discussed", "discuss", "discusses", "discussing", "consultations", "consulted", "called on",
                    "calls on", "call on", "calling on", "exchanged views", "briefed", "encounter", "audience",
                    "working lunch", "dinner", "luncheon", "working dinner", "lunch", "breakfast",
                    "video link", "videoconference", "video conference",
                    "sat down with")),
            Map.entry(TriggerKind.SUMMIT, List.of("summit", "summits", "summit-level")),
            Map.entry(TriggerKind.TALKS, List.of("talks", "held talks", "negotiations", "negotiation", "negotiated",
                    "negotiate", "negotiating", "dialogue", "dialogues", "round of talks", "two-plus-two", "2 + 2",
                    "parleys", "discussions", "round of consultations", "rounds of consultations", "rounds of talks")),
            Map.entry(TriggerKind.SIGN, List.of("signed", "sign", "signs", "signing", "inked", "ink",
                    "reached an agreement", "reached agreement", "reached a deal", "struck a deal",
                    "concluded an agreement", "concluded a deal", "put their signatures to",
                    "put their signatures on", "exchanged")),
            Map.entry(TriggerKind.NO_AGREEMENT, List.of("no agreement", "without agreement", "without an agreement",
                    "no deal", "failed to agree", "failed to reach", "no ceasefire deal")),
            Map.entry(TriggerKind.EXERCISE, List.of("joint exercise", "joint exercises", "joint military exercise",
                    "joint military exercises", "military exercise", "military exercises", "naval exercise",
                    "naval exercises", "military drills", "naval drills", "joint drills", "joint naval drills",
                    "drills", "drill", "joint drill", "naval drill", "joint naval drill", "exercised together",
                    "drilled together", "war games", "wargames", "war-games", "joint manoeuvres", "joint maneuvers",
                    "joint patrols", "joint patrol", "trilateral military exercises", "air exercise", "exercise",
                    "exercises")),
            Map.entry(TriggerKind.INVITE, List.of("invited", "invitation", "invite", "invites", "inviting")),
            Map.entry(TriggerKind.SIDELINES, List.of("sidelines", "sideline", "margins", "on the margins")));

    /**
     * "agreed to hold the next round in India", "the next round will be held in Beijing": a round of talks named
     * by the round alone, only with a verb of holding (a "next round" of voting or fighting is no contact).
     */
    private static final List<String> ROUNDS = rounds();

    private final TokenTrie<TriggerKind> trie = new TokenTrie<>();

    private static List<String> rounds() {
        List<String> phrases = new ArrayList<>();
        for (String which : List.of("next", "new", "further", "fresh", "another", "third", "fourth", "fifth")) {
            String round = (which.equals("another") ? "" : "the ") + which + " round";
            for (String verb : List.of("hold", "held", "holding", "host", "hosted", "hosting", "convene")) {
                phrases.add(verb + " " + round);
            }
            for (String will : List.of("will", "would", "is to", "is due to", "is expected to")) {
                phrases.add(round + " " + will + " be held");
            }
        }
        return List.copyOf(phrases);
    }

    private TriggerLexicon(TokenizerKind tokenizerKind) {
        Tokenizer tokenizer = tokenizerKind.newTokenizer();
        ROUNDS.forEach(phrase -> trie.add(keys(tokenizer, phrase), TriggerKind.TALKS));
        PHRASES.forEach((kind, phrases) -> phrases.forEach(phrase -> trie.add(keys(tokenizer, phrase), kind)));
        trie.build();
    }

    /** A phrase's trie keys: its tokens in lower case, as a sentence's tokens are looked up. */
    private static List<String> keys(Tokenizer tokenizer, String phrase) {
        return Arrays.stream(tokenizer.tokenize(phrase)).map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** The lexicon for text tokenized by {@code tokenizer}. */
    public static TriggerLexicon build(TokenizerKind tokenizer) {
        return new TriggerLexicon(tokenizer);
    }

    /** One trigger in a sentence: tokens {@code [start, end)}. */
    public record Trigger(int start, int end, TriggerKind kind, String words) {
    }

    /** True when the tokens hold a word of contact other than "sidelines". */
    public boolean any(List<Token> tokens) {
        return trie.findAll(tokens, Token::lower).stream()
                .anyMatch(m -> m.values().get(0) != TriggerKind.SIDELINES) || !ContactNouns.find(tokens).isEmpty();
    }

    /** The triggers of a sentence, leftmost-longest. */
    public List<Trigger> find(List<Token> tokens, String sentenceText, int sentenceStart) {
        List<Trigger> found = new ArrayList<>();
        for (TokenTrie.Match<TriggerKind> match : trie.findLongest(tokens, Token::lower)) {
            String words = sentenceText.substring(tokens.get(match.start()).start() - sentenceStart,
                    tokens.get(match.end() - 1).end() - sentenceStart);
            found.add(new Trigger(match.start(), match.end(), match.values().get(0), words));
        }
        for (int noun : ContactNouns.find(tokens)) {
            if (found.stream().noneMatch(t -> t.start() <= noun && noun < t.end())) {
                found.add(new Trigger(noun, noun + 1, TriggerKind.MEET, tokens.get(noun).text()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Trigger::start));
        return found;
    }
}
