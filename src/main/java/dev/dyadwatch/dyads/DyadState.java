package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.LifecycleState;
import dev.dyadwatch.avro.DyadAlert;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the dyad stage keeps of one dyad besides its recent reports: a checkpoint of everything settled (no
 * input can change it any more, being older than the grace) and the last alert sent.
 *
 * <p>The checkpoint day {@code C} splits time: instants before its start are settled, and the lifecycle and
 * alert record here are those after the last of them. Days up to {@code C - 2} are frozen: their event counts
 * are final and kept here (the merge of a day also depends on the next day's reports, hence two days). Days from
 * {@code C - 1} on are recomputed from the stored reports whenever an input touches the dyad.
 *
 * @param dyad the dyad
 * @param checkpointDay the checkpoint day {@code C}
 * @param lifecycle lifecycle after the settled instants
 * @param checkpointRecord the current alert record after the settled instants, or null
 * @param lastEmitted the last alert record published, or null
 * @param frozenFirstDay the first day of {@code frozenCounts}; earlier days had no events
 * @param frozenCounts distinct events per frozen day, from {@code frozenFirstDay} to {@code C - 2}
 * @param unfrozen totals of the days from {@code C - 1} on as of the last evaluation (without evidence)
 * @param lastInstant the latest instant evaluated, or -1
 * @param tipLifecycle the lifecycle after {@code lastInstant}, from which a later report can be evaluated
 *        without replaying what came before it; null when unknown
 * @param tipRecord the current alert record after {@code lastInstant}, or null
 */
public record DyadState(String dyad, int checkpointDay, LifecycleState lifecycle, DyadAlert checkpointRecord,
        DyadAlert lastEmitted, int frozenFirstDay, int[] frozenCounts, List<DayTotals> unfrozen, long lastInstant,
        LifecycleState tipLifecycle, DyadAlert tipRecord) {

    public DyadState {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(lifecycle, "lifecycle");
        frozenCounts = frozenCounts.clone();
        unfrozen = List.copyOf(unfrozen);
        if (frozenFirstDay + frozenCounts.length != checkpointDay - 1) {
            throw new IllegalArgumentException("frozen counts of " + dyad + " must end the day before the checkpoint"
                    + " day minus one");
        }
    }

    /** A dyad seen for the first time, settled up to {@code checkpointDay}. */
    public static DyadState fresh(String dyad, int checkpointDay) {
        return new DyadState(dyad, checkpointDay, LifecycleState.NONE, null, null, checkpointDay - 1, new int[0],
                List.of(), -1, null, null);
    }

    /** Events of a frozen day (zero before the first kept day). */
    public int frozenCount(int day) {
        int index = day - frozenFirstDay;
        return index < 0 || index >= frozenCounts.length ? 0 : frozenCounts[index];
    }

    /** The last day frozen, {@code C - 2}. */
    public int lastFrozenDay() {
        return checkpointDay - 2;
    }

    /** The totals of an unfrozen day as of the last evaluation. */
    public DayTotals unfrozenTotals(int day) {
        for (DayTotals totals : unfrozen) {
            if (totals.day() == day) {
                return totals;
            }
        }
        return DayTotals.empty(day);
    }

    /** True when nothing is left worth keeping: no events in the kept days, no open alert, nothing unsettled. */
    public boolean isIdle() {
        return !lifecycle.isOpen() && Arrays.stream(frozenCounts).allMatch(n -> n == 0)
                && unfrozen.stream().allMatch(d -> d.events() == 0);
    }

    /** A copy with another last-emitted record. */
    public DyadState withLastEmitted(DyadAlert alert) {
        return new DyadState(dyad, checkpointDay, lifecycle, checkpointRecord, alert, frozenFirstDay, frozenCounts,
                unfrozen, lastInstant, tipLifecycle, tipRecord);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DyadState s && dyad.equals(s.dyad) && checkpointDay == s.checkpointDay
                && lifecycle.equals(s.lifecycle) && Objects.equals(checkpointRecord, s.checkpointRecord)
                && Objects.equals(lastEmitted, s.lastEmitted) && frozenFirstDay == s.frozenFirstDay
                && Arrays.equals(frozenCounts, s.frozenCounts) && unfrozen.equals(s.unfrozen)
                && lastInstant == s.lastInstant && Objects.equals(tipLifecycle, s.tipLifecycle)
                && Objects.equals(tipRecord, s.tipRecord);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dyad, checkpointDay, lifecycle, frozenFirstDay, Arrays.hashCode(frozenCounts),
                lastInstant);
    }

    @Override
    public String toString() {
        return "DyadState[" + dyad + " checkpoint " + checkpointDay + " " + lifecycle + " frozen from "
                + frozenFirstDay + " " + Arrays.toString(frozenCounts) + " last " + lastInstant + "]";
    }
}
