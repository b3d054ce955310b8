package dev.dyadwatch.enrich.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ActorRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts any analyst knows, as the dictionary must answer them. */
class WellKnownFactsTest {

    static final ActorDictionary DICTIONARY = ActorDictionary.loadDefault();

    @ParameterizedTest(name = "{0} {1} on {2} is {3}")
    @CsvSource({
        "PAK, HEAD_OF_GOVERNMENT, 2021-06-01, PAK.imran-khan",
        "PAK, HEAD_OF_GOVERNMENT, 2024-06-01, PAK.shehbaz-sharif",
        "PAK, HEAD_OF_GOVERNMENT, 2023-10-01, PAK.anwaar-ul-haq-kakar",
        "RUS, DEFENCE_MINISTER, 2023-01-01, RUS.sergei-shoigu",
        "RUS, DEFENCE_MINISTER, 2025-01-01, RUS.andrei-belousov",
        "GBR, HEAD_OF_GOVERNMENT, 2022-10-01, GBR.liz-truss",
        "GBR, HEAD_OF_GOVERNMENT, 2022-10-25, GBR.rishi-sunak",
        "GBR, FOREIGN_MINISTER, 2024-01-01, GBR.david-cameron",
        "GBR, HEAD_OF_STATE, 2023-05-06, GBR.charles-iii",
        "USA, HEAD_OF_STATE, 2021-01-19, USA.donald-trump",
        "USA, HEAD_OF_STATE, 2021-01-20, USA.joe-biden",
        "USA, HEAD_OF_STATE, 2025-02-01, USA.donald-trump",
        "USA, FOREIGN_MINISTER, 2019-01-01, USA.mike-pompeo",
        "USA, DEFENCE_MINISTER, 2025-03-01, USA.pete-hegseth",
        "IND, FOREIGN_MINISTER, 2020-01-01, IND.subrahmanyam-jaishankar",
        "IND, HEAD_OF_GOVERNMENT, 2015-01-01, IND.narendra-modi",
        "CHN, FOREIGN_MINISTER, 2023-05-01, CHN.qin-gang",
        "CHN, FOREIGN_MINISTER, 2023-09-01, CHN.wang-yi",
        "JPN, HEAD_OF_GOVERNMENT, 2019-06-01, JPN.shinzo-abe",
        "DEU, HEAD_OF_GOVERNMENT, 2020-01-01, DEU.angela-merkel",
        "DEU, HEAD_OF_GOVERNMENT, 2025-06-01, DEU.friedrich-merz",
        "FRA, HEAD_OF_STATE, 2016-01-01, FRA.francois-hollande",
        "TUR, HEAD_OF_GOVERNMENT, 2017-01-01, TUR.binali-yildirim",
        "TUR, HEAD_OF_GOVERNMENT, 2020-01-01, TUR.recep-tayyip-erdogan",
        "SAU, HEAD_OF_GOVERNMENT, 2023-01-01, SAU.mohammed-bin-salman",
        "IRN, HEAD_OF_GOVERNMENT, 2024-06-01, IRN.mohammad-mokhber",
        "UKR, HEAD_OF_STATE, 2019-05-19, UKR.petro-poroshenko",
        "UKR, HEAD_OF_STATE, 2022-03-01, UKR.volodymyr-zelenskyy",
        "AFG, HEAD_OF_STATE, 2023-01-01, AFG.hibatullah-akhundzada",
        "BRA, HEAD_OF_STATE, 2024-01-01, BRA.lula-da-silva",
        "MEX, HEAD_OF_STATE, 2020-01-01, MEX.andres-manuel-lopez-obrador",
        "POL, HEAD_OF_STATE, 2025-08-05, POL.andrzej-duda",
        "POL, HEAD_OF_STATE, 2025-08-06, POL.karol-nawrocki",
        "UKR, HEAD_OF_GOVERNMENT, 2025-07-17, UKR.yulia-svyrydenko",
        "UKR, DEFENCE_MINISTER, 2025-07-17, UKR.denys-shmyhal",
        "JPN, HEAD_OF_GOVERNMENT, 2025-10-21, JPN.sanae-takaichi",
        "JPN, FOREIGN_MINISTER, 2025-10-21, JPN.toshimitsu-motegi",
        "JPN, DEFENCE_MINISTER, 2025-10-21, JPN.shinjiro-koizumi",
        "FRA, HEAD_OF_GOVERNMENT, 2025-09-09, FRA.sebastien-lecornu",
        "GBR, FOREIGN_MINISTER, 2025-09-05, GBR.yvette-cooper",
        "THA, HEAD_OF_GOVERNMENT, 2025-09-07, THA.anutin-charnvirakul",
        "NPL, HEAD_OF_GOVERNMENT, 2025-09-12, NPL.sushila-karki",
        "BOL, HEAD_OF_STATE, 2025-11-08, BOL.rodrigo-paz",
        "PER, HEAD_OF_STATE, 2025-10-10, PER.jose-jeri",
        "IRL, HEAD_OF_STATE, 2025-11-11, IRL.catherine-connolly",
        "LAO, HEAD_OF_GOVERNMENT, 2025-06-30, LAO.sonexay-siphandone",
        "LAO, HEAD_OF_GOVERNMENT, 2022-12-29, LAO.phankham-viphavanh",
        "BFA, HEAD_OF_STATE, 2025-06-30, BFA.ibrahim-traore",
        "MLI, HEAD_OF_STATE, 2025-06-30, MLI.assimi-goita",
        "NER, HEAD_OF_STATE, 2024-01-01, NER.abdourahamane-tchiani",
        "GIN, HEAD_OF_STATE, 2025-06-30, GIN.mamadi-doumbouya",
        "SDN, HEAD_OF_STATE, 2025-06-30, SDN.abdel-fattah-al-burhan",
        "TCD, HEAD_OF_STATE, 2022-01-01, TCD.mahamat-deby",
        "MAR, HEAD_OF_STATE, 2025-06-30, MAR.mohammed-vi",
        "MAR, HEAD_OF_GOVERNMENT, 2025-06-30, MAR.aziz-akhannouch",
        "BHR, HEAD_OF_GOVERNMENT, 2025-06-30, BHR.salman-bin-hamad",
        "KWT, HEAD_OF_GOVERNMENT, 2025-06-30, KWT.ahmad-abdullah-al-ahmad-al-sabah",
        "HUN, HEAD_OF_GOVERNMENT, 2025-06-30, HUN.viktor-orban",
        "HUN, FOREIGN_MINISTER, 2025-06-30, HUN.peter-szijjarto",
        "ROU, HEAD_OF_STATE, 2025-06-30, ROU.nicusor-dan",
        "GHA, HEAD_OF_STATE, 2025-01-06, GHA.nana-akufo-addo",
        "GHA, HEAD_OF_STATE, 2025-01-07, GHA.john-mahama",
        "SEN, HEAD_OF_GOVERNMENT, 2025-06-30, SEN.ousmane-sonko",
        "TWN, HEAD_OF_STATE, 2024-05-20, TWN.lai-ching-te",
        "TWN, HEAD_OF_STATE, 2024-05-19, TWN.tsai-ing-wen",
        "PSE, HEAD_OF_STATE, 2025-06-30, PSE.mahmoud-abbas",
        "XKX, HEAD_OF_GOVERNMENT, 2025-06-30, XKX.albin-kurti",
        "TZA, HEAD_OF_STATE, 2021-03-19, TZA.samia-suluhu-hassan",
        "SYR, HEAD_OF_GOVERNMENT, 2025-01-01, SYR.mohammed-al-bashir",
        "TGO, HEAD_OF_GOVERNMENT, 2025-06-30, TGO.faure-gnassingbe",
        "TGO, HEAD_OF_STATE, 2025-06-30, TGO.jean-lucien-savi-de-tove",
        "BRN, HEAD_OF_GOVERNMENT, 2025-06-30, BRN.hassanal-bolkiah",
        "JPN, HEAD_OF_GOVERNMENT, 2002-09-17, JPN.junichiro-koizumi",
        "JPN, HEAD_OF_GOVERNMENT, 2007-01-01, JPN.shinzo-abe",
        "JPN, HEAD_OF_GOVERNMENT, 1977-08-18, JPN.takeo-fukuda",
        "PRK, HEAD_OF_STATE, 2002-09-17, PRK.kim-jong-il",
        "GBR, HEAD_OF_GOVERNMENT, 2005-01-01, GBR.tony-blair",
        "GBR, HEAD_OF_GOVERNMENT, 2007-06-26, GBR.tony-blair",
        "GBR, HEAD_OF_GOVERNMENT, 2007-06-27, GBR.gordon-brown",
        "USA, HEAD_OF_STATE, 2003-03-20, USA.george-w-bush",
        "USA, HEAD_OF_STATE, 2009-01-19, USA.george-w-bush",
        "USA, FOREIGN_MINISTER, 2011-06-01, USA.hillary-clinton",
        "RUS, HEAD_OF_STATE, 2004-01-01, RUS.vladimir-putin",
        "RUS, HEAD_OF_STATE, 2010-01-01, RUS.dmitry-medvedev",
        "RUS, HEAD_OF_GOVERNMENT, 2010-01-01, RUS.vladimir-putin",
        "CHN, HEAD_OF_STATE, 2001-01-01, CHN.jiang-zemin",
        "CHN, HEAD_OF_STATE, 2008-08-08, CHN.hu-jintao",
        "CHN, HEAD_OF_GOVERNMENT, 2008-08-08, CHN.wen-jiabao",
        "IND, HEAD_OF_GOVERNMENT, 2001-12-13, IND.atal-bihari-vajpayee",
        "IND, HEAD_OF_GOVERNMENT, 2008-11-26, IND.manmohan-singh",
        "PAK, HEAD_OF_STATE, 2005-01-01, PAK.pervez-musharraf",
        "PAK, HEAD_OF_STATE, 2010-01-01, PAK.asif-ali-zardari",
        "PAK, HEAD_OF_GOVERNMENT, 2010-01-01, PAK.yousaf-raza-gilani",
        "KOR, HEAD_OF_STATE, 2000-06-13, KOR.kim-dae-jung",
        "FRA, HEAD_OF_STATE, 2003-01-01, FRA.jacques-chirac",
        "FRA, HEAD_OF_STATE, 2010-01-01, FRA.nicolas-sarkozy",
        "DEU, HEAD_OF_GOVERNMENT, 2003-01-01, DEU.gerhard-schroeder",
        "BRA, HEAD_OF_STATE, 2005-01-01, BRA.lula-da-silva",
        "TUR, HEAD_OF_GOVERNMENT, 2010-01-01, TUR.recep-tayyip-erdogan",
        "TUR, HEAD_OF_STATE, 2010-01-01, TUR.abdullah-gul",
        "AUS, HEAD_OF_GOVERNMENT, 2010-01-01, AUS.kevin-rudd",
        "IRN, HEAD_OF_GOVERNMENT, 2010-01-01, IRN.mahmoud-ahmadinejad",
        "UKR, HEAD_OF_STATE, 2012-01-01, UKR.viktor-yanukovych",
        "ZAF, HEAD_OF_STATE, 2005-01-01, ZAF.thabo-mbeki",
        "EGY, HEAD_OF_STATE, 2005-01-01, EGY.hosni-mubarak",
        "AFG, HEAD_OF_STATE, 2010-01-01, AFG.hamid-karzai"
    })
    void shouldNameTheHolderOfAnOfficeOnADay(String country, ActorRole role, LocalDate day, String personId) {
        List<String> holders = DICTIONARY.terms().stream()
                .filter(t -> t.country().equals(country) && t.role() == role && t.heldOn(day))
                .map(OfficeTerm::personId).toList();
        assertThat(holders).containsExactly(personId);
    }

