package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DuplicateKind;
import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.RawArticle;
import java.time.Instant;

/**
 * A duplicate verdict before its story's copy count is known: the count lives with the story's first article, so
 * the verdict is completed there.
 */
record VerdictDraft(String articleId, String originalId, DuplicateKind kind, double similarity, Double containment,
        String title, String source, String url, long publishedAt) {

    static VerdictDraft of(RawArticle copy, String originalId, DuplicateKind kind, double similarity,
            Double containment) {
        return new VerdictDraft(copy.getId(), originalId, kind, similarity, containment, copy.getTitle(),
                copy.getSource(), copy.getCanonicalUrl(), copy.getPublishedAt().toEpochMilli());
    }

    DuplicateVerdict complete(String storyId, int copyNumber) {
        return DuplicateVerdict.newBuilder()
                .setArticleId(articleId)
                .setOriginalId(originalId)
                .setStoryId(storyId)
                .setKind(kind)
                .setSimilarity(similarity)
                .setContainment(containment)
                .setTitle(title)
                .setSource(source)
                .setUrl(url)
                .setPublishedAt(Instant.ofEpochMilli(publishedAt))
                .setCopyNumber(copyNumber)
                .build();
    }

    void writeTo(ByteWriter out) {
        out.writeString(articleId).writeString(originalId).writeByte(kind.ordinal()).writeDouble(similarity)
                .writeBoolean(containment != null).writeDouble(containment == null ? 0 : containment)
                .writeString(title).writeString(source).writeString(url).writeLong(publishedAt);
    }

    static VerdictDraft readFrom(ByteReader in) {
        String articleId = in.readString();
        String originalId = in.readString();
        int kind = in.readByte();
        if (kind >= DuplicateKind.values().length) {
            throw in.corrupt("unknown duplicate kind " + kind);
        }
        double similarity = in.readDouble();
        boolean hasContainment = in.readBoolean();
        double containment = in.readDouble();
        return new VerdictDraft(articleId, originalId, DuplicateKind.values()[kind], similarity,
                hasContainment ? containment : null, in.readString(), in.readString(), in.readString(),
                in.readLong());
    }
}
