package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.LifecycleState;
import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DyadAlert;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Compact binary encodings of the dyad stage's state: reports, day totals and dyad states. Each value starts
 * with a format version so that a later layout can still read the old one; alert records inside are plain Avro
 * binary of the {@link DyadAlert} schema this build knows.
 */
public final class StateCodec {

    private static final int VERSION = 1;
    private static final SpecificDatumWriter<DyadAlert> ALERT_WRITER = new SpecificDatumWriter<>(DyadAlert.class);
    private static final SpecificDatumReader<DyadAlert> ALERT_READER = new SpecificDatumReader<>(DyadAlert.class);

    private StateCodec() {
    }

    /** Encodes a report. */
    public static byte[] report(Report report) {
        return write(out -> writeReport(out, report));
    }

    /** Decodes a report. */
    public static Report report(byte[] bytes) {
        return read(bytes, StateCodec::readReport);
    }

    /** Encodes day totals. */
    public static byte[] dayTotals(DayTotals totals) {
        return write(out -> writeTotals(out, totals));
    }

    /** Decodes day totals. */
    public static DayTotals dayTotals(byte[] bytes) {
        return read(bytes, StateCodec::readTotals);
    }

    /** Encodes the evidence of a day. */
    public static byte[] events(List<MergedEvent> events) {
        return write(out -> writeEvents(out, events));
    }

    /** Decodes the evidence of a day. */
    public static List<MergedEvent> events(byte[] bytes) {
        return read(bytes, StateCodec::readEvents);
    }

    /** Encodes a dyad state. */
    public static byte[] dyadState(DyadState state) {
        return write(out -> {
            out.writeUTF(state.dyad());
            out.writeInt(state.checkpointDay());
            writeLifecycle(out, state.lifecycle());
            writeAlert(out, state.checkpointRecord());
            writeAlert(out, state.lastEmitted());
            out.writeInt(state.frozenFirstDay());
            int[] counts = state.frozenCounts();
            out.writeInt(counts.length);
            for (int count : counts) {
                out.writeInt(count);
            }
            out.writeInt(state.unfrozen().size());
            for (DayTotals totals : state.unfrozen()) {
                writeTotals(out, totals);
            }
            out.writeLong(state.lastInstant());
            out.writeBoolean(state.tipLifecycle() != null);
            if (state.tipLifecycle() != null) {
                writeLifecycle(out, state.tipLifecycle());
            }
            writeAlert(out, state.tipRecord());
        });
    }

    /** Decodes a dyad state. */
    public static DyadState dyadState(byte[] bytes) {
        return read(bytes, in -> {
            String dyad = in.readUTF();
            int checkpoint = in.readInt();
            LifecycleState lifecycle = readLifecycle(in);
            DyadAlert checkpointRecord = readAlert(in);
            DyadAlert lastEmitted = readAlert(in);
            int first = in.readInt();
            int[] counts = new int[in.readInt()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = in.readInt();
            }
            int days = in.readInt();
            List<DayTotals> unfrozen = new ArrayList<>(days);
            for (int i = 0; i < days; i++) {
                unfrozen.add(readTotals(in));
            }
            long lastInstant = in.readLong();
            LifecycleState tip = in.readBoolean() ? readLifecycle(in) : null;
            return new DyadState(dyad, checkpoint, lifecycle, checkpointRecord, lastEmitted, first, counts, unfrozen,
                    lastInstant, tip, readAlert(in));
        });
    }

    private static void writeReport(DataOutputStream out, Report r) throws IOException {
        out.writeUTF(r.eventId());
        out.writeUTF(r.articleId());
        out.writeUTF(r.type().name());
        out.writeUTF(r.cameo());
        out.writeUTF(r.plover());
        out.writeLong(r.time());
        out.writeInt(r.day());
        out.writeBoolean(r.dated());
        writeNullable(out, r.personA());
        writeNullable(out, r.personB());
        out.writeUTF(r.source());
        out.writeLong(r.publishedAt());
        writeLong(out, r.title());
        writeNullable(out, r.url());
        writeLong(out, r.sentence());
    }

