package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * Nouns that, after a nationality ("Russian officials", "a Pakistani delegation", "Indian troops"), make a group
 * acting for that state; and those that do not ("Japanese broadcaster", "Chinese business leaders"), which keep a
 * foreign outlet or company from passing for a government.
 */
public final class ActorNouns {

    private static final Set<String> GROUPS = WordSet.of("officials", "official", "delegation", "delegations",
            "government", "governments", "side", "sides", "authorities", "administration", "military", "troops",
            "forces", "force", "navy", "army", "diplomats", "diplomat", "team", "negotiators", "contingent",
            "counterpart", "counterparts", "ministry", "office", "embassy", "mission", "cabinet", "leadership",
            "establishment", "regime", "parliamentarians", "lawmakers", "envoy", "envoys", "soldiers", "warships",
            "ships", "jets", "personnel", "commanders", "generals", "ministers", "leaders", "officers", "vessels",
            "airmen", "sailors", "marines", "units", "battalion", "squadron", "guard", "coastguard", "guards",
            "police", "agents", "inspectors", "monitors", "navies", "armies", "militaries", "ministries",
            "embassies", "missions", "teams", "delegates", "representatives", "coastguards", "fleets", "fleet");
    private static final Set<String> NOT_ACTORS = WordSet.of("broadcaster", "media", "newspaper", "newspapers",
            "agency", "outlet", "outlets", "television", "tv", "channel", "journalist", "journalists", "reporter",
            "reporters", "press", "magazine", "daily", "radio", "network", "website", "blogger", "business",
            "businesses", "businessmen", "businessman", "company", "companies", "firm", "firms", "investors",
            "investor", "traders", "trader", "banks", "bank", "executives", "entrepreneurs", "industry",
            "analysts", "analyst", "scholars", "experts", "students", "tourists", "citizens", "people", "public",
            "nationals", "fans", "athletes", "team's", "club", "players", "artists", "workers", "community",
            "diaspora", "opposition", "protesters", "rebels", "militants", "separatists", "hackers", "court",
            "courts", "judge", "scientists", "researchers", "engineers", "doctors", "pilgrims", "crude", "gas",
            "oil", "goods", "exports", "imports", "market", "markets", "economy", "currency");
    private static final Set<String> SKIPPABLE = WordSet.of("senior", "top", "high-level", "military", "naval",
            "defence", "defense", "trade", "foreign", "security", "government", "official", "economic", "visiting",
            "state", "high", "level", "-", "special", "air", "special-forces", "armed", "air-force", "border",
            "health", "energy", "commerce", "finance", "parliamentary", "technical", "intelligence", "public",
            "private", "state-run", "state-owned", "news", "public-service", "coast", "border-security", "customs",
            // "Afghanistan's de facto authorities", "Bangladesh's interim government"
            "de", "facto", "interim");

    private ActorNouns() {
    }

    /** What follows a nationality word. */
    public enum Kind { GROUP, NOT_ACTOR, NONE }

    /**
     * The noun after a nationality word at {@code from} (a few modifiers such as "senior", "trade", "naval" may
     * come first), as {@code {kind, end}} where end is one past the noun.
     */
    public static int[] after(List<Token> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
            String w = tokens.get(i).lower();
            if (NOT_ACTORS.contains(w)) {
                return new int[] {Kind.NOT_ACTOR.ordinal(), i + 1};
            }
            if (GROUPS.contains(w)) {
                return new int[] {Kind.GROUP.ordinal(), i + 1};
            }
            if (!SKIPPABLE.contains(w)) {
                break;
            }
        }
        return new int[] {Kind.NONE.ordinal(), from};
    }

    private static final Set<String> PLACES = WordSet.of("city", "resort", "capital", "town", "port", "region",
            "province", "island", "village", "enclave", "soil", "territory", "coast", "waters", "airspace", "far",
            "border", "cities", "base", "airbase");

    /** True for a noun that makes a nationality a place: "the Turkish resort of Antalya", "Russian soil". */
    public static boolean isPlaceNoun(Token token) {
        return PLACES.contains(token.lower());
    }

    private static final Set<String> CURRENCIES = WordSet.of("dollar", "dollars", "dollar-denominated", "$");

    /**
     * True for a currency after a country's name: "14 billion US dollars" and "US$205 billion" name money, not the
     * United States.
     */
    public static boolean isCurrency(Token token) {
        return CURRENCIES.contains(token.lower());
    }

    /**
     * Nouns of a country's politics, economy and territory that its initials qualify as an adjective: "the 2016 U.S.
     * election", "the U.S. sanctions", "US soil". No one acts there, unlike "US officials" or "the US military".
     */
    private static final Set<String> ATTRIBUTIVE = WordSet.of("election", "elections", "presidential", "midterm",
            "midterms", "economy", "economic", "market", "markets", "sanctions", "tariff", "tariffs", "policy",
            "policies", "stocks", "shares", "bonds", "debt", "inflation", "companies", "firms", "banks", "soil",
            "territory", "law", "laws", "court", "courts", "citizen", "citizens", "nationals", "consumers",
            "investors", "exports", "imports", "mainland", "embargo");

    /** A state's institutions its initials name as an adjective: "the US Treasury", "a U.S. State Department ...". */
    private static final Set<String> INSTITUTIONS = WordSet.of("Treasury", "Embassy", "Department");

    /**
     * True when a civil institution of the state follows at {@code at}: "Treasury", "Embassy", "State Department".
     * Not a command ("US Army Pacific", whose commander the country introduces) nor a legislature.
     */
    public static boolean isInstitution(List<Token> tokens, int at) {
        String word = tokens.get(at).text();
        return INSTITUTIONS.contains(word) || word.equals("State") && at + 1 < tokens.size()
                && tokens.get(at + 1).text().equals("Department");
    }

    /** True for a noun a country's initials stand before as an adjective ("the U.S. election"). */
    public static boolean isAttributiveNoun(Token token) {
        return ATTRIBUTIVE.contains(token.text());
    }

    /** True for "counterpart" and "counterparts". */
    public static boolean isCounterpart(Token token) {
        return token.lower().startsWith("counterpart");
    }
}
