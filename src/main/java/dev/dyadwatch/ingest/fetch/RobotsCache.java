package dev.dyadwatch.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.dyadwatch.ingest.InputException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The robots.txt rules of each site, fetched once a day per scheme, host and port and parsed with crawler-commons.
 * As RFC 9309 says: a robots.txt that does not exist (4xx) allows everything; one the server cannot deliver (5xx)
 * forbids everything; a site that cannot be reached at all fails the page with the network error. A Crawl-delay
 * raises the interval between requests to that site, up to {@link FetchSettings#MAX_CRAWL_DELAY}.
 */
final class RobotsCache {

    private static final Duration TIME_TO_LIVE = Duration.ofHours(24);
    private static final int MAX_REDIRECTS = 5;

    /**
     * Whether a URL may be fetched and how often its host may be asked.
     *
     * @param allowed whether the URL may be fetched
     * @param reason why not, when not allowed
     * @param interval least time between requests to the host
     */
    record Verdict(boolean allowed, String reason, Duration interval) {
    }

    private record Entry(BaseRobotRules rules, String deniedReason, Instant fetchedAt) {
    }

    private final HttpFetcher fetcher;
    private final FetchSettings settings;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> bySite = new HashMap<>();

    RobotsCache(HttpFetcher fetcher, FetchSettings settings, Clock clock) {
        this.fetcher = fetcher;
        this.settings = settings;
        this.clock = clock;
    }

    Verdict verdict(URI uri) throws InputException {
        String site = HttpFetcher.hostKey(uri);
        Entry entry = bySite.get(site);
        if (entry == null || entry.fetchedAt().plus(TIME_TO_LIVE).isBefore(clock.instant())) {
            entry = fetchRules(uri);
            bySite.put(site, entry);
        }
        Duration interval = settings.perHostInterval();
        long crawlDelay = entry.rules().getCrawlDelay();
        if (crawlDelay > 0) {
            Duration asked = Duration.ofMillis(crawlDelay);
            asked = asked.compareTo(FetchSettings.MAX_CRAWL_DELAY) > 0 ? FetchSettings.MAX_CRAWL_DELAY : asked;
            interval = asked.compareTo(interval) > 0 ? asked : interval;
        }
        if (entry.deniedReason() != null) {
            return new Verdict(false, entry.deniedReason(), interval);
        }
        if (!entry.rules().isAllowed(uri.toString())) {
            return new Verdict(false, "robots.txt of " + siteName(uri) + " disallows " + uri.getRawPath()
                    + " for " + settings.robotName(), interval);
        }
        return new Verdict(true, null, interval);
    }

    private Entry fetchRules(URI page) throws InputException {
        URI robotsUri = page.resolve("/robots.txt");
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            HttpFetcher.Answer answer = fetcher.getRaw(robotsUri, settings.perHostInterval());
            int status = answer.status();
            if (status >= 300 && status < 400 && answer.response().headers().firstValue("location").isPresent()) {
                robotsUri = robotsUri.resolve(answer.response().headers().firstValue("location").get().strip());
                continue;
            }
            if (status >= 200 && status < 300) {
                String contentType = answer.response().headers().firstValue("content-type").orElse("text/plain");
                BaseRobotRules rules = parser.parseContent(robotsUri.toString(), answer.body(), contentType,
                        List.of(settings.robotName()));
                return new Entry(rules, null, clock.instant());
            }
            if (status >= 400 && status < 500) {
                return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null,
                        clock.instant());
            }
            return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                    "robots.txt of " + siteName(page) + " answered HTTP " + status
                            + "; the site is treated as disallowed until it can be read (RFC 9309)", clock.instant());
        }
        return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null, clock.instant());
    }

    private static String siteName(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
