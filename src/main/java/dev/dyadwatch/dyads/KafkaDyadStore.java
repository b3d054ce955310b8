package dev.dyadwatch.dyads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The {@link DyadStore} of a stream task, over the state stores of {@link DyadsTopology}. Keys that hold a day
 * put it as six zero-padded digits ({@code PAK-RUS|019850|event-id}) so that a range of keys is a range of days.
 */
final class KafkaDyadStore implements DyadStore {

    /** Sorts after every character of an id. */
    private static final String AFTER = "\uffff";

    private final KeyValueStore<String, byte[]> states;
    private final KeyValueStore<String, byte[]> reports;
    private final KeyValueStore<String, byte[]> details;
    private final KeyValueStore<String, byte[]> evidence;
    private final WindowStore<String, Integer> coMentions;
    private final KeyValueStore<String, Long> index;
    private final KeyValueStore<String, Long> meta;
    private final KeyValueStore<String, Long> pending;
    private final KeyValueStore<Long, Long> volume;

    KafkaDyadStore(ProcessorContext<?, ?> context) {
        this.states = context.getStateStore(DyadsTopology.STATE_STORE);
        this.reports = context.getStateStore(DyadsTopology.REPORTS_STORE);
        this.details = context.getStateStore(DyadsTopology.DAYS_STORE);
        this.evidence = context.getStateStore(DyadsTopology.EVIDENCE_STORE);
        this.coMentions = context.getStateStore(DyadsTopology.CO_MENTIONS_STORE);
        this.index = context.getStateStore(DyadsTopology.INDEX_STORE);
        this.meta = context.getStateStore(DyadsTopology.META_STORE);
        this.pending = context.getStateStore(DyadsTopology.PENDING_STORE);
        this.volume = context.getStateStore(DyadsTopology.VOLUME_STORE);
    }

    static String day(int day) {
        if (day < 0 || day > 999_999) {
            throw new IllegalArgumentException("day " + day + " is outside the years 1970 to 4707");
        }
        return String.format("%06d", day);
    }

    @Override
    public DyadState state(String dyad) {
        byte[] bytes = states.get(dyad);
        return bytes == null ? null : StateCodec.dyadState(bytes);
    }

    @Override
    public void putState(DyadState state) {
        states.put(state.dyad(), StateCodec.dyadState(state));
    }

    @Override
    public void deleteState(String dyad) {
        states.delete(dyad);
    }

    @Override
    public boolean addReport(String dyad, Report report) {
        String key = dyad + "|" + day(report.day()) + "|" + report.eventId();
        if (reports.get(key) != null) {
            return false;
        }
        reports.put(key, StateCodec.report(report));
        return true;
    }

