package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the reports of one dyad into events: reports of the same real contact become one event with its report
 * count and distinct outlets.
 *
 * <p>Two reports are of one event when they have the same contact type (a visit and its hosting are one type,
 * {@link Report#mergeType()}), the same people on each side (a
 * country or government actor matches anyone of its side), and dates within a day: the same UTC day, or an
 * undated report published within the merge window after a report of the previous day (the morning-after
 * story), which then joins that day. Two days the text gives explicitly are two contacts. An undated report in
 * an article whose other report of the dyad gives the day ("Dar arrived in Kabul on Saturday. He held talks
 * with Muttaqi.") takes that day: the article tells one story.
 *
 * <p>Reports must be added in {@link Report#MERGE_ORDER}. Every decision depends only on reports added before,
 * so the merge of a prefix of the reports is the prefix of the merge: after adding the reports up to an instant,
 * the counts are those "as of" that instant, and any arrival order of the same reports gives the same events.
 */
public final class EventMerger {

    private final String dyad;
    private final long mergeWindowMs;
    private final int evidenceMax;
    /** By origin day and type: the people seen and the latest time each can pull a next-day report. */
    private final Map<Integer, Map<ContactType, Map<Participants, Long>>> reach = new HashMap<>();
    private final Map<Integer, Day> days = new TreeMap<>();
    /** By article: the latest day its dated reports of this dyad give. */
    private final Map<String, Integer> articleDays = new HashMap<>();

    public EventMerger(String dyad, long mergeWindowMs, int evidenceMax) {
        this.dyad = dyad;
        this.mergeWindowMs = mergeWindowMs;
        this.evidenceMax = evidenceMax;
    }

    /** Adds the next report (in merge order). */
    public void add(Report report) {
        int day = report.day();
        Integer told = articleDays.get(report.articleId());
        if (report.dated()) {
            if (report.day() <= EventTime.day(report.publishedAt())) {
                articleDays.merge(report.articleId(), report.day(), Math::max);
            }
        } else if (told != null && told >= report.day() - 1) {
            day = told;
        } else if (reachedFromPreviousDay(report)) {
            day -= 1;
        }
        reach.computeIfAbsent(report.day(), d -> new HashMap<>())
                .computeIfAbsent(report.mergeType(), t -> new HashMap<>())
                .merge(Participants.of(report), report.reachesUntil(), Math::max);
        days.computeIfAbsent(day, Day::new).add(report);
    }

    /** The totals of {@code day} as of the reports added so far. */
    public DayTotals totals(int day) {
        Day found = days.get(day);
        return found == null ? DayTotals.empty(day) : found.totals();
    }

    /** Distinct events of {@code day} so far. */
    public int events(int day) {
        Day found = days.get(day);
        return found == null ? 0 : found.events;
    }

    private boolean reachedFromPreviousDay(Report report) {
        Map<Participants, Long> seen = reach.getOrDefault(report.day() - 1, Map.of()).get(report.mergeType());
        if (seen == null) {
            return false;
        }
        for (Map.Entry<Participants, Long> entry : seen.entrySet()) {
            if (report.participantsOverlap(entry.getKey().a(), entry.getKey().b())
                    && report.time() - entry.getValue() <= mergeWindowMs) {
                return true;
            }
        }
        return false;
    }

    /** The specific people on each side of a report; null stands for the country or government as a whole. */
    private record Participants(String a, String b) {
        static Participants of(Report report) {
            return new Participants(report.personA(), report.personB());
        }
    }

    /** The events of one day, as union-find clusters grouped by type and by the people they involve. */
    private final class Day {
        final int day;
        final Map<ContactType, Map<Participants, Cluster>> groups = new LinkedHashMap<>();
        int events;
        int reports;
        final TreeSet<String> sources = new TreeSet<>();
        final TreeMap<String, Integer> byCameo = new TreeMap<>();

        Day(int day) {
            this.day = day;
        }

        void add(Report report) {
            Map<Participants, Cluster> group = groups.computeIfAbsent(report.mergeType(), t -> new LinkedHashMap<>());
            Set<Cluster> matches = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map.Entry<Participants, Cluster> entry : group.entrySet()) {
                if (report.participantsOverlap(entry.getKey().a(), entry.getKey().b())) {
                    matches.add(entry.getValue().root());
                }
            }
            Cluster root;
            if (matches.isEmpty()) {
                root = new Cluster(report);
                events++;
                byCameo.merge(report.cameo(), 1, Integer::sum);
            } else {
                List<Cluster> ordered = new ArrayList<>(matches);
                ordered.sort((x, y) -> Report.MERGE_ORDER.compare(x.leader, y.leader));
                root = ordered.get(0);
                for (Cluster other : ordered.subList(1, ordered.size())) {
                    root.absorb(other);
                    events--;
                    byCameo.merge(other.leader.cameo(), -1, Integer::sum);
                }
                byCameo.values().removeIf(n -> n == 0);
                root.add(report);
            }
            group.putIfAbsent(Participants.of(report), root);
            reports++;
            sources.add(report.source());
        }

        DayTotals totals() {
            List<MergedEvent> all = new ArrayList<>();
            Set<Cluster> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map<Participants, Cluster> group : groups.values()) {
                for (Cluster cluster : group.values()) {
                    Cluster root = cluster.root();
                    if (seen.add(root)) {
                        all.add(root.toEvent(day));
                    }
                }
            }
            all.sort(MergedEvent.NEWEST_FIRST);
            return new DayTotals(day, events, reports, sources, byCameo,
                    all.subList(0, Math.min(evidenceMax, all.size())));
        }
    }

    /** A set of reports of one event (union-find node; only roots carry the totals). */
    private final class Cluster {
        Cluster parent = this;
        Report leader;
        Report first;
        int reports;
        final TreeSet<String> sources = new TreeSet<>();

        Cluster(Report report) {
            leader = report;
            first = report;
            reports = 1;
            sources.add(report.source());
        }

        Cluster root() {
            Cluster node = this;
            while (node.parent != node) {
                node.parent = node.parent.parent;
                node = node.parent;
            }
            return node;
        }

        void add(Report report) {
            reports++;
            sources.add(report.source());
            if (Report.MERGE_ORDER.compare(report, leader) < 0) {
                leader = report;
            }
            if (Report.FIRST_PUBLISHED.compare(report, first) < 0) {
                first = report;
            }
        }

        void absorb(Cluster other) {
            other.parent = this;
            reports += other.reports;
            sources.addAll(other.sources);
            if (Report.MERGE_ORDER.compare(other.leader, leader) < 0) {
                leader = other.leader;
            }
            if (Report.FIRST_PUBLISHED.compare(other.first, first) < 0) {
                first = other.first;
            }
        }

        MergedEvent toEvent(int day) {
            String key = dyad + "|" + leader.type() + "|" + java.time.LocalDate.ofEpochDay(day) + "|"
                    + leader.eventId();
            return new MergedEvent(key, leader.type(), leader.cameo(), leader.plover(), day, leader.time(), reports,
                    List.copyOf(sources), first);
        }
    }
}