    @Test
    void shouldLeaveAnOfficeVacantBetweenADeathAndTheSuccessorsOath() {
        // Magufuli died on 2021-03-17; Samia Suluhu Hassan was sworn in on 2021-03-19.
        LocalDate between = LocalDate.of(2021, 3, 18);
        assertThat(DICTIONARY.terms()).noneMatch(t -> t.country().equals("TZA")
                && t.role() == ActorRole.HEAD_OF_STATE && t.heldOn(between));
    }

    @ParameterizedTest(name = "{0} {1} on {2} is {3}")
    @CsvSource({
        "PAK, Chief of Army Staff, 2016-11-28, PAK.raheel-sharif",
        "PAK, Chief of Army Staff, 2016-11-29, PAK.qamar-javed-bajwa",
        "PAK, Chief of Army Staff, 2022-11-29, PAK.asim-munir",
        "IND, Chief of the Army Staff, 2019-12-31, IND.manoj-mukund-naravane",
        "IND, Chief of the Army Staff, 2024-06-30, IND.upendra-dwivedi",
        "IND, Chief of Defence Staff, 2021-01-01, IND.bipin-rawat",
        "IND, Chief of Defence Staff, 2023-01-01, IND.anil-chauhan",
        "USA, Chairman of the Joint Chiefs of Staff, 2019-10-01, USA.mark-milley",
        "USA, Chairman of the Joint Chiefs of Staff, 2024-01-01, USA.charles-q-brown",
        "USA, Chairman of the Joint Chiefs of Staff, 2025-05-01, USA.dan-caine"
    })
    void shouldNameTheServiceChiefOnADay(String country, String title, LocalDate day, String personId) {
        List<String> holders = DICTIONARY.terms().stream()
                .filter(t -> t.country().equals(country) && t.title().equals(title) && t.heldOn(day))
                .map(OfficeTerm::personId).toList();
        assertThat(holders).containsExactly(personId);
    }

