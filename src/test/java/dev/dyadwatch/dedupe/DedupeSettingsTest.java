package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.dedupe.similarity.DuplicateRule;
import dev.dyadwatch.dedupe.similarity.SignatureScheme;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DedupeSettingsTest {

    @Test
    void shouldDefaultToASevenDayHorizonAndTheThresholdChosenOnTheLabelledPairs() {
        DedupeSettings settings = DedupeSettings.from(DyadwatchConfig.defaults());
        assertThat(settings.horizon()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.rule().threshold()).isEqualTo(DuplicateRule.DEFAULT_THRESHOLD);
        assertThat(settings.scheme()).isEqualTo(SignatureScheme.DEFAULT);
        assertThat(settings.partitions()).isEqualTo(3);
    }

    @Test
    void shouldTakeTheThresholdHorizonAndPartitionsFromConfiguration() {
        DedupeSettings settings = DedupeSettings.from(DyadwatchConfig.defaults()
                .with(Option.DEDUPE_CONTAINMENT_THRESHOLD, "0.85")
                .with(Option.DEDUPE_HORIZON_MS, "86400000")
                .with(Option.TOPIC_PARTITIONS, "12"));
        assertThat(settings.rule().threshold()).isEqualTo(0.85);
        assertThat(settings.horizon()).isEqualTo(Duration.ofDays(1));
        assertThat(settings.partitions()).isEqualTo(12);
    }

    @Test
    void shouldRejectAThresholdThatIsNotAShare() {
        assertThatThrownBy(() -> DyadwatchConfig.defaults().with(Option.DEDUPE_CONTAINMENT_THRESHOLD, "1.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dedupe.containment.threshold");
        assertThatThrownBy(() -> DyadwatchConfig.defaults().with(Option.DEDUPE_CONTAINMENT_THRESHOLD, "most"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a number between 0 and 1");
    }

    @Test
    void shouldNameTheHomeTopicAfterTheApplicationThatRunsIt() {
        DedupeSettings settings = DedupeSettings.from(DyadwatchConfig.defaults()
                .with(Option.APPLICATION_ID, "news-eu"));
        assertThat(settings.homeTopic()).isEqualTo("news-eu-dedupe-home-repartition");
        assertThat(settings.forApplication("news-us").homeTopic()).isEqualTo("news-us-dedupe-home-repartition");
    }
}
