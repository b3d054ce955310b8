package dev.dyadwatch.enrich.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.avro.ActorRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadTheBundledDictionary() {
        ActorDictionary dictionary = ActorDictionary.loadDefault();
        assertThat(dictionary.country("PAK")).hasValueSatisfying(pakistan -> {
            assertThat(pakistan.capitals()).contains("Islamabad");
            assertThat(pakistan.adjectives()).contains("Pakistani");
        });
        assertThat(dictionary.asOf()).isNotNull();
        assertThat(dictionary.termsOf("PAK.shehbaz-sharif")).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(term -> term.role() == ActorRole.HEAD_OF_GOVERNMENT);
    }

    @Test
    void shouldTellWhoHeldAnOfficeOnADay() {
        OfficeTerm term = new OfficeTerm("PAK.imran-khan", "Imran Khan", java.util.List.of(), "PAK",
                ActorRole.HEAD_OF_GOVERNMENT, "Prime Minister", LocalDate.of(2018, 8, 18), LocalDate.of(2022, 4, 10));
        assertThat(term.heldOn(LocalDate.of(2021, 6, 1))).isTrue();
        assertThat(term.heldOn(LocalDate.of(2022, 4, 10))).isTrue();
        assertThat(term.heldOn(LocalDate.of(2022, 4, 11))).isFalse();
        assertThat(term.heldOn(LocalDate.of(2018, 8, 17))).isFalse();
    }

    @Test
    void shouldExtendTheBundledDictionaryWithAUsersFolder() throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "person_id\tname\taliases\tcountry\trole\ttitle\tstart\tend\n"
                + "PAK.test-minister\tTest Minister\t\tPAK\tDEFENCE_MINISTER\tDefence Minister\t2030-01-01\t\n");
        ActorDictionary merged = ActorDictionary.loadDefault().merge(ActorDictionary.load(dir));
        assertThat(merged.termsOf("PAK.test-minister")).singleElement()
                .satisfies(term -> assertThat(term.end()).isNull());
        assertThat(merged.country("RUS")).isPresent();
    }

    @Test
    void shouldNameFileAndLineOfABadRow() throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "person_id\tname\taliases\tcountry\trole\ttitle\tstart\tend\n"
                + "# a comment\n"
                + "PAK.x\tX\t\tPAK\tKING\tKing\t2020-01-01\t\n");
        assertThatThrownBy(() -> ActorDictionary.load(dir))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("people.tsv line 3")
                .hasMessageContaining("KING");
    }

    @Test
    void shouldRefuseATableWithTheWrongHeader() throws IOException {
        Files.writeString(dir.resolve("countries.tsv"), "code\tname\n");
        assertThatThrownBy(() -> ActorDictionary.load(dir)).hasMessageContaining("header");
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "person_id\tname\taliases\tcountry\trole\ttitle\tstart\tend\n"
                + "PAK.x\tX\t\tPAK\tHEAD_OF_STATE\tPresident\t2020-01-01\t2019-01-01\n");
        assertThatThrownBy(() -> ActorDictionary.load(dir)).hasMessageContaining("line 2")
                .hasMessageContaining("before it starts");
    }
}
