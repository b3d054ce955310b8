package dev.dyadwatch.generator;

/**
 * A sentence that names two countries without any contact between them, planted to catch a coder that counts
 * mentions: an interview given to the other country's media, a statement about the other country, or a plain
 * co-mention.
 *
 * @param kind {@code interview}, {@code statement} or {@code co-mention}
 * @param dyad the two countries named
 * @param sentence the sentence as it appears in the article
 */
public record TruthDistractor(String kind, String dyad, String sentence) {
}
