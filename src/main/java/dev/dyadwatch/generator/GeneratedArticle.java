package dev.dyadwatch.generator;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One generated article with its ground truth.
 *
 * @param url article URL (unique in a run)
 * @param title headline
 * @param text body: paragraphs separated by blank lines, possibly opening with a dateline
 * @param source outlet name
 * @param publishedAt publication time in the outlet's UTC offset
 * @param language ISO 639-1 code
 * @param copyOf URL of the article this one is a syndicated copy of, or null
 * @param contacts the contacts a careful reader codes from it
 * @param distractors planted sentences naming two countries without contact
 */
public record GeneratedArticle(String url, String title, String text, String source, OffsetDateTime publishedAt,
        String language, String copyOf, List<TruthContact> contacts, List<TruthDistractor> distractors) {

    /** The publication time in ISO-8601 with its offset ({@code 2025-03-04T14:20:00+05:00}). */
    public String publishedAtText() {
        // Generated times are whole minutes; built by hand because DateTimeFormatter is slow at this volume.
        StringBuilder text = new StringBuilder(25).append(publishedAt.toLocalDate()).append('T');
        int hour = publishedAt.getHour();
        int minute = publishedAt.getMinute();
        text.append(hour < 10 ? "0" : "").append(hour).append(':').append(minute < 10 ? "0" : "").append(minute);
        text.append(':');
        int second = publishedAt.getSecond();
        text.append(second < 10 ? "0" : "").append(second);
        return text.append(publishedAt.getOffset().getId()).toString();
    }
}
