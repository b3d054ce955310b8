package dev.dyadwatch.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void shouldFindWireAndWebDatelines() {
        assertThat(Datelines.find("ISLAMABAD: Prime Minister Imran Khan said").place()).isEqualTo("ISLAMABAD");
        assertThat(Datelines.find("BEIJING, Feb. 20 (Capital Wire) -- Chinese Foreign Minister").place())
                .isEqualTo("BEIJING");
        assertThat(Datelines.find("NEW DELHI - India and the United States").place()).isEqualTo("NEW DELHI");
        String text = "MOSCOW — The Kremlin said";
        assertThat(text.substring(Datelines.find(text).end())).isEqualTo("The Kremlin said");
    }

    @Test
    void shouldLeaveTextWithoutADatelineAlone() {
        assertThat(Datelines.find("Prime Minister Imran Khan said: we are ready.").present()).isFalse();
        assertThat(Datelines.find("The talks - held in Doha - ended.").present()).isFalse();
    }
}