    @ParameterizedTest(name = "{0} {1} on {2} is {3}")
    @CsvSource({
        "USA, Vice President, 2016-06-01, USA.joe-biden",
        "USA, Vice President, 2021-01-20, USA.kamala-harris",
        "USA, Vice President, 2025-01-20, USA.jd-vance",
        "CHN, Vice President, 2020-01-01, CHN.wang-qishan",
        "CHN, Vice President, 2023-03-10, CHN.han-zheng",
        "USA, Secretary of the Treasury, 2025-01-28, USA.scott-bessent",
        "AUS, Minister for Trade and Tourism, 2023-05-01, AUS.don-farrell",
        "KEN, Cabinet Secretary for Defence, 2023-09-25, KEN.aden-duale",
        "PAK, Chairman Joint Chiefs of Staff Committee, 2022-11-27, PAK.sahir-shamshad-mirza",
        "IND, Chief of the Army Staff, 2012-05-30, IND.vijay-kumar-singh",
        "IND, Chief of the Army Staff, 2012-05-31, IND.bikram-singh",
        "IND, Chief of the Army Staff, 2016-12-30, IND.dalbir-singh-suhag",
        "IND, Chief of the Army Staff, 2016-12-31, IND.bipin-rawat"
    })
    void shouldNameTheSeniorOfficialOnADay(String country, String title, LocalDate day, String personId) {
        shouldNameTheServiceChiefOnADay(country, title, day, personId);
    }

