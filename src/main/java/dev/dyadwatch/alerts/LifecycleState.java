package dev.dyadwatch.alerts;

import dev.dyadwatch.avro.AlertStatus;
import java.util.Objects;

/**
 * Where one dyad stands in the alert lifecycle after some evaluation instant.
 *
 * @param phase no alert yet, an open alert, or the last alert resolved
 * @param status OPENED or ESCALATED while open, RESOLVED after; null in phase NONE
 * @param alertId id of the current or last alert episode, null in phase NONE
 * @param openedAt event time the current or last episode opened
 * @param level observed events at opening or at the last escalation
 * @param quietSince event time since which the rise has not held, or -1 while it holds
 * @param resolvedAt event time the last episode resolved, or -1
 * @param windowDays length of the recent window the episode opened on and is followed on, 0 in phase NONE
 */
public record LifecycleState(Phase phase, AlertStatus status, String alertId, long openedAt, int level,
        long quietSince, long resolvedAt, int windowDays) {

    /** Lifecycle phases. */
    public enum Phase { NONE, OPEN, RESOLVED }

    /** A dyad that has never alerted. */
    public static final LifecycleState NONE = new LifecycleState(Phase.NONE, null, null, -1, 0, -1, -1, 0);

    public LifecycleState {
        Objects.requireNonNull(phase, "phase");
        if (phase != Phase.NONE && (status == null || alertId == null)) {
            throw new IllegalArgumentException("an alert episode needs a status and an id");
        }
    }

    public boolean isOpen() {
        return phase == Phase.OPEN;
    }
}
