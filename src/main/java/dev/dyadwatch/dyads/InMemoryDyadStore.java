package dev.dyadwatch.dyads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link DyadStore} in maps: the engine without Kafka, for {@code evaluate-alerts} replays, tests and benchmarks.
 * Values go through the state stores' codecs, so that a replay here keeps exactly what the topology keeps.
 */
public final class InMemoryDyadStore implements DyadStore {

    private final Map<String, DyadState> states = new HashMap<>();
    private final Map<String, TreeMap<Integer, Map<String, Report>>> reports = new HashMap<>();
    private final Map<String, TreeMap<Integer, DayTotals>> details = new HashMap<>();
    private final Map<String, TreeMap<Integer, byte[]>> evidence = new HashMap<>();
    private final Map<String, Integer> coMentions = new HashMap<>();
    private final Map<String, Long> index = new TreeMap<>();
    private final Map<String, Long> meta = new HashMap<>();
    private final Map<String, Long> pending = new TreeMap<>();
    private final Map<Long, Long> volume = new TreeMap<>();

    @Override
    public DyadState state(String dyad) {
        // Through the codec, as in the state stores, so that tests cover it.
        DyadState state = states.get(dyad);
        return state == null ? null : StateCodec.dyadState(StateCodec.dyadState(state));
    }

    @Override
    public void putState(DyadState state) {
        states.put(state.dyad(), state);
    }

    @Override
    public void deleteState(String dyad) {
        states.remove(dyad);
    }

    @Override
    public boolean addReport(String dyad, Report report) {
        Map<String, Report> day = reports.computeIfAbsent(dyad, d -> new TreeMap<>())
                .computeIfAbsent(report.day(), d -> new TreeMap<>());
        return day.putIfAbsent(report.eventId(), StateCodec.report(StateCodec.report(report))) == null;
    }

    @Override
    public List<Report> reports(String dyad, int fromDay) {
        List<Report> found = new ArrayList<>();
        reports.getOrDefault(dyad, new TreeMap<>()).tailMap(fromDay).values().forEach(d -> found.addAll(d.values()));
        return found;
    }

    @Override
    public void deleteReportsBefore(String dyad, int day) {
        TreeMap<Integer, Map<String, Report>> days = reports.get(dyad);
        if (days != null) {
            days.headMap(day).clear();
            if (days.isEmpty()) {
                reports.remove(dyad);
            }
        }
    }

    @Override
    public Map<Integer, DayTotals> details(String dyad, int fromDay, int toDay) {
        Map<Integer, DayTotals> found = new TreeMap<>();
        if (fromDay <= toDay) {
            details.getOrDefault(dyad, new TreeMap<>()).subMap(fromDay, true, toDay, true)
                    .forEach((day, totals) -> found.put(day, totals));
        }
        return found;
    }

    @Override
    public Map<Integer, List<MergedEvent>> evidence(String dyad, int fromDay, int toDay) {
        Map<Integer, List<MergedEvent>> found = new TreeMap<>();
        if (fromDay <= toDay) {
            evidence.getOrDefault(dyad, new TreeMap<>()).subMap(fromDay, true, toDay, true)
                    .forEach((day, bytes) -> found.put(day, StateCodec.events(bytes)));
        }
        return found;
    }

    @Override
    public void putDetails(String dyad, DayTotals totals) {
        // Through the codec, as in the state stores, so that tests cover it.
        DayTotals summary = StateCodec.dayTotals(StateCodec.dayTotals(new DayTotals(totals.day(), totals.events(),
                totals.reports(), totals.sources(), totals.eventsByCameo(), List.of())));
        details.computeIfAbsent(dyad, d -> new TreeMap<>()).put(totals.day(), summary);
        evidence.computeIfAbsent(dyad, d -> new TreeMap<>()).put(totals.day(), StateCodec.events(totals.newest()));
    }

    @Override
    public void deleteDetailsBefore(String dyad, int day) {
        TreeMap<Integer, DayTotals> days = details.get(dyad);
        if (days != null) {
            days.headMap(day).clear();
        }
        TreeMap<Integer, byte[]> events = evidence.get(dyad);
        if (events != null) {
            events.headMap(day).clear();
        }
    }

    @Override
    public int addCoMention(String dyad, int day) {
        return coMentions.merge(dyad + "|" + day, 1, Integer::sum);
    }

    @Override
    public Map<Integer, Integer> coMentions(String dyad, int fromDay, int toDay) {
        Map<Integer, Integer> found = new TreeMap<>();
        for (int day = fromDay; day <= toDay; day++) {
            Integer count = coMentions.get(dyad + "|" + day);
            if (count != null) {
                found.put(day, count);
            }
        }
        return found;
    }

    @Override
    public Map<String, Long> index() {
        return index;
    }

    @Override
    public void putIndex(String dyad, long lastInstant) {
        index.put(dyad, lastInstant);
    }

    @Override
    public void deleteIndex(String dyad) {
        index.remove(dyad);
    }

    @Override
    public Map<String, Long> pending() {
        return pending;
    }

    @Override
    public void putPending(String dyad, long from) {
        pending.put(dyad, from);
    }

    @Override
    public void deletePending(String dyad) {
        pending.remove(dyad);
    }

    @Override
    public long meta(String key, long orElse) {
        return meta.getOrDefault(key, orElse);
    }

    @Override
    public void putMeta(String key, long value) {
        meta.put(key, value);
    }

    @Override
    public Map<Long, Long> volume() {
        return volume;
    }

    @Override
    public void putVolume(long hour, long count) {
        volume.put(hour, count);
    }

    @Override
    public void deleteVolume(long hour) {
        volume.remove(hour);
    }

    /** Dyads with state. */
    public int dyads() {
        return states.size();
    }

    /** Stored reports over all dyads. */
    public int storedReports() {
        return reports.values().stream().flatMap(d -> d.values().stream()).mapToInt(Map::size).sum();
    }
}
