package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate-agreement} on heldout-7's two independent annotations: the second reader against the first.
 * Floors, not exact figures, so that a corrected annotation does not break the build unless agreement falls.
 */
class EvaluateAgreementCommandTest {

    private static final String ENRICH = "src/test/resources/dev/dyadwatch/enrich/";

    private final CommandRun command = new CommandRun();

    private static double f1(String printed, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " +P [0-9.]+ +R [0-9.]+ +F1 ([0-9.]+)").matcher(printed);
        assertThat(m.find()).as("a line for %s in%n%s", label, printed).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void shouldFindTwoReadersOfHeldout7AgreeOnContacts() {
        assertThat(command.run("evaluate-agreement", ENRICH + "gold/heldout-7", ENRICH + "agreement/heldout-7"))
                .isZero();
        String printed = command.out();
        assertThat(printed).contains(": 17 articles");
        assertThat(f1(printed, "contacts dyad+type ")).isGreaterThanOrEqualTo(0.86);
        assertThat(f1(printed, "contacts dyad+type+status")).isGreaterThanOrEqualTo(0.85);
        assertThat(f1(printed, "actor -> country")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldRefuseFoldersWithNoArticleInCommon(@TempDir Path dir) throws Exception {
        Path one = Files.copy(Path.of(ENRICH + "agreement/heldout-7/01-shehbaz-tehran-state-agency.json"),
                Files.createDirectory(dir.resolve("one")).resolve("a.json"));
        Path two = Files.copy(Path.of(ENRICH + "agreement/heldout-7/02-jaishankar-moscow-tv.json"),
                Files.createDirectory(dir.resolve("two")).resolve("b.json"));
        assertThat(command.run("evaluate-agreement", one.getParent().toString(), two.getParent().toString()))
                .isEqualTo(2);
        assertThat(command.err()).contains("the two annotations have no article in common");
    }
}
