package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DateGranularity;
import dev.dyadwatch.avro.MentionResolution;
import dev.dyadwatch.enrich.code.CodedContact;
import dev.dyadwatch.enrich.resolve.ActorRef;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.resolve.MentionKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCoderTest {

    private final ArticleCoder coder = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    private ArticleCoding code(String published, String title, String text) {
        return coder.code(article(published, title, text));
    }

    private static List<String> keys(ArticleCoding coding) {
        return coding.contacts().stream().map(c -> c.dyad() + " " + c.type() + " " + c.status()).toList();
    }

    private static ActorRef actorNamed(ArticleCoding coding, String words) {
        return coding.resolution().allMentions().stream().filter(m -> m.text().equals(words)).map(Mention::actor)
                .findFirst().orElseThrow(() -> new AssertionError("no mention '" + words + "'"));
    }

    @Test
    void shouldResolveThePrimeMinisterOfPakistanByTheArticlesDate() {
        String text = "The Pakistani Prime Minister spoke by telephone with Russian President Vladimir Putin on "
                + "Monday.";
        assertThat(actorNamed(code("2021-06-15T10:00:00Z", "Call", text), "Pakistani Prime Minister").id())
                .isEqualTo("PAK.imran-khan");
        assertThat(actorNamed(code("2024-06-15T10:00:00Z", "Call", text), "Pakistani Prime Minister").id())
                .isEqualTo("PAK.shehbaz-sharif");
    }

    @Test
    void shouldResolveSurnamesAndTitlesToTheActorNamedEarlier() {
        ArticleCoding coding = code("2022-02-24T10:00:00Z", "PM Khan in Moscow",
                "Prime Minister Imran Khan arrived in Moscow on Wednesday. Khan later met the Russian President.");
        Mention surname = coding.resolution().allMentions().stream().filter(m -> m.text().equals("Khan"))
                .findFirst().orElseThrow();
        assertThat(surname.actor().id()).isEqualTo("PAK.imran-khan");
        assertThat(surname.resolution()).isEqualTo(MentionResolution.SHORT_FORM);
        assertThat(coding.resolution().titleMentions()).filteredOn(m -> m.kind() == MentionKind.PERSON)
                .extracting(m -> m.text() + "=" + m.actor().id()).containsExactly("Khan=PAK.imran-khan");
        assertThat(actorNamed(coding, "Russian President").id()).isEqualTo("RUS.vladimir-putin");
    }

    @Test
    void shouldIntroducePeopleByNationalityAndTitleAndFollowTheirSurname() {
        ArticleCoding coding = code("2019-02-14T10:00:00Z", "Talks",
                "Russian Deputy Defence Minister General Alexander Fomin arrived in Islamabad on Tuesday. "
                        + "Fomin met Pakistani officials on Wednesday.");
        ActorRef fomin = actorNamed(coding, "Alexander Fomin");
        assertThat(fomin.country()).isEqualTo("RUS");
        assertThat(fomin.role()).isEqualTo(ActorRole.OTHER_OFFICIAL);
        assertThat(actorNamed(coding, "Fomin")).isEqualTo(fomin);
        assertThat(keys(coding)).contains("PAK-RUS VISIT OCCURRED", "PAK-RUS CONSULT OCCURRED");
    }

    @Test
    void shouldTieSpellingVariantsToOnePerson() {
        ArticleCoding coding = code("2021-04-07T10:00:00Z", "Lavrov",
                "Sergei Lavrov held talks with Shah Mahmood Qureshi. Sergey Lavrov said more talks would follow.");
        assertThat(actorNamed(coding, "Sergei Lavrov")).isEqualTo(actorNamed(coding, "Sergey Lavrov"));
    }

    @Test
    void shouldNameBothCountriesOfAHyphenatedPair() {
        ArticleCoding coding = code("2021-04-07T10:00:00Z", "Pak-Russia ties warm",
                "Analysts said Islamabad-Moscow relations had improved.");
        assertThat(coding.resolution().actors().keySet()).contains("PAK", "RUS", "PAK.GOV", "RUS.GOV");
    }

    @Test
    void shouldNeverCodeTheDateline() {
        ArticleCoding coding = code("2021-08-25T10:00:00Z", "Call",
                "ISLAMABAD: Prime Minister Imran Khan received a telephone call from President Vladimir Putin.");
        assertThat(coding.dateline()).isEqualTo("ISLAMABAD");
        assertThat(coding.resolution().actors().keySet()).doesNotContain("PAK.GOV");
        assertThat(keys(coding)).containsExactly("PAK-RUS TELEPHONE OCCURRED");
        CodedContact call = coding.contacts().get(0);
        assertThat(call.actorA().id()).isEqualTo("RUS.vladimir-putin");
        assertThat(call.directed()).isTrue();
    }

    @Test
    void shouldNotCodeInterviewsStatementsOrCoMentions() {
        ArticleCoding coding = code("2023-05-15T10:00:00Z", "Interview",
                "Ukrainian President Volodymyr Zelenskyy said in an interview with Japan's NHK that Ukraine needed "
                        + "more air defence. Chinese Foreign Minister Wang Yi said the United States was to blame. "
                        + "India and Pakistan both reported strong exports.");
        assertThat(coding.contacts()).isEmpty();
        assertThat(coding.rejections()).extracting(r -> r.reason()).anyMatch(r -> r.startsWith("co-mention"));
    }

    @Test
    void shouldGiveDeniedAndCancelledMeetingsTheNegatedStatus() {
        ArticleCoding coding = code("2019-06-06T10:00:00Z", "Denial",
                "The Foreign Office denied reports that Prime Minister Imran Khan would meet Narendra Modi on the "
                        + "sidelines of the summit. "
                        + "A planned visit to Islamabad by Indian Foreign Secretary Vijay Gokhale had been called "
                        + "off.");
        assertThat(keys(coding)).containsExactlyInAnyOrder("IND-PAK THIRD_PARTY_MEETING NEGATED",
                "IND-PAK VISIT NEGATED");
    }

    @Test
    void shouldDateHistoricalReferencesAndKeepDurationsOut() {
        ArticleCoding coding = code("2022-02-24T10:00:00Z", "Visit",
                "Imran Khan arrived in Moscow on Wednesday, the first visit by a Pakistani leader in 23 years. "
                        + "Foreign Minister Shah Mahmood Qureshi last visited Russia last April.");
        CodedContact visit = coding.contacts().stream().filter(c -> c.status() == ContactStatus.OCCURRED)
                .findFirst().orElseThrow();
        assertThat(visit.date().start()).isEqualTo(LocalDate.of(2022, 2, 23));
        assertThat(visit.date().granularity()).isEqualTo(DateGranularity.DAY);
        CodedContact past = coding.contacts().stream().filter(c -> c.status() == ContactStatus.HISTORICAL)
                .findFirst().orElseThrow();
        assertThat(past.date().start()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(past.date().granularity()).isEqualTo(DateGranularity.MONTH);
    }

    @Test
    void shouldCodeAnnouncedVisitsAsIntentToMeet() {
        ArticleCoding coding = code("2024-06-01T10:00:00Z", "Visit",
                "Prime Minister Shehbaz Sharif will visit China next week.");
        assertThat(keys(coding)).containsExactly("CHN-PAK INTENT_TO_MEET PLANNED");
        assertThat(coding.contacts().get(0).date().granularity()).isEqualTo(DateGranularity.WEEK);
    }

    @Test
    void shouldCodeEachPairOfASummitAsMultilateral() {
        ArticleCoding coding = code("2021-03-13T10:00:00Z", "Summit",
                "The leaders of the United States, India and Japan held a summit on Friday.");
        assertThat(coding.contacts()).hasSize(3).allMatch(CodedContact::multilateral)
                .allMatch(c -> c.type() == ContactType.THIRD_PARTY_MEETING);
    }

    @Test
    void shouldCodeMeetingsOnSummitSidelinesAsThirdPartyMeetings() {
        ArticleCoding coding = code("2022-09-16T10:00:00Z", "Sidelines",
                "Prime Minister Shehbaz Sharif met President Vladimir Putin on the sidelines of the SCO summit.");
        assertThat(keys(coding)).containsExactly("PAK-RUS THIRD_PARTY_MEETING OCCURRED");
        assertThat(coding.contacts().get(0).multilateral()).isFalse();
    }

    @Test
    void shouldNotCodeAHeadlineOnItsOwn() {
        ArticleCoding coding = code("2022-08-01T10:00:00Z", "Erdogan, Putin to meet in Sochi",
                "The Turkish lira fell to a record low on Monday.");
        assertThat(coding.contacts()).isEmpty();
        assertThat(coding.resolution().titleMentions()).extracting(m -> m.actor().id())
                .contains("TUR.recep-tayyip-erdogan", "RUS.vladimir-putin");
    }

    @Test
    void shouldNotTakeAUsStateOrAPersonForACountry() {
        ArticleCoding coding = code("2024-11-06T10:00:00Z", "Elections",
                "Republicans gained ground in Georgia and Arizona. Former basketball star Michael Jordan voted early.");
        assertThat(coding.resolution().actors().keySet()).doesNotContain("GEO", "JOR");
    }

    @Test
    void shouldCountAmbiguousNamesTheArticleSupports() {
        ArticleCoding coding = code("2023-06-01T10:00:00Z", "Georgia",
                "Georgian Prime Minister Irakli Garibashvili met Turkish officials. Georgia wants closer ties.");
        assertThat(coding.resolution().actors().keySet()).contains("GEO");
    }

    @Test
    void shouldPassArticlesInOtherLanguagesThroughUncoded() {
        ArticleCoding declared = coder.code(article("2023-04-05T10:00:00Z", "Macron en Chine",
                "Le président Emmanuel Macron est arrivé mercredi à Pékin.", "fra"));
        ArticleCoding detected = code("2024-07-16T10:00:00Z", "Lula",
                "El presidente brasileño recibió este martes en Brasilia al ministro de Relaciones Exteriores de "
                        + "China, Wang Yi, y ambos conversaron sobre comercio e inversiones.");
        assertThat(declared.coded()).isFalse();
        assertThat(declared.notes()).containsExactly("not coded: language fra (declared); enrich codes English only");
        assertThat(detected.coded()).isFalse();
        assertThat(detected.language().language()).isEqualTo("spa");
        assertThat(detected.contacts()).isEmpty();
        assertThat(detected.resolution().actors()).isEmpty();
    }

    @Test
    void shouldBoundTheWorkOnAnEnormousArticle() {
        ArticleCoder small = EnrichResources.shared(DictionarySource.BUNDLED)
                .newCoder(new CodingLimits(50_000, 100, 500));
        String sentence = "Prime Minister Imran Khan spoke by telephone with President Vladimir Putin. ";
        String endless = "word ".repeat(1_000);
        ArticleCoding coding = small.code(article("2021-08-25T10:00:00Z", "Long",
                sentence.repeat(2_000) + endless));
        assertThat(coding.sentences()).hasSize(100);
        assertThat(coding.notes()).anyMatch(n -> n.contains("only the first 50000 characters"))
                .anyMatch(n -> n.contains("only the first 100 sentences"));
        assertThat(keys(coding)).containsExactly("PAK-RUS TELEPHONE OCCURRED");
    }

    @Test
    void shouldCountOneEventForSeveralReportsOfOneCall() {
        ArticleCoding coding = code("2022-01-04T10:00:00Z", "Call",
                "President Vladimir Putin held a telephone conversation with Prime Minister Imran Khan on Monday. "
                        + "Putin and Khan discussed Afghanistan. The two leaders agreed to meet soon.");
        assertThat(keys(coding)).containsExactly("PAK-RUS TELEPHONE OCCURRED", "PAK-RUS INTENT_TO_MEET PLANNED");
        assertThat(coding.contacts().get(0).reports()).isEqualTo(2);
    }
}
