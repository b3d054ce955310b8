package dev.dyadwatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.DailyCount;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.Evidence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertFormatterTest {

    static DyadAlert alert() {
        List<DailyCount> days = new ArrayList<>();
        int[] counts = {0, 0, 1, 0, 2, 0, 12};
        for (int i = 0; i < counts.length; i++) {
            days.add(DailyCount.newBuilder().setDay(LocalDate.parse("2024-05-02").plusDays(i)).setEvents(counts[i])
                    .build());
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            evidence.add(Evidence.newBuilder().setEventKey("PAK-RUS|TELEPHONE|2024-05-08|e" + i).setCameo("041")
                    .setPlover("CONSULT/phone").setEventDate(Instant.parse("2024-05-08T00:00:00Z"))
                    .setTitle("Sharif and Putin discuss trade by phone " + i).setUrl("https://dawn.example/" + i)
                    .setSource("Dawn").setSentence("Prime Minister Shehbaz Sharif spoke with President Vladimir "
                            + "Putin by telephone on Wednesday.")
                    .setReports(3).setSources(List.of("Dawn", "Geo", "TASS")).build());
        }
        return DyadAlert.newBuilder().setAlertId("PAK-RUS@2024-05-08T14:00:00Z").setDyad("PAK-RUS")
                .setStatus(AlertStatus.OPENED).setWindowStart(Instant.parse("2024-05-02T00:00:00Z"))
                .setWindowEnd(Instant.parse("2024-05-09T00:00:00Z")).setObserved(15).setExpected(0.8).setScore(9.25)
                .setRateRatio(18.75).setDailyCounts(days).setEvidence(evidence)
                .setOpenedAt(Instant.parse("2024-05-08T14:00:00Z")).setUpdatedAt(Instant.parse("2024-05-08T14:00:00Z"))
                .setTriggerArticleId("a1").build();
    }

    @Test
    void shouldPrintAnAlertAPersonReadsAtAGlance() {
        String text = new AlertFormatter(2).text(alert());
        assertThat(text.lines().toList()).hasSize(8);
        assertThat(text).startsWith("OPENED    PAK-RUS  Pakistan - Russia  2024-05-08 14:00Z");
        assertThat(text).contains("15 events in 7 days (2024-05-02 to 2024-05-08), 0.8 expected: 18.8x, score 9.3");
        assertThat(text).contains("per day: ..1.2.+");
        assertThat(text).contains("- 2024-05-08 041 telephone: Dawn \"Sharif and Putin discuss trade by phone 0\" "
                + "(3 reports, 3 sources)");
        assertThat(text).contains("<https://dawn.example/0>");
        assertThat(text).contains("... and 3 more events");
    }

    @Test
    void shouldPrintOneJsonObjectOnOneLine() throws Exception {
        String json = new AlertFormatter(2).json(alert());
        assertThat(json).doesNotContain("\n");
        JsonNode node = new ObjectMapper().readTree(json);
        assertThat(node.get("dyad").asText()).isEqualTo("PAK-RUS");
        assertThat(node.get("countries").asText()).isEqualTo("Pakistan - Russia");
        assertThat(node.get("status").asText()).isEqualTo("OPENED");
        assertThat(node.get("observed").asInt()).isEqualTo(15);
        assertThat(node.get("windowStart").asText()).isEqualTo("2024-05-02T00:00:00Z");
        assertThat(node.get("dailyCounts")).hasSize(7);
        assertThat(node.get("evidence")).hasSize(5);
        assertThat(node.get("evidence").get(0).get("sources")).hasSize(3);
        assertThat(node.get("evidence").get(0).get("url").asText()).isEqualTo("https://dawn.example/0");
    }

    @Test
    void shouldNameCountriesByTheirIsoCodes() {
        assertThat(CountryNames.dyad("IND-PAK")).isEqualTo("India - Pakistan");
        assertThat(CountryNames.name("USA")).isEqualTo("United States");
        assertThat(CountryNames.name("QQQ")).isEqualTo("QQQ");
    }
}
