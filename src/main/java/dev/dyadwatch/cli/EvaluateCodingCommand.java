package dev.dyadwatch.cli;

import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.EnrichResources;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.enrich.eval.CodingEvaluation;
import dev.dyadwatch.enrich.eval.GoldSet;
import dev.dyadwatch.enrich.text.TokenizerKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyadwatch evaluate-coding}: scores the coder against hand-annotated gold articles. */
@Command(name = "evaluate-coding", mixinStandardHelpOptions = true,
        description = "Code the gold articles in each folder (one JSON file per article, format in the gold set's "
                + "README) with the bundled dictionary and print precision, recall and F1 for actor->country and "
                + "for contacts (dyad + type, and dyad + type + status), and the share of dates right.")
final class EvaluateCodingCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of gold articles, each "
            + "scored on its own (e.g. src/test/resources/dev/dyadwatch/enrich/gold/dev and .../heldout).")
    List<Path> folders;

    @CommandLine.Option(names = "--details", description = "List every missed, extra or misdated item.")
    boolean details;

    @CommandLine.Option(names = "--tokenizer", paramLabel = "KIND", description = "Tokenizer to code with: "
            + "${COMPLETION-CANDIDATES} (default: NEWS).")
    TokenizerKind tokenizer = TokenizerKind.NEWS;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EnrichResources resources = EnrichResources.of(ActorDictionary.loadDefault(), tokenizer);
        CodingEvaluation evaluation = new CodingEvaluation(resources.newCoder(CodingLimits.DEFAULT),
                resources.index());
        PrintWriter out = spec.commandLine().getOut();
        for (Path folder : folders) {
            CodingEvaluation.Report report = evaluation.evaluate(GoldSet.read(folder));
            out.printf(Locale.ROOT, "%s: %d articles, %d sentences (titles included), tokenizer %s%n", folder,
                    report.articles(), report.sentences(), tokenizer);
            out.printf(Locale.ROOT, "  actor -> country          %s%n", report.actors());
            out.printf(Locale.ROOT, "  contacts dyad+type        %s%n", report.contacts());
            out.printf(Locale.ROOT, "  contacts dyad+type+status %s%n", report.contactsWithStatus());
            out.printf(Locale.ROOT, "  dates right               %.3f (%d of %d matched contacts)%n",
                    report.dateAccuracy(), report.datesMatched(), report.datesCompared());
            if (details) {
                report.mistakes().forEach(m -> out.println("    " + m));
            }
        }
        out.flush();
        return 0;
    }
}