    @Override
    public List<Report> reports(String dyad, int fromDay) {
        List<Report> found = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> range = reports.range(dyad + "|" + day(Math.max(0, fromDay)),
                dyad + "|" + AFTER)) {
            range.forEachRemaining(entry -> found.add(StateCodec.report(entry.value)));
        }
        return found;
    }

    @Override
    public void deleteReportsBefore(String dyad, int day) {
        deleteRange(reports, dyad + "|", dyad + "|" + day(Math.max(0, day)));
    }

    @Override
    public Map<Integer, DayTotals> details(String dyad, int fromDay, int toDay) {
        Map<Integer, DayTotals> found = new LinkedHashMap<>();
        if (fromDay > toDay || toDay < 0) {
            return found;
        }
        try (KeyValueIterator<String, byte[]> range = details.range(dyad + "|" + day(Math.max(0, fromDay)),
                dyad + "|" + day(toDay))) {
            range.forEachRemaining(entry -> {
                DayTotals totals = StateCodec.dayTotals(entry.value);
                found.put(totals.day(), totals);
            });
        }
        return found;
    }

    @Override
    public Map<Integer, List<MergedEvent>> evidence(String dyad, int fromDay, int toDay) {
        Map<Integer, List<MergedEvent>> found = new LinkedHashMap<>();
        if (fromDay > toDay || toDay < 0) {
            return found;
        }
        try (KeyValueIterator<String, byte[]> range = evidence.range(dyad + "|" + day(Math.max(0, fromDay)),
                dyad + "|" + day(toDay))) {
            range.forEachRemaining(entry -> found.put(Integer.parseInt(entry.key.substring(dyad.length() + 1)),
                    StateCodec.events(entry.value)));
        }
        return found;
    }

    @Override
    public void putDetails(String dyad, DayTotals totals) {
        String key = dyad + "|" + day(totals.day());
        details.put(key, StateCodec.dayTotals(new DayTotals(totals.day(), totals.events(), totals.reports(),
                totals.sources(), totals.eventsByCameo(), List.of())));
        evidence.put(key, StateCodec.events(totals.newest()));
    }

    @Override
    public void deleteDetailsBefore(String dyad, int day) {
        deleteRange(details, dyad + "|", dyad + "|" + day(Math.max(0, day)));
        deleteRange(evidence, dyad + "|", dyad + "|" + day(Math.max(0, day)));
    }

    /** Deletes the keys in {@code [from, to)}. */
    private static void deleteRange(KeyValueStore<String, byte[]> store, String from, String to) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> range = store.range(from, to)) {
            range.forEachRemaining(entry -> {
                if (!entry.key.equals(to)) {
                    keys.add(entry.key);
                }
            });
        }
        keys.forEach(store::delete);
    }

    @Override
    public int addCoMention(String dyad, int day) {
        long start = EventTime.dayStart(day);
        Integer count = coMentions.fetch(dyad, start);
        int next = (count == null ? 0 : count) + 1;
        coMentions.put(dyad, next, start);
        return next;
    }

    @Override
    public Map<Integer, Integer> coMentions(String dyad, int fromDay, int toDay) {
        Map<Integer, Integer> found = new HashMap<>();
        try (WindowStoreIterator<Integer> range = coMentions.fetch(dyad, java.time.Instant.ofEpochMilli(
                EventTime.dayStart(fromDay)), java.time.Instant.ofEpochMilli(EventTime.dayStart(toDay)))) {
            range.forEachRemaining(entry -> found.put(EventTime.day(entry.key), entry.value));
        }
        return found;
    }

    @Override
    public Map<String, Long> index() {
        Map<String, Long> all = new LinkedHashMap<>();
        try (KeyValueIterator<String, Long> entries = index.all()) {
            entries.forEachRemaining(entry -> all.put(entry.key, entry.value));
        }
        return all;
    }

    @Override
    public void putIndex(String dyad, long lastInstant) {
        index.put(dyad, lastInstant);
    }

    @Override
    public void deleteIndex(String dyad) {
        index.delete(dyad);
    }

    @Override
    public Map<String, Long> pending() {
        Map<String, Long> all = new LinkedHashMap<>();
        try (KeyValueIterator<String, Long> entries = pending.all()) {
            entries.forEachRemaining(entry -> all.put(entry.key, entry.value));
        }
        return all;
    }

    @Override
    public void putPending(String dyad, long from) {
        pending.put(dyad, from);
    }

    @Override
    public void deletePending(String dyad) {
        pending.delete(dyad);
    }

    @Override
    public long meta(String key, long orElse) {
        Long value = meta.get(key);
        return value == null ? orElse : value;
    }

    @Override
    public void putMeta(String key, long value) {
        meta.put(key, value);
    }

    @Override
    public Map<Long, Long> volume() {
        Map<Long, Long> all = new HashMap<>();
        try (KeyValueIterator<Long, Long> entries = volume.all()) {
            while (entries.hasNext()) {
                KeyValue<Long, Long> entry = entries.next();
                all.put(entry.key, entry.value);
            }
        }
        return all;
    }

    @Override
    public void putVolume(long hour, long count) {
        volume.put(hour, count);
    }

    @Override
    public void deleteVolume(long hour) {
        volume.delete(hour);
    }
}
