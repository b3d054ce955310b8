package dev.dyadwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailureHandlerTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void shouldReplaceThreadsUntilTooManyFailInThePeriodThenShutDown() {
        ThreadFailureHandler handler = new ThreadFailureHandler(3, Duration.ofMinutes(10), clock);
        assertThat(handler.handle(new RuntimeException("1"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(handler.handle(new RuntimeException("2"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(handler.handle(new RuntimeException("3"))).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void shouldForgetFailuresOlderThanThePeriod() {
        ThreadFailureHandler handler = new ThreadFailureHandler(2, Duration.ofMinutes(10), clock);
        assertThat(handler.handle(new RuntimeException())).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        now = now.plus(Duration.ofMinutes(11));
        assertThat(handler.handle(new RuntimeException())).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        now = now.plus(Duration.ofMinutes(1));
        assertThat(handler.handle(new RuntimeException())).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
