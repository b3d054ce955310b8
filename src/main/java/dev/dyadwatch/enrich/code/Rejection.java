package dev.dyadwatch.enrich.code;

/**
 * A candidate contact the coder did not code, and why: what {@code extract --explain} shows an analyst.
 *
 * @param sentenceIndex the sentence
 * @param words the trigger, or the actors of a co-mention
 * @param reason why it is not a contact
 */
public record Rejection(int sentenceIndex, String words, String reason) {
}
