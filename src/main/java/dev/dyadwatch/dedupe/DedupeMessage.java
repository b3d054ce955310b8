package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.dedupe.similarity.Sketch;
import java.util.List;

/**
 * What dedupe's processors send each other through its internal topics, and what they hand to its sinks. Each
 * internal message names the partition it must reach ({@link #destination()}): a band partition, or the home
 * partition of the article whose state it concerns.
 */
sealed interface DedupeMessage {

    /** The partition this message must be sent to; outputs, which go to sinks, have none. */
    int destination();

    /**
     * An article from {@code articles-raw} at its home partition: its value as {@code articles-raw} carries it
     * (Confluent wire format).
     */
    record Arrival(int home, byte[] article) implements DedupeMessage {
        @Override
        public int destination() {
            return home;
        }
    }

    /**
     * An arrival read on an {@code articles-raw} partition that is not its home (the topic has more partitions than
     * dedupe), on its way there through {@code dedupe-home}; it is written as the {@link Arrival} it carries.
     */
    record Transfer(Arrival arrival) implements DedupeMessage {
        @Override
        public int destination() {
            return arrival.home();
        }
    }

    /**
     * An article's band keys that live on one band partition: look them up, then add the article. {@code published}
     * is its publication time: articles published further apart than the horizon are never candidates. The
     * fingerprint and sketch let the band partition verify its candidates before answering (null sketch: a probe
     * written by a version that did not send them, whose candidates are all answered unverified).
     */
    record Probe(ArticleRef article, long published, int probe, int probes, int partition, long[] bandKeys,
            long fingerprint, Sketch sketch) implements DedupeMessage {
        @Override
        public int destination() {
            return partition;
        }
    }

    /** An article found in a band bucket, and in how many of the probed bands. */
    record Candidate(ArticleRef ref, int sharedBands) {
    }

    /** The candidates one band partition found for an article. */
    record Answer(ArticleRef article, int probe, List<Candidate> candidates) implements DedupeMessage {
        @Override
        public int destination() {
            return article.home();
        }
    }

    /** Verify me against you and tell me your story. */
    record Claim(ArticleRef claimant, long claimantStamp, ArticleRef target, long fingerprint, Sketch sketch)
            implements DedupeMessage {
        @Override
        public int destination() {
            return target.home();
        }
    }

    /** What a claim found. */
    enum Outcome {
        /** Similar and decided: here is my story. */
        ACCEPTED,
        /** Not similar enough. */
        DISSIMILAR,
        /** Similar but undecided, and you take precedence: I will defer to you. */
        YIELDED,
        /** No such article any more (beyond the horizon). */
        UNKNOWN
    }

    /** The answer to a claim. */
    record Reply(ArticleRef claimant, ArticleRef target, Outcome outcome, double jaccard, double containment,
            boolean sameText, String targetId, StoryRef story) implements DedupeMessage {
        @Override
        public int destination() {
            return claimant.home();
        }
    }

    /** Tell me your story once you are decided: you take precedence over me and I resemble you. */
    record Deferral(ArticleRef deferrer, ArticleRef precedent) implements DedupeMessage {
        @Override
        public int destination() {
            return precedent.home();
        }
    }

    /** The precedent's story, or null when the precedent is gone. */
    record DeferralReply(ArticleRef deferrer, String precedentId, StoryRef story) implements DedupeMessage {
        @Override
        public int destination() {
            return deferrer.home();
        }
    }

    /** Count a copy against its story and publish the verdict. */
    record Count(StoryRef story, VerdictDraft draft) implements DedupeMessage {
        @Override
        public int destination() {
            return story.root().home();
        }
    }

    /** Output: a first-seen article for articles-unique. */
    record Unique(UniqueArticle article) implements DedupeMessage {
        @Override
        public int destination() {
            return -1;
        }
    }

    /** Output: a copy for articles-duplicates. */
    record Duplicate(DuplicateVerdict verdict) implements DedupeMessage {
        @Override
        public int destination() {
            return -1;
        }
    }

    /** Output: a record that cannot be checked, for articles-dlq. */
    record Rejected(String key, DeadLetter letter) implements DedupeMessage {
        @Override
        public int destination() {
            return -1;
        }
    }
}
