package dev.dyadwatch.cli;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.enrich.ArticleCoder;
import dev.dyadwatch.enrich.ArticleCoding;
import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.DictionarySource;
import dev.dyadwatch.enrich.EnrichResources;
import dev.dyadwatch.enrich.extract.CodingJson;
import dev.dyadwatch.enrich.extract.CodingText;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.ArticleSink;
import dev.dyadwatch.ingest.InputFailure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyadwatch extract}: codes articles read the way ingest reads them (files, folders, .gz, JSON Lines and
 * arrays, HTML, feeds, URL lists, WARC, URLs) and prints their actors and contacts; no Kafka. Exits 1 when any
 * input failed, after coding everything else.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {ExtractCommand.DESCRIPTION, ExtractCommand.FAILURES})
final class ExtractCommand implements Callable<Integer> {

    static final String DESCRIPTION = "Code articles and print their actors and contacts. No Kafka needed. Reads "
            + "what ingest reads: files, folders (recursive), .gz files, .txt (first line is the title), .html pages, "
            + "JSON Lines or JSON arrays (url, title, text, source, published_at, language), RSS/Atom feeds, URL "
            + "lists, WARC crawls and http(s) URLs.";
    static final String FAILURES = "Inputs that cannot be read are listed on stderr (the first "
            + ExtractCommand.LISTED_FAILURES + ", then a count) and make the exit status 1.";

    /** Failures listed one by one on stderr; the rest are counted, so a wrong input cannot flood the terminal. */
    static final int LISTED_FAILURES = 200;

    @CommandLine.Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Articles to code.")
    List<String> inputs;

    @CommandLine.Option(names = "--json", description = "One JSON object per article on each line.")
    boolean json;

    @CommandLine.Option(names = "--explain", description = "Show the words that triggered each contact and the "
            + "candidates that were turned down, with the reason.")
    boolean explain;

    @CommandLine.Option(names = "--dictionary-dir", paramLabel = "DIR", description = "Actor dictionary folder of "
            + "your own (default: enrich.dictionary.dir from --config or the environment).")
    Path dictionaryDir;

    @CommandLine.Option(names = "--dictionary-mode", paramLabel = "extend|replace", description = "Whether the "
            + "folder extends the bundled dictionary or replaces it (default: extend).")
    String dictionaryMode;

    @CommandLine.Option(names = "--config", paramLabel = "FILE", description = "Properties file with dyadwatch "
            + "options (enrich.dictionary.dir, enrich.dictionary.mode).")
    Path configFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Map<Option, String> flags = new EnumMap<>(Option.class);
        if (dictionaryDir != null) {
            flags.put(Option.ENRICH_DICTIONARY_DIR, dictionaryDir.toString());
        }
        if (dictionaryMode != null) {
            flags.put(Option.ENRICH_DICTIONARY_MODE, dictionaryMode);
        }
        DyadwatchConfig config = dev.dyadwatch.config.ConfigLoader.load(configFile, System.getenv(), flags);
        ArticleCoder coder = EnrichResources.shared(DictionarySource.fromConfig(config))
                .newCoder(CodingLimits.DEFAULT);
        Printer printer = new Printer(coder, spec.commandLine().getOut(), spec.commandLine().getErr());
        ArticleInputs.withDefaults().read(inputs, printer);
        return printer.finish();
    }

    /** Codes and prints each article as it is read (in input order, on the reading thread). */
    private final class Printer implements ArticleSink {
        private final ArticleCoder coder;
        private final PrintWriter out;
        private final PrintWriter err;
        private final CodingJson jsonOut = new CodingJson();
        private final CodingText textOut = new CodingText();
        private int articles;
        private int contacts;
        private int failed;
        private int skipped;

        Printer(ArticleCoder coder, PrintWriter out, PrintWriter err) {
            this.coder = coder;
            this.out = out;
            this.err = err;
        }

        @Override
        public void accept(RawArticle article) {
            ArticleCoding coding = coder.code(article);
            articles++;
            contacts += coding.contacts().size();
            if (json) {
                out.println(jsonOut.line(coding, explain));
            } else {
                out.print(textOut.render(coding, explain));
            }
            out.flush();
        }

        @Override
        public void reject(InputFailure failure) {
            failed++;
            if (failed <= LISTED_FAILURES) {
                err.println("dyadwatch extract: FAILED " + failure.origin() + ": " + failure.reason());
                err.flush();
            }
        }

        @Override
        public void skip(String origin, String reason) {
            skipped++;
            if (explain) {
                err.println("dyadwatch extract: skipped " + origin + ": " + reason);
                err.flush();
            }
        }

        int finish() {
            if (failed > LISTED_FAILURES) {
                err.printf("dyadwatch extract: ... and %,d more failures%n", failed - LISTED_FAILURES);
            }
            err.printf("dyadwatch extract: %d articles, %d contacts, %d inputs failed, %d skipped%n", articles,
                    contacts, failed, skipped);
            err.flush();
            return failed > 0 ? 1 : 0;
        }
    }
}
