package dev.dyadwatch.cli;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.enrich.ArticleCoder;
import dev.dyadwatch.enrich.ArticleCoding;
import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.DictionarySource;
import dev.dyadwatch.enrich.EnrichResources;
import dev.dyadwatch.enrich.extract.ArticleFiles;
import dev.dyadwatch.enrich.extract.CodingJson;
import dev.dyadwatch.enrich.extract.CodingText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyadwatch extract}: codes articles from files and prints their actors and contacts; no Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Code articles from files or folders (.txt: first line is the title; .jsonl: url, title, "
                + "text, source, published_at, language) and print their actors and contacts. No Kafka needed.")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles to code.")
    List<Path> inputs;

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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CodingJson jsonOut = new CodingJson();
        CodingText textOut = new CodingText();
        int[] counts = new int[3];
        new ArticleFiles().read(inputs, article -> {
            ArticleCoding coding = coder.code(article);
            counts[0]++;
            counts[1] += coding.contacts().size();
            if (json) {
                out.println(jsonOut.line(coding, explain));
            } else {
                out.print(textOut.render(coding, explain));
            }
            out.flush();
        }, failure -> {
            counts[2]++;
            err.println("dyadwatch extract: " + failure.origin() + ": " + failure.reason());
        });
        err.printf("dyadwatch extract: %d articles, %d contacts, %d inputs not read%n", counts[0], counts[1],
                counts[2]);
        err.flush();
        return counts[2] > 0 && counts[0] == 0 ? 1 : 0;
    }
}
