package dev.dyadwatch.generator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's ground truth as one JSON document, streamed: the settings and the expected alerts first,
 * then one line per article (its contacts, distractors and what it is a copy of), then the daily tables.
 * The format is described in the sample folder's README ({@code dyadwatch-generator-truth/1}).
 */
final class TruthWriter implements Closeable {

    static final String FORMAT = "dyadwatch-generator-truth/1";

    private final Writer out;
    private final JsonGenerator json;

    TruthWriter(Writer out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    void begin(ScenarioSettings settings, List<Rise> rises) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeStringField("scenario", settings.scenario().cliName());
        json.writeStringField("description", settings.scenario().description());
        json.writeNumberField("seed", settings.seed());
        json.writeStringField("start", settings.start().toString());
        json.writeNumberField("days", settings.days());
        json.writeNumberField("articles", settings.articles());
        json.writeStringField("focusDyad", settings.focusDyad());
        json.writeStringField("changeDay", settings.day(settings.changeDay()).toString());
        newline();
        json.writeArrayFieldStart("dyads");
        for (DyadRate rate : settings.dyads()) {
            json.writeStartObject();
            json.writeStringField("dyad", rate.dyad());
            json.writeNumberField("perThousand", rate.perThousand());
            json.writeEndObject();
        }
        json.writeEndArray();
        newline();
        json.writeArrayFieldStart("rises");
        for (Rise rise : rises) {
            json.writeStartObject();
            json.writeStringField("dyad", rise.dyad());
            json.writeStringField("from", rise.from().toString());
            json.writeStringField("until", rise.until() == null ? null : rise.until().toString());
            json.writeNumberField("factor", rise.factor());
            json.writeNumberField("baselineEventsPerDay", round(rise.baselinePerDay()));
            json.writeNumberField("risenEventsPerDay", round(rise.risenPerDay()));
            json.writeEndObject();
        }
        json.writeEndArray();
        newline();
        json.writeArrayFieldStart("volumeSpikes");
        if (settings.scenario() == Scenario.VOLUME_SPIKE) {
            json.writeStartObject();
            json.writeStringField("date", settings.day(settings.changeDay()).toString());
            json.writeNumberField("factor", settings.factor());
            json.writeEndObject();
        }
        json.writeEndArray();
        newline();
        // Every rise should alert from its first day (and resolve once it ends); no other dyad should alert.
        json.writeArrayFieldStart("expectedAlerts");
        for (Rise rise : rises) {
            json.writeStartObject();
            json.writeStringField("dyad", rise.dyad());
            json.writeStringField("from", rise.from().toString());
            json.writeStringField("resolveAfter", rise.until() == null ? null : rise.until().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        newline();
        json.writeArrayFieldStart("articles");
    }

    void article(GeneratedArticle article) throws IOException {
        newline();
        json.writeStartObject();
        json.writeStringField("url", article.url());
        json.writeStringField("source", article.source());
        json.writeStringField("publishedAt", article.publishedAtText());
        json.writeStringField("title", article.title());
        if (article.copyOf() != null) {
            json.writeStringField("copyOf", article.copyOf());
        }
        if (!article.contacts().isEmpty()) {
            json.writeArrayFieldStart("contacts");
            for (TruthContact contact : article.contacts()) {
                contact(contact);
            }
            json.writeEndArray();
        }
        if (!article.distractors().isEmpty()) {
            json.writeArrayFieldStart("distractors");
            for (TruthDistractor distractor : article.distractors()) {
                json.writeStartObject();
                json.writeStringField("kind", distractor.kind());
                json.writeStringField("dyad", distractor.dyad());
                json.writeStringField("sentence", distractor.sentence());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void contact(TruthContact contact) throws IOException {
        json.writeStartObject();
        json.writeStringField("event", contact.event());
        json.writeStringField("dyad", contact.dyad());
        json.writeStringField("cameo", contact.cameo());
        json.writeStringField("plover", contact.plover());
        json.writeStringField("type", contact.type().name());
        json.writeStringField("status", contact.status().name());
        json.writeStringField("date", contact.date().toString());
        json.writeStringField("textDate", contact.textDate().toString());
        json.writeStringField("granularity", contact.granularity().name());
        json.writeBooleanField("directed", contact.directed());
        actor("actorA", contact.actorA());
        actor("actorB", contact.actorB());
        json.writeStringField("sentence", contact.sentence());
        json.writeEndObject();
    }

    private void actor(String field, TruthActor actor) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("id", actor.id());
        json.writeStringField("country", actor.country());
        json.writeStringField("role", actor.role().name());
        json.writeEndObject();
    }

    void end(GenerationSummary summary) throws IOException {
        json.writeEndArray();
        newline();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("articles", summary.articles());
        json.writeNumberField("reports", summary.reports());
        json.writeNumberField("events", summary.events());
        json.writeNumberField("copies", summary.copies());
        json.writeEndObject();
        newline();
        json.writeObjectFieldStart("dailyVolume");
        for (Map.Entry<LocalDate, Integer> day : summary.dailyVolume().entrySet()) {
            json.writeNumberField(day.getKey().toString(), day.getValue());
        }
        json.writeEndObject();
        newline();
        json.writeObjectFieldStart("dailyEvents");
        for (Map.Entry<String, Map<LocalDate, Integer>> dyad : summary.dailyEvents().entrySet()) {
            newline();
            json.writeObjectFieldStart(dyad.getKey());
            for (Map.Entry<LocalDate, Integer> day : dyad.getValue().entrySet()) {
                json.writeNumberField(day.getKey().toString(), day.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        newline();
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private void newline() throws IOException {
        json.flush();
        out.write('\n');
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.close();
    }
}
