package dev.dyadwatch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CastTest {

    @TempDir
    Path dir;

    private final Map<String, CountryStyle> styles = CountryStyle.loadDefault().stream()
            .collect(Collectors.toMap(CountryStyle::iso3, Function.identity()));

    private Cast cast() throws IOException {
        Files.writeString(dir.resolve("people.tsv"), """
                person_id\tname\taliases\tcountry\trole\ttitle\tstart\tend
                PAK.imran-khan\tImran Khan\t\tPAK\tHEAD_OF_GOVERNMENT\tPrime Minister\t2018-08-18\t2022-04-10
                PAK.shehbaz-sharif\tShehbaz Sharif\t\tPAK\tHEAD_OF_GOVERNMENT\tPrime Minister\t2022-04-11\t
                RUS.vladimir-putin\tVladimir Putin\t\tRUS\tHEAD_OF_STATE\tPresident\t2012-05-07\t
                CHN.xi-jinping\tXi Jinping\t\tCHN\tHEAD_OF_STATE\tPresident\t2013-03-14\t
                """);
        return new Cast(ActorDictionary.load(dir));
    }

    @Test
    void shouldPickTheHolderOfTheDay() throws IOException {
        Cast cast = cast();
        assertThat(cast.leader(styles.get("PAK"), LocalDate.of(2021, 6, 1)).name()).isEqualTo("Imran Khan");
        Figure sharif = cast.leader(styles.get("PAK"), LocalDate.of(2025, 5, 1));
        assertThat(sharif.id()).isEqualTo("PAK.shehbaz-sharif");
        assertThat(sharif.firstForms()).contains("Pakistani Prime Minister Shehbaz Sharif",
                "Prime Minister Shehbaz Sharif of Pakistan");
        assertThat(sharif.laterForms()).contains("Sharif", "Prime Minister Sharif", "the Pakistani prime minister");
        assertThat(cast.leader(styles.get("CHN"), LocalDate.of(2025, 5, 1)).shortForm()).isEqualTo("Xi");
    }

    @Test
    void shouldFallBackToTheTitleWhenNoHolderIsKnown() throws IOException {
        Figure minister = cast().holder(styles.get("KEN"), ActorRole.FOREIGN_MINISTER, LocalDate.of(2025, 5, 1));
        assertThat(minister.id()).isNull();
        assertThat(minister.name()).isNull();
        assertThat(minister.firstForms()).contains("the Kenyan foreign minister", "the foreign minister of Kenya");
        assertThat(minister.shortForm()).isEqualTo("Kenya");
    }

    @Test
    void shouldFallBackToTheOtherLeaderWhenThePreferredOfficeIsEmpty() throws IOException {
        Files.writeString(dir.resolve("people.tsv"), """
                person_id\tname\taliases\tcountry\trole\ttitle\tstart\tend
                IND.droupadi-murmu\tDroupadi Murmu\t\tIND\tHEAD_OF_STATE\tPresident\t2022-07-25\t
                """);
        Figure leader = new Cast(ActorDictionary.load(dir)).leader(styles.get("IND"), LocalDate.of(2025, 5, 1));
        assertThat(leader.name()).isEqualTo("Droupadi Murmu");
    }
}
