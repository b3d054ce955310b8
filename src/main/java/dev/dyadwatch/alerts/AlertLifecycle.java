package dev.dyadwatch.alerts;

import dev.dyadwatch.avro.AlertStatus;
import java.time.Instant;

/**
 * The alert lifecycle of one dyad, one evaluation instant at a time: a pure function from the previous state,
 * the instant and the rate test to the next state.
 *
 * <ul>
 *   <li>No alert (or the last one resolved) and the test is significant: the alert OPENS.</li>
 *   <li>Open, still significant, and the observed count reached {@code escalateFactor} times the count at the
 *       last step: it ESCALATES.</li>
 *   <li>Open and the rise has not held (score below the resolve score) for {@code resolveAfter}: it RESOLVES.
 *       Any instant at which the rise holds again resets that clock.</li>
 * </ul>
 */
public final class AlertLifecycle {

    /** What an evaluation instant did to the lifecycle. */
    public enum Transition { NONE, OPENED, ESCALATED, UPDATED, RESOLVED }

    /**
     * The state after an instant and what changed.
     *
     * @param state the new state
     * @param transition the change; UPDATED when an open alert stays open
     */
    public record Step(LifecycleState state, Transition transition) {
    }

    private final AlertSettings settings;

    public AlertLifecycle(AlertSettings settings) {
        this.settings = settings;
    }

    /** Applies the test made at {@code instant} (event time) to {@code state}. */
    public Step step(String dyad, LifecycleState state, long instant, RateTest test) {
        if (!state.isOpen()) {
            if (!test.significant()) {
                return new Step(state, Transition.NONE);
            }
            LifecycleState opened = new LifecycleState(LifecycleState.Phase.OPEN, AlertStatus.OPENED,
                    alertId(dyad, instant), instant, test.observed(), -1, -1);
            return new Step(opened, Transition.OPENED);
        }
        if (test.significant() && test.observed() > state.level()
                && test.observed() >= Math.ceil(state.level() * settings.escalateFactor())) {
            return new Step(new LifecycleState(LifecycleState.Phase.OPEN, AlertStatus.ESCALATED, state.alertId(),
                    state.openedAt(), test.observed(), -1, -1), Transition.ESCALATED);
        }
        if (test.holds()) {
            return new Step(withQuietSince(state, -1), Transition.UPDATED);
        }
        long quietSince = state.quietSince() >= 0 ? state.quietSince() : instant;
        if (instant - quietSince >= settings.resolveAfter().toMillis()) {
            return new Step(new LifecycleState(LifecycleState.Phase.RESOLVED, AlertStatus.RESOLVED, state.alertId(),
                    state.openedAt(), state.level(), quietSince, instant), Transition.RESOLVED);
        }
        return new Step(withQuietSince(state, quietSince), Transition.UPDATED);
    }

    /** The id of the episode of {@code dyad} opened at {@code openedAt}: stable across its updates. */
    public static String alertId(String dyad, long openedAt) {
        return dyad + "@" + Instant.ofEpochMilli(openedAt);
    }

    private static LifecycleState withQuietSince(LifecycleState state, long quietSince) {
        return new LifecycleState(state.phase(), state.status(), state.alertId(), state.openedAt(), state.level(),
                quietSince, state.resolvedAt());
    }
}
