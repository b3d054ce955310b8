package dev.dyadwatch.dedupe;

/**
 * A story: its first-seen article, which went to {@code articles-unique} and whose id is the story id.
 *
 * @param root where the first-seen article's state lives (its copies are counted there)
 * @param storyId the first-seen article's id
 */
record StoryRef(ArticleRef root, String storyId) {

    void writeTo(ByteWriter out) {
        root.writeTo(out);
        out.writeString(storyId);
    }

    static StoryRef readFrom(ByteReader in) {
        return new StoryRef(ArticleRef.readFrom(in), in.readString());
    }

    static void writeNullable(StoryRef story, ByteWriter out) {
        out.writeBoolean(story != null);
        if (story != null) {
            story.writeTo(out);
        }
    }

    static StoryRef readNullable(ByteReader in) {
        return in.readBoolean() ? readFrom(in) : null;
    }
}
