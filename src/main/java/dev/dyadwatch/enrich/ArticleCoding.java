package dev.dyadwatch.enrich;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.enrich.code.CodedContact;
import dev.dyadwatch.enrich.code.Rejection;
import dev.dyadwatch.enrich.resolve.Resolution;
import dev.dyadwatch.enrich.text.LanguageGate;
import dev.dyadwatch.enrich.text.Sentence;
import java.util.List;

/**
 * Everything enrich made of one article: its sentences, actors and contacts, what it turned down and why, and
 * notes on what it did not code (another language, text past the limits).
 *
 * @param article the article as read
 * @param language the verdict on its language
 * @param dateline the dateline found at the start of the text, or null
 * @param title the title as a pseudo-sentence
 * @param sentences the body's sentences
 * @param resolution the actors and their mentions
 * @param contacts the contact events, one per real contact
 * @param rejections candidates not coded, with the reason
 * @param notes what was left out and why, for operators and analysts
 */
public record ArticleCoding(RawArticle article, LanguageGate.Verdict language, String dateline, Sentence title,
        List<Sentence> sentences, Resolution resolution, List<CodedContact> contacts, List<Rejection> rejections,
        List<String> notes) {

    public ArticleCoding {
        sentences = List.copyOf(sentences);
        contacts = List.copyOf(contacts);
        rejections = List.copyOf(rejections);
        notes = List.copyOf(notes);
    }

    /** True when the article was coded (it is in a language enrich codes). */
    public boolean coded() {
        return language.coded();
    }
}
