package dev.dyadwatch.ingest.read;

import dev.dyadwatch.ingest.ArticleEmitter;
import dev.dyadwatch.ingest.LinkMemory;
import dev.dyadwatch.ingest.ValidatorStore;
import dev.dyadwatch.ingest.fetch.HttpFetcher;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What every reader needs.
 *
 * @param emitter where articles, failures and skips go
 * @param clock the time of fetches
 * @param fetcher the HTTP fetcher, created on first use
 * @param links what was already published (for {@code --follow})
 * @param validators ETags and Last-Modified of feeds, for conditional GET
 * @param maxFileBytes the largest single-article file (text or HTML) read
 */
public record ReadContext(ArticleEmitter emitter, Clock clock, Supplier<HttpFetcher> fetcher, LinkMemory links,
        ValidatorStore validators, long maxFileBytes) {
}
