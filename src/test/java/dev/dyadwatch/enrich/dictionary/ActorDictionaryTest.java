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
    void shouldReadNationalBodiesWithAndWithoutACountry() throws IOException {
        Files.writeString(dir.resolve("bodies.tsv"), "name\tcountry\n"
                + "Security Council of Ruritania\tRUR\n"
                + "National Security Council\t\n");
        ActorDictionary merged = ActorDictionary.loadDefault().merge(ActorDictionary.load(dir));
        assertThat(merged.bodies()).contains(new NationalBody("Security Council of Ruritania", "RUR"),
                new NationalBody("Supreme National Security Council", "IRN"));
        assertThat(ActorDictionary.load(dir).bodies()).filteredOn(b -> !b.namesCountry())
                .extracting(NationalBody::name).containsExactly("National Security Council");
    }

    @Test
    void shouldRefuseANationalBodyWithABadCountryCode() throws IOException {
        Files.writeString(dir.resolve("bodies.tsv"), "name\tcountry\nSecurity Council of Russia\tru\n");
        assertThatThrownBy(() -> ActorDictionary.load(dir)).isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("bodies.tsv line 2").hasMessageContaining("'ru'");
    }

    @Test
    void shouldReadWhatThePressCallsAHolderAndLoadPeopleWithoutThatColumn() throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "person_id\tname\taliases\tcountry\trole\ttitle\tstart\tend"
                + "\tcalled\nCHN.x\tX\t\tCHN\tOTHER_OFFICIAL\tDirector\t2030-01-01\t\tTop Diplomat\n");
        assertThat(ActorDictionary.load(dir).terms()).singleElement()
                .satisfies(term -> assertThat(term.called()).containsExactly("top diplomat"));
        assertThat(ActorDictionary.loadDefault().termsOf("PAK.shehbaz-sharif")).allMatch(t -> t.called().isEmpty());
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
    @Test
    void shouldLoadACountryTableWrittenBeforeTheAmbiguousColumn() throws IOException {
        Files.writeString(dir.resolve("countries.tsv"), "iso3\tname\taliases\tadjectives\tcapitals\tpair_forms\n"
                + "GEO\tGeorgia\t\tGeorgian\tTbilisi\t\n");
        Country georgia = ActorDictionary.load(dir).country("GEO").orElseThrow();
        assertThat(georgia.ambiguous()).isEmpty();
        assertThat(georgia.isAmbiguous("Georgia")).isFalse();
    }

    @Test
    void shouldReadTheNamesThatNeedContext() throws IOException {
        Files.writeString(dir.resolve("countries.tsv"), "iso3\tname\taliases\tadjectives\tcapitals\tpair_forms"
                + "\tambiguous\nGEO\tGeorgia\t\tGeorgian\tTbilisi\t\tGeorgia\n");
        Country georgia = ActorDictionary.load(dir).country("GEO").orElseThrow();
        assertThat(georgia.isAmbiguous("Georgia")).isTrue();
        assertThat(georgia.isAmbiguous("Tbilisi")).isFalse();
    }

    @Test
    void shouldRefuseAnAmbiguousNameThatTheRowDoesNotHave() throws IOException {
        Files.writeString(dir.resolve("countries.tsv"), "iso3\tname\taliases\tadjectives\tcapitals\tpair_forms"
                + "\tambiguous\nGEO\tGeorgia\t\tGeorgian\tTbilisi\t\tAtlanta\n");
        assertThatThrownBy(() -> ActorDictionary.load(dir)).isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("countries.tsv line 2").hasMessageContaining("Atlanta");
    }

    @Test
    void shouldFindGapsAndOverlapsInTheHoldersOfARole() throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "person_id\tname\taliases\tcountry\trole\ttitle\tstart\tend\n"
                + "XXX.a\tA\t\tXXX\tHEAD_OF_STATE\tPresident\t2014-01-01\t2015-01-10\n"
                + "XXX.b\tB\t\tXXX\tHEAD_OF_STATE\tPresident\t2015-01-15\t2015-01-20\n"
                + "XXX.c\tC\t\tXXX\tHEAD_OF_STATE\tActing President\t2015-01-18\t\n");
        ActorDictionary dictionary = ActorDictionary.load(dir);
        OfficeCoverageTest.Irregular gap = new OfficeCoverageTest.Irregular("XXX", ActorRole.HEAD_OF_STATE,
                OfficeCoverageTest.Kind.GAP, LocalDate.of(2015, 1, 11), LocalDate.of(2015, 1, 14));
        OfficeCoverageTest.Irregular overlap = new OfficeCoverageTest.Irregular("XXX", ActorRole.HEAD_OF_STATE,
                OfficeCoverageTest.Kind.OVERLAP, LocalDate.of(2015, 1, 18), LocalDate.of(2015, 1, 20));
        assertThat(OfficeCoverageTest.irregularPeriods(dictionary, "XXX", ActorRole.HEAD_OF_STATE,
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 31))).containsExactly(gap, overlap);
    }
}
