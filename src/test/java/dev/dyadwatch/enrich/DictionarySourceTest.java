package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.enrich.text.TokenizerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionarySourceTest {

    @TempDir
    Path dir;

    private void writeNewMinister() throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "person_id\tname\taliases\tcountry\trole\ttitle\tstart\tend\n"
                + "PAK.zara-qadir\tZara Qadir\t\tPAK\tFOREIGN_MINISTER\tForeign Minister\t2026-01-01\t\n");
    }

    @Test
    void shouldExtendTheBundledDictionaryWithAUsersFolder() throws IOException {
        writeNewMinister();
        DictionarySource source = DictionarySource.fromConfig(DyadwatchConfig.defaults()
                .with(Option.ENRICH_DICTIONARY_DIR, dir.toString()));
        ArticleCoding coding = EnrichResources.of(source.load(), TokenizerKind.NEWS).newCoder(CodingLimits.DEFAULT)
                .code(article("2026-02-02T10:00:00Z", "Call",
                        "Zara Qadir spoke by telephone with Sergey Lavrov on Monday."));
        assertThat(coding.resolution().actors().keySet()).contains("PAK.zara-qadir", "RUS.sergey-lavrov");
        assertThat(coding.contacts()).extracting(c -> c.dyad()).containsExactly("PAK-RUS");
    }

    @Test
    void shouldReplaceTheBundledDictionaryWhenAsked() throws IOException {
        writeNewMinister();
        DictionarySource source = DictionarySource.fromConfig(DyadwatchConfig.defaults()
                .with(Option.ENRICH_DICTIONARY_DIR, dir.toString()).with(Option.ENRICH_DICTIONARY_MODE, "replace"));
        assertThat(source.load().countries()).isEmpty();
        assertThat(source.load().termsOf("PAK.zara-qadir")).hasSize(1);
    }

    @Test
    void shouldRejectAnUnknownModeOrAReplaceWithoutFolder() {
        assertThatThrownBy(() -> DictionarySource.fromConfig(DyadwatchConfig.defaults()
                .with(Option.ENRICH_DICTIONARY_MODE, "merge"))).hasMessageContaining("extend or replace");
        assertThatThrownBy(() -> DictionarySource.fromConfig(DyadwatchConfig.defaults()
                .with(Option.ENRICH_DICTIONARY_MODE, "replace"))).hasMessageContaining("needs enrich.dictionary.dir");
    }
}
