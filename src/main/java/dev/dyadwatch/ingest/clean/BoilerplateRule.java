package dev.dyadwatch.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of line that scraped pages carry around an article and that are never part of it: comment forms,
 * author boxes, share prompts, cookie and newsletter notices, photo credits, tags, navigation, agency credits,
 * publication dates. Each is recognised by its wording alone; rules that need the neighbouring lines live in
 * {@link BoilerplateFilter}.
 *
 * <p>A rule is a pattern the lower-cased line must start with (or match whole, when it ends in {@code $}) and phrases
 * it may contain anywhere. Phrases are plain substrings, so a paragraph of prose costs one short scan per phrase
 * rather than a regular-expression search at every position.
 */
enum BoilerplateRule {

    COMMENT_FORM("log ?in to (reply|comment)|(name|email|e-mail|website|comment|message)\\s*(\\*|\\(required\\))?:?"
            + "( \\(.{0,40}\\))?$|post comment$|connecting to %s$|(cancel )?reply$|submit( comment)?$|"
            + "fill in your details below|enter your comment here|(change|log out)\\s*/\\s*(change|log out)|"
            + "you must be logged in",
            "please enter your comment", "please enter your name", "please enter your email",
            "you have entered an incorrect", "your email address will not be published", "required fields are marked",
            "save my name, email", "save my name and email", "notify me of follow-up", "notify me of new comments",
            "notify me of new posts", "you are commenting using your", "this site uses akismet",
            "address never made public"),
    AUTHOR("(written|posted|published|reported|compiled|filed) by\\b|(author|reporter|correspondent)\\s*:|admin$|"
            + "about the author|view all posts by|(more|all|other) (articles|stories|posts) (by|from) |"
            + "follow (him|her|them|the author)\\b|by\\s+(the\\s+)?(staff|our|special|a|an)\\s+(reporter|correspondent"
            + "|writer)|by\\s+[^,|]{1,40}[,|].{0,60}\\b(correspondent|reporter|editor|staff|writer|bureau|desk|"
            + "contributor|columnist)\\b"),
    SHARE("(like this:?|(like )?loading\\.{0,3}|share this:?|share:|sharing is caring.*|copy link|link copied)$|"
            + "click to (share|email|print)"),
    COOKIES("(accept|reject|decline|allow)( all)?( cookies)?$|(got it|i agree|manage (settings|preferences|options|"
            + "cookies)|cookie (settings|policy|preferences))!?$"),
    NEWSLETTER("subscribe\\b|(log ?in|sign ?in|sign up|register)$|donate\\b|become a (member|subscriber)",
            "newsletter", "delivered to your inbox", "straight to your inbox", "already a subscriber",
            "create a free account", "create an account", "support our journalism", "support independent journalism",
            "support quality journalism", "sign up now", "sign up today", "sign up for free", "sign up to our",
            "sign up for our", "register now", "register for free"),
    ADVERTISING("(advertisement|advertising|ad|sponsored( content)?|paid (content|post)|promoted( content)?)$|"
            + "(story|article) continues (below|after)|scroll (down )?to continue|continue reading\\b|"
            + "skip (advert|ad|to content)"),
    COPYRIGHT("(\u00a9|\\(c\\)|copyright)\\s|(terms (of (use|service)|and conditions)|privacy policy|contact us|"
            + "about us)$", "all rights reserved"),
    PHOTO_CREDIT("(photo|image|picture|file photo|file image|video|graphic|illustration|photograph)s?"
            + "( credit| courtesy)?\\s*[:/|]|\\((photo|image|file|pic)[^)]*\\)$",
            "getty images", "afp photo", "reuters/", "ap photo", "photo by "),
    TAGS("(tags?|topics?|filed under|categories|category|keywords|labels)\\s*:"),
    CREDIT("\\(?(reporting|writing|editing|additional reporting|compiled) by\\b|\\(?(with|additional) (inputs?|"
            + "reporting) from\\b|our (standards|editorial (standards|guidelines|principles))\\b|\\(?disclaimer\\s*:|"
            + "[-\u2014\u2013(]*\\s*(app|afp|reuters|ap|pti|ani|ians|tass|xinhua|agencies|agency|dpa|bernama|"
            + "anadolu|nni|inp|online|staff report|news desk|web desk)\\s*\\)?\\.?$",
            "syndicated feed", "syndicated news feed", "syndicated agency feed", "syndicated news agency feed",
            "has not been edited by"),
    NAVIGATION("(home|news|world|asia|politics|business|sports?|opinion|latest|national|international|region)"
            + "(\\s*[>\u00bb/|\u203a]\\s*[\\w ]+)+$|(previous|next|prev|older|newer)( article| post| story| page)?"
            + "\\s*(:|$|\u00bb|>)|(skip to (main )?content|back to top|jump to|menu|search|close)$"),
    PROMPT("(click|tap) here\\b|for (more|the latest) (news|updates|stories)|follow us( on)?\\b|"
            + "join (us|our \\w+ channel)|listen to (this|the) (article|story)|(print|email) this (article|story|page)|"
            + "font size|\\d+ min(ute)?s? read$|reading time\\b|(what|which) do you think\\?*$|rate this "
            + "(article|story)|was this (article|story) helpful", "download our app", "download the app"),
    DATE("((published|updated|posted|last updated|first published|modified|created)( on| at)?\\s*:?\\s*)"
            + "[\\w ,:./+-]{0,60}$|\\d+ (hours?|minutes?|mins?|days?|weeks?) ago$"),
    SHORT_JUNK("[^\\p{L}]*$");

