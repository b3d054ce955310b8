package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.similarity.Sketch;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What dedupe remembers of an article for the horizon, at its home partition: how far its check has got, what it
 * needs to verify candidates against it, and, once decided, its story. About 200 bytes, and 4 more per number in
 * the text, for an article with a 32-character id; most of it is the 128-byte sketch.
 *
 * @param phase how far the article's check has got
 * @param articleId the article id
 * @param stamp precedence stamp: the article's publication time, epoch millis (see {@link ArticleRef#precedes})
 * @param fingerprint 64 bits of the normalised-text hash
 * @param sketch the verification sketch
 * @param story the story it belongs to when it is a {@link Phase#COPY}, else null
 * @param copies copies counted so far when it is a {@link Phase#ROOT}
 * @param precedent an earlier similar article to defer to, while undecided; null if none
 */
record ArticleState(Phase phase, String articleId, long stamp, long fingerprint, Sketch sketch, StoryRef story,
        int copies, Precedent precedent) {

    /** How far an article's check has got. */
    enum Phase {
        /** Its band keys are being looked up. */
        PROBING,
        /** Its candidates are being verified and asked for their story. */
        CLAIMING,
        /** It waits for an earlier similar article (its precedent) to be decided, to join its story. */
        DEFERRING,
        /** Decided: it starts a story and went to articles-unique. */
        ROOT,
        /** Decided: it copies a story and went to articles-duplicates. */
        COPY
    }

    private static final Phase[] PHASES = Phase.values();

    static ArticleState probing(String articleId, long stamp, long fingerprint, Sketch sketch) {
        return new ArticleState(Phase.PROBING, articleId, stamp, fingerprint, sketch, null, 0, null);
    }

    boolean isDecided() {
        return phase == Phase.ROOT || phase == Phase.COPY;
    }

    /** The story of a decided article whose state lives at {@code self}. */
    StoryRef storyOf(ArticleRef self) {
        return phase == Phase.ROOT ? new StoryRef(self, articleId) : story;
    }

    ArticleState inPhase(Phase next) {
        return new ArticleState(next, articleId, stamp, fingerprint, sketch, story, copies, precedent);
    }

    ArticleState asRoot(int sameIdCopies) {
        return new ArticleState(Phase.ROOT, articleId, stamp, fingerprint, sketch, null, sameIdCopies, null);
    }

    ArticleState asCopy(StoryRef of) {
        return new ArticleState(Phase.COPY, articleId, stamp, fingerprint, sketch, of, 0, null);
    }

    /** One more copy counted against this story root. */
    ArticleState withCopy() {
        return new ArticleState(phase, articleId, stamp, fingerprint, sketch, story, copies + 1, precedent);
    }

    /** Remembers {@code earlier} as precedent unless one that takes precedence over it is already known. */
    ArticleState withPrecedent(Precedent earlier) {
        return new ArticleState(phase, articleId, stamp, fingerprint, sketch, story, copies,
                earlier.earlier(precedent));
    }

    /** True when this article takes precedence over the article with {@code otherStamp} and {@code otherHandle}. */
    boolean precedes(long handle, long otherStamp, long otherHandle) {
        return ArticleRef.precedes(stamp, handle, otherStamp, otherHandle);
    }

    /** The compact binary serde of state entries. */
    static Serde<ArticleState> serde() {
        Serializer<ArticleState> serializer = (topic, state) -> state == null ? null : encode(state);
        Deserializer<ArticleState> deserializer = (topic, bytes) -> bytes == null ? null : decode(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    static byte[] encode(ArticleState state) {
        ByteWriter out = new ByteWriter(64 + state.sketch.bins().length);
        out.writeByte(state.phase.ordinal()).writeString(state.articleId).writeLong(state.stamp)
                .writeLong(state.fingerprint);
        Sketches.write(state.sketch, out);
        StoryRef.writeNullable(state.story, out);
        out.writeVarint(state.copies).writeBoolean(state.precedent != null);
        if (state.precedent != null) {
            state.precedent.writeTo(out);
        }
        return out.toByteArray();
    }

    static ArticleState decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, "dedupe article state");
        int phase = in.readByte();
        if (phase >= PHASES.length) {
            throw in.corrupt("unknown phase " + phase);
        }
        String id = in.readString();
        long stamp = in.readLong();
        long fingerprint = in.readLong();
        Sketch sketch = Sketches.read(in);
        StoryRef story = StoryRef.readNullable(in);
        int copies = in.readVarint();
        Precedent precedent = in.readBoolean() ? Precedent.readFrom(in) : null;
        in.end();
        return new ArticleState(PHASES[phase], id, stamp, fingerprint, sketch, story, copies, precedent);
    }
}