    @Test
    void shouldLeaveIndiasChiefOfDefenceStaffVacantBetweenRawatsDeathAndChauhansAppointment() {
        LocalDate between = LocalDate.of(2022, 6, 1);
        assertThat(DICTIONARY.terms()).noneMatch(t -> t.country().equals("IND")
                && t.title().equals("Chief of Defence Staff") && t.heldOn(between));
    }

    @ParameterizedTest(name = "{0} is also known as {1}")
    @CsvSource({
        "RUS.sergey-lavrov, Sergei Lavrov",
        "UKR.volodymyr-zelenskyy, Volodymyr Zelensky",
        "TUR.recep-tayyip-erdogan, Recep Tayyip Erdogan",
        "PAK.shehbaz-sharif, Shahbaz Sharif",
        "BRA.lula-da-silva, Lula",
        "SAU.mohammed-bin-salman, MBS",
        "MEX.andres-manuel-lopez-obrador, AMLO",
        "BFA.ibrahim-traore, Ibrahim Traore",
        "NER.abdourahamane-tchiani, Abdourahamane Tiani",
        "TWN.lai-ching-te, William Lai",
        "PSE.mahmoud-abbas, Abu Mazen",
        "HUN.viktor-orban, Viktor Orban",
        "UKR.oleksandr-kubrakov, Alexander Kubrakov"
    })
    void shouldKnowTheVariantsOfAName(String personId, String alias) {
        assertThat(DICTIONARY.termsOf(personId)).isNotEmpty()
                .allSatisfy(term -> assertThat(term.aliases()).contains(alias));
    }
}
