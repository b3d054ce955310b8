package dev.dyadwatch.dyads;

/** Event-time arithmetic on UTC days and hours, in epoch milliseconds. */
public final class EventTime {

    public static final long HOUR_MS = 3_600_000L;
    public static final long DAY_MS = 86_400_000L;

    private EventTime() {
    }

    /** The UTC day (days since 1970-01-01) holding {@code millis}; the extremes of long map to those of int. */
    public static int day(long millis) {
        long day = Math.floorDiv(millis, DAY_MS);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
    }

    /** The start of UTC day {@code day}. */
    public static long dayStart(int day) {
        return day * DAY_MS;
    }

    /** The hour (hours since the epoch) holding {@code millis}. */
    public static long hour(long millis) {
        return Math.floorDiv(millis, HOUR_MS);
    }
}
