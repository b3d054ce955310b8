package dev.dyadwatch.cli;

import dev.dyadwatch.enrich.ArticleCoder;
import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.EnrichResources;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.enrich.eval.CodingEvaluation;
import dev.dyadwatch.enrich.eval.CorpusEvaluation;
import dev.dyadwatch.enrich.eval.CorpusTruth;
import dev.dyadwatch.enrich.eval.GoldSet;
import dev.dyadwatch.enrich.text.TokenizerKind;
import dev.dyadwatch.generator.SampleCorpus;
import dev.dyadwatch.ingest.ArticleInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyadwatch evaluate-coding}: scores the coder against hand-annotated gold articles and against article
 * corpora that come with a ground truth (the bundled sample corpus with {@code --sample}).
 */
@Command(name = "evaluate-coding", mixinStandardHelpOptions = true,
        description = {EvaluateCodingCommand.DESCRIPTION, EvaluateCodingCommand.CORPORA})
final class EvaluateCodingCommand implements Callable<Integer> {

    static final String DESCRIPTION = "Code the gold articles in each folder (one JSON file per article, format in "
            + "the gold set's README) with the bundled dictionary and print precision, recall and F1 for "
            + "actor->country and for contacts (dyad + type, and dyad + type + status), and the share of dates "
            + "right.";
    static final String CORPORA = "A folder holding a ground-truth.json (the sample corpus's format) is read as "
            + "ingest reads it (HTML, text, JSON Lines) and scored on contacts, with the truth's other acceptable "
            + "codes, its dates, named people and distractors.";

    @CommandLine.Parameters(arity = "0..*", paramLabel = "DIR", description = "Folders of gold articles or corpora, "
            + "each scored on its own (e.g. src/test/resources/dev/dyadwatch/enrich/gold/dev and .../heldout).")
    List<Path> folders = new ArrayList<>();

    @CommandLine.Option(names = "--sample", description = "Also score the sample corpus bundled in the jar "
            + "(72 articles, its ground truth written independently of the coder).")
    boolean sample;

    @CommandLine.Option(names = "--details", description = "List every missed, extra or misdated item.")
    boolean details;

    @CommandLine.Option(names = "--tokenizer", paramLabel = "KIND", description = "Tokenizer to code with: "
            + "${COMPLETION-CANDIDATES} (default: NEWS).")
    TokenizerKind tokenizer = TokenizerKind.NEWS;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (folders.isEmpty() && !sample) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one DIR, or --sample");
        }
        EnrichResources resources = EnrichResources.of(ActorDictionary.loadDefault(), tokenizer);
        ArticleCoder coder = resources.newCoder(CodingLimits.DEFAULT);
        PrintWriter out = spec.commandLine().getOut();
        for (Path folder : folders) {
            if (CorpusTruth.isCorpus(folder)) {
                printCorpus(folder.toString(), new CorpusEvaluation(coder).evaluate(folder, inputs()), out);
            } else {
                printGold(folder, new CodingEvaluation(coder, resources.index()).evaluate(GoldSet.read(folder)), out);
            }
        }
        if (sample) {
            Path copy = Files.createTempDirectory("dyadwatch-sample-");
            try {
                SampleCorpus.copyTo(copy);
                printCorpus("sample corpus", new CorpusEvaluation(coder).evaluate(copy, inputs()), out);
            } finally {
                delete(copy);
            }
        }
        out.flush();
        return 0;
    }

    private static ArticleInputs inputs() {
        return ArticleInputs.builder().parallelism(1).build();
    }

    private void printGold(Path folder, CodingEvaluation.Report report, PrintWriter out) {
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

    private void printCorpus(String name, CorpusEvaluation.Report report, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d of %d articles read, %d sentences (titles included), tokenizer %s%n", name,
                report.read(), report.articles(), report.sentences(), tokenizer);
        out.printf(Locale.ROOT, "  language coded or passed   %d of %d as the truth says%n", report.languageRight(),
                report.read());
        out.printf(Locale.ROOT, "  contacts dyad+type         %s%n", report.contacts());
        out.printf(Locale.ROOT, "  contacts dyad+type+status  %s%n", report.contactsWithStatus());
        out.printf(Locale.ROOT, "  dates right                %.3f (%d of %d matched contacts whose sentence "
                + "names a date)%n", report.dateAccuracy(), report.datesMatched(), report.datesCompared());
        out.printf(Locale.ROOT, "  named people right         %d of %d%n", report.peopleMatched(),
                report.peopleCompared());
        out.printf(Locale.ROOT, "  distractors coded          %d of %d%n", report.distractorsTaken(),
                report.distractors());
        if (details) {
            report.mistakes().forEach(m -> out.println("    " + m));
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
