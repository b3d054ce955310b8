package dev.dyadwatch.ingest;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.ingest.clean.ArticleIdentity;
import dev.dyadwatch.ingest.clean.BoilerplateFilter;
import dev.dyadwatch.ingest.clean.CanonicalUrl;
import dev.dyadwatch.ingest.clean.ContentHash;
import dev.dyadwatch.ingest.clean.Datelines;
import dev.dyadwatch.ingest.clean.Languages;
import dev.dyadwatch.ingest.clean.TextBlock;
import dev.dyadwatch.ingest.clean.TextNormalizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an {@link ArticleDraft} into the {@code RawArticle} published to {@code articles-raw}: text normalised,
 * boilerplate removed, dateline moved to its own field, paragraphs joined by blank lines, canonical URL, content hash
 * and id computed, language declared or detected, source and publication time filled in.
 */
public final class ArticleAssembler {

    /** A crawled page with fewer words than this after cleaning is not an article. */
    static final int MIN_CRAWLED_WORDS = 50;

    private ArticleAssembler() {
    }

    /** The article, or an {@link InputException} saying why there is none. */
    public static RawArticle assemble(ArticleDraft draft) throws InputException {
        String title = draft.title() == null ? "" : TextNormalizer.normalizeLine(draft.title());
        List<TextBlock> blocks = new ArrayList<>(draft.blocks().size());
        for (TextBlock block : draft.blocks()) {
            String text = TextNormalizer.normalizeLine(block.text());
            if (!text.isEmpty()) {
                blocks.add(new TextBlock(text, block.kind(), block.linkDensity()));
            }
        }
        BoilerplateFilter.Result cleaned = BoilerplateFilter.clean(title, blocks);
        Datelines.Split split = Datelines.split(cleaned.kept());
        String text = String.join("\n\n", split.paragraphs());
        if (text.isEmpty()) {
            throw new NoArticleTextException("no article text left after removing boilerplate ("
                    + blocks.size() + " blocks read, " + cleaned.dropped().size() + " dropped)");
        }
        if (draft.crawled() && words(text) < MIN_CRAWLED_WORDS) {
            throw new NoArticleTextException("not an article: " + words(text) + " words of main text");
        }
        if (title.isEmpty()) {
            throw new InputException("the article has no title");
        }
        Optional<String> canonical = CanonicalUrl.of(draft.declaredUrl()).or(() -> CanonicalUrl.of(draft.url()));
        String contentHash = ContentHash.ofFolded(ContentHash.joinFolds(folds(cleaned, split)));
        Optional<String> language = Languages.normalize(draft.declaredLanguage()).or(() -> Languages.detect(text));
        return RawArticle.newBuilder()
                .setId(ArticleIdentity.id(canonical, contentHash))
                .setUrl(draft.url())
                .setCanonicalUrl(canonical.orElse(null))
                .setTitle(title)
                .setText(text)
                .setDateline(split.dateline().orElse(null))
                .setSource(source(draft, canonical))
                .setPublishedAt(draft.publishedAt() == null ? draft.fetchedAt() : draft.publishedAt())
                .setPublishedAtSource(draft.timeSource())
                .setFetchedAt(draft.fetchedAt())
                .setLanguage(language.orElse(null))
                .setInputFormat(draft.format())
                .setOrigin(draft.origin())
                .setContentHash(contentHash)
                .build();
    }

    /** The folds of the published paragraphs: the filter's, the first one folded again if a dateline left it. */
    private static List<String> folds(BoilerplateFilter.Result cleaned, Datelines.Split split) {
        if (split.dateline().isEmpty()) {
            return cleaned.keptFolds();
        }
        List<String> folds = new ArrayList<>(cleaned.keptFolds().subList(1, cleaned.keptFolds().size()));
        if (split.paragraphs().size() == cleaned.kept().size()) {
            folds.add(0, ContentHash.fold(split.paragraphs().get(0)));
        }
        return folds;
    }

    private static String source(ArticleDraft draft, Optional<String> canonical) {
        if (draft.source() != null && !draft.source().isBlank()) {
            return TextNormalizer.normalizeLine(draft.source());
        }
        return canonical.or(() -> Optional.ofNullable(draft.url())).map(ArticleAssembler::host).orElse("unknown");
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return "unknown";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
