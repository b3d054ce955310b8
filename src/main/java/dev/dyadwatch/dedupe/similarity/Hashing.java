package dev.dyadwatch.dedupe.similarity;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit hashing every dedupe structure is built on: a multiply-xorshift finalizer that spreads every input bit
 * over the whole word, and a string hash built on it. Fast and well mixed, not cryptographic: inputs are news text and
 * ids, not adversaries. The constants are part of the state format; changing them invalidates stored state.
 */
public final class Hashing {

    /** The 64-bit golden ratio, an odd constant used to step seeds. */
    public static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Hashing() {
    }

    /** The finalizer of MurmurHash3's 64-bit variant: a bijection with full avalanche. */
    public static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1A85EC9L;
        h ^= h >>> 33;
        return h;
    }

    /** A 64-bit hash of a string's UTF-8 bytes (FNV-1a, then mixed). */
    public static long hash(String value) {
        long h = 0xCBF29CE484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** The identity of an article inside dedupe state: a 64-bit hash of its id. */
    public static long handleOf(String articleId) {
        return hash(articleId);
    }

    /**
     * A 64-bit fingerprint of the normalised text: the first 16 hex digits of the content hash when it is a hex
     * digest (ingest writes SHA-256 hex), otherwise a hash of it.
     */
    public static long fingerprintOf(String contentHash) {
        if (contentHash.length() >= 16 && isHex(contentHash, 16)) {
            return Long.parseUnsignedLong(contentHash.substring(0, 16), 16);
        }
        return hash(contentHash);
    }

    private static boolean isHex(String text, int length) {
        for (int i = 0; i < length; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
