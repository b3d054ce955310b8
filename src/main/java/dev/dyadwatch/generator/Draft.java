package dev.dyadwatch.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article as the composer writes it, before an outlet gives it a URL, a time and a dateline: headline,
 * paragraphs, and the contacts and distractors planted in them.
 */
final class Draft {

    final String title;
    final String datelineCity;
    /** How to write another headline for the same story (for syndicated copies). */
    String headlineRule;
    ArticleContext headlineContext;
    Figure headlineA;
    Figure headlineB;
    final List<String> paragraphs = new ArrayList<>(12);
    final List<TruthContact> contacts = new ArrayList<>(4);
    final List<TruthDistractor> distractors = new ArrayList<>(2);
    private long[] used = new long[16];
    private int usedCount;
    private int length;

    Draft(String title, String datelineCity) {
        this.title = title;
        this.datelineCity = datelineCity;
    }

    void add(String paragraph) {
        paragraphs.add(paragraph);
        length += paragraph.length() + 2;
    }

    /** Marks alternative {@code index} of {@code rule} used; false when this article already used it. */
    boolean use(String rule, int index) {
        long key = (long) rule.hashCode() << 32 | index;
        for (int i = 0; i < usedCount; i++) {
            if (used[i] == key) {
                return false;
            }
        }
        if (usedCount == used.length) {
            used = Arrays.copyOf(used, usedCount * 2);
        }
        used[usedCount++] = key;
        return true;
    }

    /** Characters of body text so far. */
    int length() {
        return length;
    }

    /** The body: paragraphs separated by blank lines. */
    String body() {
        StringBuilder body = new StringBuilder(length);
        for (String paragraph : paragraphs) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            body.append(paragraph);
        }
        return body.toString();
    }
}