    /** Lines longer than this are article prose, whatever words they contain. */
    static final int MAX_WORDS = 40;

    /** Words a line made only of share buttons consists of. */
    private static final Set<String> SHARE_WORDS = Set.of("share", "this", "article", "story", "on", "via", "tweet",
            "email", "e-mail", "mail", "print", "whatsapp", "facebook", "twitter", "x", "linkedin", "telegram",
            "reddit", "pinterest", "copy", "link", "messenger", "sms", "flipboard", "opens", "in", "new", "window",
            "click", "to", "tumblr", "pocket", "threads", "bluesky", "instagram", "youtube", "the", "and");
    private static final Set<String> SHARE_MARKERS = Set.of("share", "tweet", "whatsapp", "facebook", "twitter",
            "linkedin", "telegram", "reddit", "pinterest", "flipboard", "instagram", "youtube", "tumblr");
    private static final Pattern SHARE_SPLIT = Pattern.compile("[\\s|,/\u2022\u00b7()\\[\\]:]+");
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "\\bcookies?\\b.{0,200}\\b(use|uses|accept|consent|policy|experience|agree|settings|preferences|"
                    + "continuing|browse|personali[sz]e)\\b|\\b(use|uses|accept|consent to)\\b.{0,60}\\bcookies?\\b");
    private static final List<String> AUTHOR_ROLES = List.of("reporter", "correspondent", "journalist", "writer",
            "editor", "columnist", "contributor", "producer", "anchor", "blogger");
    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "\\b(is|was) (an?|the) ([\\w-]+ ){0,4}(reporter|correspondent|journalist|writer|editor|columnist|"
                    + "contributor|producer|anchor|blogger) (at|for|with|of|based)\\b");
    /** The attribution line of an embedded social post: "— Ministry (@handle) March 5, 2024". */
    private static final Pattern SOCIAL_EMBED = Pattern.compile("\\(@\\w{1,30}\\)\\s+\\w{3,9}\\.? \\d{1,2},? \\d{4}$");
    private static final BoilerplateRule[] RULES = values();

    private final Pattern start;
    private final String[] phrases;

    BoilerplateRule(String startRegex, String... phrases) {
        this.start = Pattern.compile(startRegex);
        this.phrases = phrases;
    }

    /** The rule that marks {@code line} (normalised, trimmed) as boilerplate, if any. */
    static Optional<BoilerplateRule> match(String line, int words) {
        if (words > 80) {
            return Optional.empty();
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.contains("cookie") && COOKIE_NOTICE.matcher(lower).find()) {
            return Optional.of(COOKIES);
        }
        if (words > MAX_WORDS) {
            return Optional.empty();
        }
        if (isAuthorBio(lower, words)) {
            return Optional.of(AUTHOR);
        }
        if (words <= 14 && isShareButtons(lower)) {
            return Optional.of(SHARE);
        }
        if (lower.contains("(@") && SOCIAL_EMBED.matcher(lower).find()) {
            return Optional.of(SHARE);
        }
        for (BoilerplateRule rule : RULES) {
            if (rule.start.matcher(lower).lookingAt()) {
                return Optional.of(rule);
            }
            for (String phrase : rule.phrases) {
                if (lower.contains(phrase)) {
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isAuthorBio(String lower, int words) {
        if (words > 60) {
            return false;
        }
        for (String role : AUTHOR_ROLES) {
            if (lower.contains(role)) {
                return AUTHOR_BIO.matcher(lower).find();
            }
        }
        return false;
    }

    /** A line made of share-button labels only ("Share on Facebook | Tweet | WhatsApp"). */
    static boolean isShareButtons(String lower) {
        boolean marker = false;
        for (String word : SHARE_SPLIT.split(lower)) {
            if (word.isEmpty()) {
                continue;
            }
            if (!SHARE_WORDS.contains(word)) {
                return false;
            }
            marker |= SHARE_MARKERS.contains(word);
        }
        return marker;
    }
}