    private static Report readReport(DataInputStream in) throws IOException {
        return new Report(in.readUTF(), in.readUTF(), contactType(in.readUTF()), in.readUTF(), in.readUTF(),
                in.readLong(), in.readInt(), in.readBoolean(), readNullable(in), readNullable(in), in.readUTF(),
                in.readLong(), readLong(in), readNullable(in), readLong(in));
    }

    private static void writeTotals(DataOutputStream out, DayTotals t) throws IOException {
        out.writeInt(t.day());
        out.writeInt(t.events());
        out.writeInt(t.reports());
        out.writeInt(t.sources().size());
        for (String source : t.sources()) {
            out.writeUTF(source);
        }
        out.writeInt(t.eventsByCameo().size());
        for (var entry : t.eventsByCameo().entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue());
        }
        writeEvents(out, t.newest());
    }

    private static void writeEvents(DataOutputStream out, List<MergedEvent> events) throws IOException {
        out.writeInt(events.size());
        for (MergedEvent event : events) {
            out.writeUTF(event.key());
            out.writeUTF(event.type().name());
            out.writeUTF(event.cameo());
            out.writeUTF(event.plover());
            out.writeInt(event.day());
            out.writeLong(event.time());
            out.writeInt(event.reports());
            out.writeInt(event.sources().size());
            for (String source : event.sources()) {
                out.writeUTF(source);
            }
            writeReport(out, event.first());
        }
    }

    private static DayTotals readTotals(DataInputStream in) throws IOException {
        int day = in.readInt();
        int events = in.readInt();
        int reports = in.readInt();
        TreeSet<String> sources = new TreeSet<>();
        for (int i = in.readInt(); i > 0; i--) {
            sources.add(in.readUTF());
        }
        TreeMap<String, Integer> byCameo = new TreeMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            byCameo.put(in.readUTF(), in.readInt());
        }
        return new DayTotals(day, events, reports, sources, byCameo, readEvents(in));
    }

    private static List<MergedEvent> readEvents(DataInputStream in) throws IOException {
        List<MergedEvent> newest = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String key = in.readUTF();
            ContactType type = contactType(in.readUTF());
            String cameo = in.readUTF();
            String plover = in.readUTF();
            int eventDay = in.readInt();
            long time = in.readLong();
            int eventReports = in.readInt();
            List<String> eventSources = new ArrayList<>();
            for (int j = in.readInt(); j > 0; j--) {
                eventSources.add(in.readUTF());
            }
            newest.add(new MergedEvent(key, type, cameo, plover, eventDay, time, eventReports, eventSources,
                    readReport(in)));
        }
        return newest;
    }

    private static void writeLifecycle(DataOutputStream out, LifecycleState l) throws IOException {
        out.writeUTF(l.phase().name());
        writeNullable(out, l.status() == null ? null : l.status().name());
        writeNullable(out, l.alertId());
        out.writeLong(l.openedAt());
        out.writeInt(l.level());
        out.writeLong(l.quietSince());
        out.writeLong(l.resolvedAt());
        out.writeInt(l.windowDays());
    }

    private static LifecycleState readLifecycle(DataInputStream in) throws IOException {
        LifecycleState.Phase phase = LifecycleState.Phase.valueOf(in.readUTF());
        String status = readNullable(in);
        return new LifecycleState(phase, status == null ? null : AlertStatus.valueOf(status), readNullable(in),
                in.readLong(), in.readInt(), in.readLong(), in.readLong(), in.readInt());
    }

    private static void writeAlert(DataOutputStream out, DyadAlert alert) throws IOException {
        if (alert == null) {
            out.writeInt(-1);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        ALERT_WRITER.write(alert, encoder);
        encoder.flush();
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    private static DyadAlert readAlert(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
        return ALERT_READER.read(null, decoder);
    }

    private static ContactType contactType(String name) {
        try {
            return ContactType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ContactType.UNKNOWN;
        }
    }

    private static void writeNullable(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeLong(out, text);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readLong(in) : null;
    }

    /** Strings of any length (writeUTF stops at 64 KiB). */
    private static void writeLong(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8);
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            writer.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(byte[] bytes, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new SerializationException("dyad state written in format " + version + ", this build reads "
                        + VERSION);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new SerializationException("corrupt dyad state value of " + bytes.length + " bytes", e);
        }
    }
}
