package dev.dyadwatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.AlertStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertLifecycleTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private final AlertLifecycle lifecycle = new AlertLifecycle(AlertSettings.defaults());

    private static List<WindowedTest> significant(int observed) {
        return List.of(new WindowedTest(7, new RateTest(observed, 0.5, 5, observed / 0.5, 90, true, true)),
                new WindowedTest(28, new RateTest(observed, 2, 1, observed / 2.0, 90, false, false)));
    }

    private static List<WindowedTest> holding(int observed) {
        return List.of(new WindowedTest(7, new RateTest(observed, 1, 2, observed, 90, false, true)));
    }

    private static List<WindowedTest> quiet() {
        return List.of(new WindowedTest(7, new RateTest(1, 1, 0.2, 1, 90, false, false)));
    }

    @Test
    void shouldOpenWhenTheTestIsSignificant() {
        AlertLifecycle.Step step = lifecycle.step("PAK-RUS", LifecycleState.NONE, 10 * DAY, significant(4));
        assertThat(step.transition()).isEqualTo(AlertLifecycle.Transition.OPENED);
        assertThat(step.state().status()).isEqualTo(AlertStatus.OPENED);
        assertThat(step.state().alertId()).isEqualTo("PAK-RUS@1970-01-11T00:00:00Z");
        assertThat(step.state().level()).isEqualTo(4);
        assertThat(step.state().windowDays()).isEqualTo(7);
    }

    @Test
    void shouldOpenOnTheMostSignificantWindowAndFollowIt() {
        List<WindowedTest> slowRise = List.of(
                new WindowedTest(7, new RateTest(1, 0.1, 1, 10, 90, false, false)),
                new WindowedTest(28, new RateTest(4, 0.4, 4, 10, 90, true, true)));
        AlertLifecycle.Step opened = lifecycle.step("PAK-RUS", LifecycleState.NONE, DAY, slowRise);
        assertThat(opened.state().windowDays()).isEqualTo(28);
        assertThat(opened.test().windowDays()).isEqualTo(28);
        AlertLifecycle.Step next = lifecycle.step("PAK-RUS", opened.state(), 2 * DAY, slowRise);
        assertThat(next.transition()).isEqualTo(AlertLifecycle.Transition.UPDATED);
        assertThat(next.state().quietSince()).isEqualTo(-1);
    }

    @Test
    void shouldStayClosedWhileNotSignificant() {
        assertThat(lifecycle.step("PAK-RUS", LifecycleState.NONE, DAY, holding(4)).transition())
                .isEqualTo(AlertLifecycle.Transition.NONE);
    }

    @Test
    void shouldEscalateOnlyPastTheStep() {
        LifecycleState open = lifecycle.step("PAK-RUS", LifecycleState.NONE, DAY, significant(4)).state();
        AlertLifecycle.Step five = lifecycle.step("PAK-RUS", open, 2 * DAY, significant(5));
        assertThat(five.transition()).isEqualTo(AlertLifecycle.Transition.UPDATED);
        AlertLifecycle.Step six = lifecycle.step("PAK-RUS", five.state(), 3 * DAY, significant(6));
        assertThat(six.transition()).isEqualTo(AlertLifecycle.Transition.ESCALATED);
        assertThat(six.state().status()).isEqualTo(AlertStatus.ESCALATED);
        assertThat(six.state().alertId()).isEqualTo(open.alertId());
        assertThat(six.state().level()).isEqualTo(6);
        assertThat(lifecycle.step("PAK-RUS", six.state(), 4 * DAY, significant(8)).transition())
                .isEqualTo(AlertLifecycle.Transition.UPDATED);
    }

    @Test
    void shouldResolveOnlyAfterTheRiseStoppedHoldingForTheResolveTime() {
        LifecycleState open = lifecycle.step("PAK-RUS", LifecycleState.NONE, DAY, significant(4)).state();
        AlertLifecycle.Step firstQuiet = lifecycle.step("PAK-RUS", open, 5 * DAY, quiet());
        assertThat(firstQuiet.transition()).isEqualTo(AlertLifecycle.Transition.UPDATED);
        assertThat(firstQuiet.state().quietSince()).isEqualTo(5 * DAY);
        AlertLifecycle.Step stillQuiet = lifecycle.step("PAK-RUS", firstQuiet.state(), 7 * DAY, quiet());
        assertThat(stillQuiet.state().isOpen()).isTrue();
        AlertLifecycle.Step resolved = lifecycle.step("PAK-RUS", stillQuiet.state(), 8 * DAY, quiet());
        assertThat(resolved.transition()).isEqualTo(AlertLifecycle.Transition.RESOLVED);
        assertThat(resolved.state().status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.state().resolvedAt()).isEqualTo(8 * DAY);
    }

    @Test
    void shouldRestartTheQuietClockWhenTheRiseHoldsAgain() {
        LifecycleState open = lifecycle.step("PAK-RUS", LifecycleState.NONE, DAY, significant(4)).state();
        LifecycleState quietOnce = lifecycle.step("PAK-RUS", open, 2 * DAY, quiet()).state();
        LifecycleState heldAgain = lifecycle.step("PAK-RUS", quietOnce, 4 * DAY, holding(4)).state();
        assertThat(heldAgain.quietSince()).isEqualTo(-1);
        assertThat(lifecycle.step("PAK-RUS", heldAgain, 5 * DAY + 1, quiet()).state().isOpen()).isTrue();
    }

    @Test
    void shouldFollowALongerWindowWhileTheRiseStillHoldsThere() {
        LifecycleState open = lifecycle.step("PAK-RUS", LifecycleState.NONE, DAY, significant(5)).state();
        List<WindowedTest> sustained = List.of(
                new WindowedTest(7, new RateTest(2, 1, 0.6, 2, 90, false, false)),
                new WindowedTest(28, new RateTest(12, 1.5, 4, 8, 90, true, true)));
        AlertLifecycle.Step step = lifecycle.step("PAK-RUS", open, 10 * DAY, sustained);
        assertThat(step.transition()).isEqualTo(AlertLifecycle.Transition.UPDATED);
        assertThat(step.state().windowDays()).isEqualTo(28);
        assertThat(step.state().level()).isEqualTo(12);
        assertThat(step.state().status()).isEqualTo(AlertStatus.OPENED);
        assertThat(step.test().windowDays()).isEqualTo(28);
        assertThat(lifecycle.step("PAK-RUS", step.state(), 20 * DAY, quiet()).state().quietSince())
                .isEqualTo(20 * DAY);
    }

    @Test
    void shouldOpenANewEpisodeAfterResolution() {
        LifecycleState resolved = new LifecycleState(LifecycleState.Phase.RESOLVED, AlertStatus.RESOLVED,
                "PAK-RUS@x", DAY, 4, DAY, 5 * DAY, 7);
        AlertLifecycle.Step reopened = lifecycle.step("PAK-RUS", resolved, 40 * DAY, significant(5));
        assertThat(reopened.transition()).isEqualTo(AlertLifecycle.Transition.OPENED);
        assertThat(reopened.state().alertId()).isNotEqualTo("PAK-RUS@x");
    }
}
