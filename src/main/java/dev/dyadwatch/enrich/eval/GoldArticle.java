package dev.dyadwatch.enrich.eval;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One article of the gold set with its hand annotation (the format is described in the gold set's README).
 *
 * @param id article id
 * @param title headline
 * @param source outlet
 * @param publishedAt publication time, ISO-8601
 * @param dateline dateline removed by ingest, or null
 * @param language declared language (ISO 639-3), or null
 * @param paragraphs the text, one string per paragraph
 * @param actors the actors a careful reader finds
 * @param contacts the contacts a careful reader finds
 * @param notes the hard cases the article covers
 */
public record GoldArticle(String id, String title, String source, String publishedAt, String dateline,
        String language, List<String> paragraphs, List<GoldActor> actors, List<GoldContact> contacts,
        String notes) {

    /**
     * An expected actor.
     *
     * @param name the name it is known by
     * @param aka other names it goes by
     * @param country ISO alpha-3 code; null for an international organisation
     */
    public record GoldActor(String name, List<String> aka, String country) {

        public GoldActor {
            aka = aka == null ? List.of() : List.copyOf(aka);
        }
    }

    /**
     * An expected contact.
     *
     * @param dyad the two codes sorted, joined by '-'
     * @param type {@code ContactType} name
     * @param status {@code ContactStatus} name
     * @param date first day of the period, ISO-8601
     * @param granularity {@code DateGranularity} name
     * @param multilateral true for a pair of a meeting of several countries
     * @param evidence words of the sentence, for the reader
     */
    public record GoldContact(String dyad, String type, String status, String date, String granularity,
            boolean multilateral, String evidence) {
    }

    public GoldArticle {
        paragraphs = List.copyOf(paragraphs);
        actors = List.copyOf(actors);
        contacts = List.copyOf(contacts);
    }

    /** The text: paragraphs joined by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** The article as ingest would publish it. */
    public RawArticle toRawArticle(String origin) {
        Instant published = Instant.parse(publishedAt);
        return RawArticle.newBuilder()
                .setId(id)
                .setUrl(null)
                .setCanonicalUrl(null)
                .setTitle(title)
                .setText(text())
                .setDateline(dateline)
                .setSource(source)
                .setPublishedAt(published)
                .setPublishedAtSource(TimeSource.INPUT_FIELD)
                .setFetchedAt(published)
                .setLanguage(language)
                .setInputFormat(InputFormat.JSONL)
                .setOrigin(origin)
                .setContentHash(sha256(text()))
                .build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
