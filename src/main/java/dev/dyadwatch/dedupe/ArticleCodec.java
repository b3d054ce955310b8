package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.topics.Topic;

/**
 * Keeps an article in pending state as the bytes {@code articles-raw} carries (the Confluent wire format, schema id
 * included), so an article stored by one version is read back by the next.
 */
final class ArticleCodec {

    private final Topic<String, RawArticle> topic;

    ArticleCodec(Topic<String, RawArticle> topic) {
        this.topic = topic;
    }

    byte[] encode(RawArticle article) {
        return topic.valueSerde().serializer().serialize(topic.name(), article);
    }

    RawArticle decode(byte[] bytes) {
        return topic.valueSerde().deserializer().deserialize(topic.name(), bytes);
    }
}
