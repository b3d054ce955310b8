package dev.dyadwatch.alerts;

import dev.dyadwatch.avro.AlertStatus;
import java.time.Instant;
import java.util.List;

/**
 * The alert lifecycle of one dyad, one evaluation instant at a time: a pure function from the previous state,
 * the instant and the rate test to the next state.
 *
 * <p>Several recent window lengths are tested at each instant. An alert opens on the window whose test is
 * significant with the highest score (the shorter on a tie) and is followed on that window; when the rise no
 * longer holds there but still holds on another window (a burst that became a sustained rise), the alert
 * follows that window instead. It resolves when the rise holds on no window.
 *
 * <ul>
 *   <li>No alert (or the last one resolved) and a test is significant: the alert OPENS.</li>
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
     * @param test the test the step followed (the episode's window, or the one that opened it), null for NONE
     */
    public record Step(LifecycleState state, Transition transition, WindowedTest test) {
    }

    private final AlertSettings settings;

    public AlertLifecycle(AlertSettings settings) {
        this.settings = settings;
    }

    /** Applies the tests made at {@code instant} (event time) to {@code state}. */
    public Step step(String dyad, LifecycleState previous, long instant, List<WindowedTest> tests) {
        LifecycleState state = previous;
        if (!state.isOpen()) {
            WindowedTest best = null;
            for (WindowedTest candidate : tests) {
                if (candidate.test().significant()
                        && (best == null || candidate.test().score() > best.test().score())) {
                    best = candidate;
                }
            }
            if (best == null) {
                return new Step(state, Transition.NONE, null);
            }
            LifecycleState opened = new LifecycleState(LifecycleState.Phase.OPEN, AlertStatus.OPENED,
                    alertId(dyad, instant), instant, best.test().observed(), -1, -1, best.windowDays());
            return new Step(opened, Transition.OPENED, best);
        }
        WindowedTest followed = tests.stream().filter(t -> t.windowDays() == previous.windowDays()).findFirst()
                .orElse(tests.get(0));
        if (!followed.test().holds()) {
            WindowedTest holding = null;
            for (WindowedTest candidate : tests) {
                if (candidate.test().holds()
                        && (holding == null || candidate.test().score() > holding.test().score())) {
                    holding = candidate;
                }
            }
            if (holding != null) {
                // Follow the window the rise still holds on; its count becomes the level further steps compare with.
                followed = holding;
                state = new LifecycleState(state.phase(), state.status(), state.alertId(), state.openedAt(),
                        holding.test().observed(), -1, state.resolvedAt(), holding.windowDays());
            }
        }
        RateTest test = followed.test();
        if (test.significant() && test.observed() > state.level()
                && test.observed() >= Math.ceil(state.level() * settings.escalateFactor())) {
            return new Step(new LifecycleState(LifecycleState.Phase.OPEN, AlertStatus.ESCALATED, state.alertId(),
                    state.openedAt(), test.observed(), -1, -1, state.windowDays()), Transition.ESCALATED, followed);
        }
        if (test.holds()) {
            return new Step(withQuietSince(state, -1), Transition.UPDATED, followed);
        }
        long quietSince = state.quietSince() >= 0 ? state.quietSince() : instant;
        if (instant - quietSince >= settings.resolveAfter().toMillis()) {
            return new Step(new LifecycleState(LifecycleState.Phase.RESOLVED, AlertStatus.RESOLVED, state.alertId(),
                    state.openedAt(), state.level(), quietSince, instant, state.windowDays()), Transition.RESOLVED,
                    followed);
        }
        return new Step(withQuietSince(state, quietSince), Transition.UPDATED, followed);
    }

    /** The id of the episode of {@code dyad} opened at {@code openedAt}: stable across its updates. */
    public static String alertId(String dyad, long openedAt) {
        return dyad + "@" + Instant.ofEpochMilli(openedAt);
    }

    private static LifecycleState withQuietSince(LifecycleState state, long quietSince) {
        return new LifecycleState(state.phase(), state.status(), state.alertId(), state.openedAt(), state.level(),
                quietSince, state.resolvedAt(), state.windowDays());
    }
}
