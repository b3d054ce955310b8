package dev.dyadwatch.cli;

import dev.dyadwatch.enrich.eval.AnnotatorAgreement;
import dev.dyadwatch.enrich.eval.GoldSet;
import dev.dyadwatch.enrich.eval.Score;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyadwatch evaluate-agreement}: how far two independent annotations of the same gold articles agree,
 * scored as {@code evaluate-coding} scores the coder, the second annotation standing where the coder stands.
 */
@Command(name = "evaluate-agreement", mixinStandardHelpOptions = true,
        description = "Pair the articles of two folders of gold annotations by id and print precision, recall "
                + "and F1 of the second annotation against the first, with the matching evaluate-coding uses: "
                + "actor->country, contacts one to one per article on dyad + type and on dyad + type + status, "
                + "and the share of paired contacts whose dates agree.")
final class EvaluateAgreementCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "FIRST_DIR", description = "The first annotation "
            + "(e.g. src/test/resources/dev/dyadwatch/enrich/gold/heldout-7).")
    Path first;

    @CommandLine.Parameters(index = "1", paramLabel = "SECOND_DIR", description = "The second annotation of the "
            + "same articles (e.g. src/test/resources/dev/dyadwatch/enrich/agreement/heldout-7).")
    Path second;

    @CommandLine.Option(names = "--details", description = "List every item one annotation has and the other "
            + "has not.")
    boolean details;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AnnotatorAgreement.Report report;
        try {
            report = AnnotatorAgreement.compare(GoldSet.read(first), GoldSet.read(second));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s against %s: %d articles%n", second, first, report.articles());
        print(out, "actor -> country         ", report.actors());
        print(out, "contacts dyad+type       ", report.contacts());
        print(out, "contacts dyad+type+status", report.contactsWithStatus());
        out.printf(Locale.ROOT, "  dates agree               %.3f (%d of %d paired contacts)%n",
                report.dateAgreement(), report.datesMatched(), report.datesCompared());
        if (details) {
            report.differences().forEach(d -> out.println("    " + d));
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String label, Score score) {
        out.printf(Locale.ROOT, "  %s %s  first %d, second %d, agreed %d%n", label, score,
                score.truePositives() + score.falseNegatives(), score.truePositives() + score.falsePositives(),
                score.truePositives());
    }
}
