package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void shouldStripTrackingParametersAndFragment() {
        assertThat(CanonicalUrl.of("https://news.example.org/world/pak-rus?utm_source=tw&utm_medium=social"
                + "&fbclid=IwAR0&gclid=abc&mc_cid=1&mc_eid=2#comments"))
                .contains("https://news.example.org/world/pak-rus");
    }

    @Test
    void shouldKeepParametersThatNameTheArticle() {
        assertThat(CanonicalUrl.of("http://example.org/story.php?id=42&utm_campaign=x&page=2"))
                .contains("http://example.org/story.php?id=42&page=2");
    }

    @Test
    void shouldLowerCaseSchemeAndHostAndDropDefaultPortButKeepPathCase() {
        assertThat(CanonicalUrl.of("HTTPS://News.Example.ORG:443/World/Story")).contains(
                "https://news.example.org/World/Story");
        assertThat(CanonicalUrl.of("http://example.org:80")).contains("http://example.org/");
        assertThat(CanonicalUrl.of("http://example.org:8080/a")).contains("http://example.org:8080/a");
    }

    @Test
    void shouldDropUserInfoAndResolveDotSegments() {
        assertThat(CanonicalUrl.of("https://user:pw@example.org/a/./b/../c")).contains("https://example.org/a/c");
    }

    @Test
    void shouldRefuseWhatIsNotAnHttpUrl() {
        assertThat(CanonicalUrl.of("ftp://example.org/a")).isEmpty();
        assertThat(CanonicalUrl.of("not a url at all")).isEmpty();
        assertThat(CanonicalUrl.of(null)).isEmpty();
        assertThat(CanonicalUrl.of("/relative/path")).isEmpty();
    }
}
