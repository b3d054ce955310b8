package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Answer;
import dev.dyadwatch.dedupe.DedupeMessage.Arrival;
import dev.dyadwatch.dedupe.DedupeMessage.Candidate;
import dev.dyadwatch.dedupe.DedupeMessage.Claim;
import dev.dyadwatch.dedupe.DedupeMessage.Count;
import dev.dyadwatch.dedupe.DedupeMessage.Deferral;
import dev.dyadwatch.dedupe.DedupeMessage.DeferralReply;
import dev.dyadwatch.dedupe.DedupeMessage.Outcome;
import dev.dyadwatch.dedupe.DedupeMessage.Probe;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
import dev.dyadwatch.dedupe.DedupeMessage.Transfer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The binary encoding of dedupe's internal messages: a format byte, a type byte, then the fields. Internal topics
 * are read only by dedupe itself, so a compact private format is enough; the format byte lets a later version
 * read what an earlier one left in flight.
 */
final class DedupeMessageSerde {

    private static final int FORMAT = 1;
    private static final int PROBE = 1;
    private static final int ANSWER = 2;
    private static final int CLAIM = 3;
    private static final int REPLY = 4;
    private static final int DEFERRAL = 5;
    private static final int DEFERRAL_REPLY = 6;
    private static final int COUNT = 7;
    private static final int ARRIVAL = 8;
    private static final Outcome[] OUTCOMES = Outcome.values();

    private DedupeMessageSerde() {
    }

    static Serde<DedupeMessage> serde() {
        Serializer<DedupeMessage> serializer = (topic, message) -> message == null ? null : encode(message);
        Deserializer<DedupeMessage> deserializer = (topic, bytes) -> bytes == null ? null : decode(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    static byte[] encode(DedupeMessage message) {
        if (message instanceof Transfer transfer) {
            return encode(transfer.arrival());
        }
        ByteWriter out = new ByteWriter(message instanceof Arrival a ? a.article().length + 16 : 64);
        out.writeByte(FORMAT);
        if (message instanceof Arrival a) {
            out.writeByte(ARRIVAL).writeVarint(a.home()).writeBytes(a.article());
        } else if (message instanceof Probe p) {
            out.writeByte(PROBE);
            p.article().writeTo(out);
            out.writeLong(p.published()).writeVarint(p.probe()).writeVarint(p.probes()).writeVarint(p.partition())
                    .writeVarint(p.bandKeys().length);
            for (long key : p.bandKeys()) {
                out.writeLong(key);
            }
            if (p.sketch() != null) {
                out.writeLong(p.fingerprint());
                Sketches.write(p.sketch(), out);
            }
        } else if (message instanceof Answer a) {
            out.writeByte(ANSWER);
            a.article().writeTo(out);
            out.writeVarint(a.probe()).writeVarint(a.candidates().size());
            for (Candidate c : a.candidates()) {
                c.ref().writeTo(out);
                out.writeVarint(c.sharedBands());
            }
        } else if (message instanceof Claim c) {
            out.writeByte(CLAIM);
            c.claimant().writeTo(out);
            out.writeLong(c.claimantStamp());
            c.target().writeTo(out);
            out.writeLong(c.fingerprint());
            Sketches.write(c.sketch(), out);
        } else if (message instanceof Reply r) {
            out.writeByte(REPLY);
            r.claimant().writeTo(out);
            r.target().writeTo(out);
            out.writeByte(r.outcome().ordinal()).writeDouble(r.jaccard()).writeDouble(r.containment())
                    .writeBoolean(r.sameText()).writeString(r.targetId());
            StoryRef.writeNullable(r.story(), out);
        } else if (message instanceof Deferral d) {
            out.writeByte(DEFERRAL);
            d.deferrer().writeTo(out);
            d.precedent().writeTo(out);
        } else if (message instanceof DeferralReply d) {
            out.writeByte(DEFERRAL_REPLY);
            d.deferrer().writeTo(out);
            out.writeString(d.precedentId());
            StoryRef.writeNullable(d.story(), out);
        } else if (message instanceof Count c) {
            out.writeByte(COUNT);
            c.story().writeTo(out);
            c.draft().writeTo(out);
        } else {
            throw new SerializationException(message.getClass().getSimpleName()
                    + " is a dedupe output and never goes through an internal topic");
        }
        return out.toByteArray();
    }

    static DedupeMessage decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, "dedupe message");
        int format = in.readByte();
        if (format != FORMAT) {
            throw in.corrupt("unknown format " + format);
        }
        int type = in.readByte();
        DedupeMessage message = switch (type) {
            case ARRIVAL -> new Arrival(in.readVarint(), in.readBytes());
            case PROBE -> {
                ArticleRef article = ArticleRef.readFrom(in);
                long published = in.readLong();
                int probe = in.readVarint();
                int probes = in.readVarint();
                int partition = in.readVarint();
                long[] keys = new long[in.readVarint()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = in.readLong();
                }
                if (in.atEnd()) {
                    yield new Probe(article, published, probe, probes, partition, keys, 0L, null);
                }
                yield new Probe(article, published, probe, probes, partition, keys, in.readLong(), Sketches.read(in));
            }
            case ANSWER -> {
                ArticleRef article = ArticleRef.readFrom(in);
                int probe = in.readVarint();
                int count = in.readVarint();
                List<Candidate> candidates = new ArrayList<>(Math.min(count, 64));
                for (int i = 0; i < count; i++) {
                    candidates.add(new Candidate(ArticleRef.readFrom(in), in.readVarint()));
                }
                yield new Answer(article, probe, candidates);
            }
            case CLAIM -> new Claim(ArticleRef.readFrom(in), in.readLong(), ArticleRef.readFrom(in), in.readLong(),
                    Sketches.read(in));
            case REPLY -> {
                ArticleRef claimant = ArticleRef.readFrom(in);
                ArticleRef target = ArticleRef.readFrom(in);
                int outcome = in.readByte();
                if (outcome >= OUTCOMES.length) {
                    throw in.corrupt("unknown claim outcome " + outcome);
                }
                yield new Reply(claimant, target, OUTCOMES[outcome], in.readDouble(), in.readDouble(),
                        in.readBoolean(), in.readString(), StoryRef.readNullable(in));
            }
            case DEFERRAL -> new Deferral(ArticleRef.readFrom(in), ArticleRef.readFrom(in));
            case DEFERRAL_REPLY -> new DeferralReply(ArticleRef.readFrom(in), in.readString(),
                    StoryRef.readNullable(in));
            case COUNT -> new Count(StoryRef.readFrom(in), VerdictDraft.readFrom(in));
            default -> throw in.corrupt("unknown message type " + type);
        };
        in.end();
        return message;
    }

}
