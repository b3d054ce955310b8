package dev.dyadwatch.enrich;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.enrich.code.CodedContact;
import dev.dyadwatch.enrich.code.EventMerger;
import dev.dyadwatch.enrich.code.PairNamedBefore;
import dev.dyadwatch.enrich.code.ReferredGroup;
import dev.dyadwatch.enrich.code.Rejection;
import dev.dyadwatch.enrich.code.SentenceCoder;
import dev.dyadwatch.enrich.code.SummitVenue;
import dev.dyadwatch.enrich.match.ActorIndex;
import dev.dyadwatch.enrich.match.TokenTrie;
import dev.dyadwatch.enrich.resolve.ArticleResolver;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.resolve.MentionKind;
import dev.dyadwatch.enrich.resolve.Resolution;
import dev.dyadwatch.enrich.text.Datelines;
import dev.dyadwatch.enrich.text.LanguageGate;
import dev.dyadwatch.enrich.text.Sentence;
import dev.dyadwatch.enrich.text.SentenceSplitter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Codes articles, one at a time: language check, dateline, sentences and tokens, actors resolved by the
 * article's date, contacts sentence by sentence, then one event per real contact.
 *
 * <p>Not thread-safe (it holds OpenNLP ME instances): one per thread, made by
 * {@link EnrichResources#newCoder}.
 */
public final class ArticleCoder {

    /** Nouns of "the two ..." that name two people. */
    private static final java.util.Set<String> PERSON_PAIR_NOUNS = java.util.Set.of("leaders", "presidents",
            "ministers", "premiers", "men", "women", "chiefs", "envoys", "diplomats", "heads");

    private final EnrichResources resources;
    private final CodingLimits limits;
    private final LanguageGate languages = new LanguageGate();
    private final SentenceSplitter splitter;
    private final ArticleResolver resolver;
    private final SentenceCoder sentenceCoder;

    ArticleCoder(EnrichResources resources, CodingLimits limits) {
        this.resources = resources;
        this.limits = limits;
        this.splitter = new SentenceSplitter(resources.tokenizer(), limits);
        this.resolver = new ArticleResolver(resources.index(),
                resources.triggers()::any);
        this.sentenceCoder = new SentenceCoder(resources.triggers(), this::government);
    }

    /** Codes one article. Never throws for odd text; an article in another language comes back uncoded. */
    public ArticleCoding code(RawArticle article) {
        String text = article.getText() == null ? "" : article.getText();
        String titleText = article.getTitle() == null ? "" : article.getTitle();
        LanguageGate.Verdict verdict = languages.judge(article.getLanguage(), titleText, text);
        Sentence title = splitter.single(titleText, Sentence.TITLE);
        if (!verdict.coded()) {
            String note = "not coded: language " + (verdict.language() == null ? "unknown" : verdict.language())
                    + (verdict.detected() ? " (detected)" : " (declared)") + "; enrich codes English only";
            return new ArticleCoding(article, verdict, null, title, List.of(),
                    new Resolution(List.of(), List.of(), List.of(), Map.of()), List.of(), List.of(), List.of(note));
        }
        Datelines.Dateline dateline = Datelines.find(text);
        SentenceSplitter.Split split = splitter.split(text, dateline.end());
        LocalDate day = LocalDate.ofInstant(article.getPublishedAt(), ZoneOffset.UTC);
        String place = article.getDateline() != null ? article.getDateline() : dateline.place();
        Resolution resolution = resolver.resolve(title, split.sentences(), day, homeCountry(place));
        List<CodedContact> reports = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Mention> titleFocus = focusOf(resolution.titleMentions());
        String summitCountry = SummitVenue.hostCountry(resources.triggers(), title, resolution.titleMentions());
        for (int i = 0; i < split.sentences().size(); i++) {
            Sentence sentence = split.sentences().get(i);
            String summitHere = SummitVenue.hostCountry(resources.triggers(), sentence,
                    resolution.sentenceMentions().get(i));
            summitCountry = summitHere != null ? summitHere : summitCountry;
            List<Integer> references = resolution.pairReferences().get(i);
            int trilateral = ReferredGroup.trilateralWithoutParties(sentence.tokens(),
                    resolution.sentenceMentions().get(i));
            if (trilateral >= 0) {
                references = new ArrayList<>(references);
                references.add(trilateral);
            }
            CodedContact focusEvent = focusEvent(reports, sentence, references);
            List<Mention> focus = focusEvent == null ? titleFocus
                    : List.of(asMention(focusEvent.actorA(), i), asMention(focusEvent.actorB(), i));
            List<Mention> namedBefore = references.isEmpty() ? null
                    : PairNamedBefore.pair(resolution.sentenceMentions(), i, reports);
            CodedContact toldBefore = namedBefore == null ? null : PairNamedBefore.toldBefore(reports, namedBefore);
            if (namedBefore != null && reports.isEmpty()) {
                // "The two ministers held talks" in an article that has told no contact yet: the two named just before.
                focus = List.of(asMention(namedBefore.get(0).actor(), i), asMention(namedBefore.get(1).actor(), i));
            } else if (toldBefore != null) {
                // The pair named just before is that of a contact told earlier, not of the latest one.
                focusEvent = toldBefore;
                focus = List.of(asMention(toldBefore.actorA(), i), asMention(toldBefore.actorB(), i));
            }
            if (countsThree(sentence, references)) {
                // "a summit of the three countries": the countries of the latest gathering of three, never a pair.
                List<dev.dyadwatch.enrich.resolve.ActorRef> trio = ReferredGroup.trio(reports);
                focus = trio == null ? null
                        : List.of(asMention(trio.get(0), i), asMention(trio.get(1), i), asMention(trio.get(2), i));
                focusEvent = null;
            }
            SentenceCoder.Result result = sentenceCoder.code(sentence, resolution.sentenceMentions().get(i),
                    references, focus, focusEvent, day, summitCountry);
            reports.addAll(result.contacts());
            rejections.addAll(result.rejections());
        }
        return new ArticleCoding(article, verdict, dateline.present() ? dateline.place() : null, title,
                split.sentences(), resolution, EventMerger.merge(reports), rejections, notes(split));
    }

    /** The version of coder and dictionary, for {@code EnrichedArticle.coderVersion}. */
    public String version() {
        return resources.version();
    }

    private List<String> notes(SentenceSplitter.Split split) {
        List<String> notes = new ArrayList<>();
        if (split.charsIgnored() > 0) {
            notes.add("truncated: only the first " + limits.maxTextChars() + " characters were read ("
                    + split.charsIgnored() + " more not coded)");
        }
        if (split.sentencesDropped() > 0) {
            notes.add("truncated: only the first " + limits.maxSentences() + " sentences were coded ("
                    + split.sentencesDropped() + " more not coded)");
        }
        if (split.sentencesCut() > 0) {
            notes.add("truncated: " + split.sentencesCut() + " sentences longer than " + limits.maxSentenceChars()
                    + " characters were cut");
        }
        return notes;
    }

    /** The country whose capital (or name) the dateline gives, or null. */
    private String homeCountry(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        StringBuilder titled = new StringBuilder();
        for (String word : place.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!titled.isEmpty()) {
                titled.append(' ');
            }
            titled.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        Sentence sentence = splitter.single(titled.toString(), Sentence.TITLE);
        ActorIndex index = resources.index();
        for (TokenTrie.Match<ActorIndex.Entry> match : index.match(sentence.tokens())) {
            for (ActorIndex.Entry entry : match.values()) {
                if (match.start() == 0 && match.end() == sentence.size()
                        && (entry.kind() == ActorIndex.EntryKind.CAPITAL
                            || entry.kind() == ActorIndex.EntryKind.COUNTRY)) {
                    return entry.id();
                }
            }
        }
        return null;
    }

    /**
     * The contact "the two ..." refers back to: the latest one, or, for "the two leaders" and "the two ministers",
     * the latest one between two people; never one of a gathering of three (see {@link ReferredGroup}).
     */
    private static CodedContact focusEvent(List<CodedContact> reports, Sentence sentence, List<Integer> references) {
        boolean people = false;
        for (int at : references) {
            for (int k = at + 1; k < Math.min(sentence.size(), at + 3); k++) {
                people |= PERSON_PAIR_NOUNS.contains(sentence.tokens().get(k).lower());
            }
        }
        return ReferredGroup.forTwo(reports, people);
    }

    /** True when the sentence refers back to three ("the three countries"). */
    private static boolean countsThree(Sentence sentence, List<Integer> references) {
        for (int at : references) {
            if (ReferredGroup.countsThree(sentence.tokens(), at)) {
                return true;
            }
        }
        return false;
    }

    private dev.dyadwatch.enrich.resolve.ActorRef government(String iso) {
        String name = resources.index().country(iso).map(c -> c.name()).orElse(iso);
        return new dev.dyadwatch.enrich.resolve.ActorRef(iso + ".GOV", "Government of " + name, iso,
                dev.dyadwatch.avro.ActorRole.GOVERNMENT, null);
    }

    /** The pair a headline names, if it names exactly two countries' actors. */
    private static List<Mention> focusOf(List<Mention> titleMentions) {
        List<Mention> parties = new ArrayList<>();
        for (Mention m : titleMentions) {
            if (m.canBeParty() && parties.stream().noneMatch(p -> p.country().equals(m.country()))) {
                parties.add(m);
            }
        }
        return parties.size() == 2 ? parties : null;
    }

    private static Mention asMention(dev.dyadwatch.enrich.resolve.ActorRef actor, int sentence) {
        MentionKind kind = actor.isPerson() ? MentionKind.PERSON : MentionKind.GOVERNMENT;
        return new Mention(sentence, 0, 0, 0, 0, actor.name(), kind, actor, actor.country(),
                dev.dyadwatch.avro.MentionResolution.TITLE);
    }
}
