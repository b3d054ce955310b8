package dev.dyadwatch.generator;

/**
 * The subject matter of generated contacts: what leaders discuss, the fields agreements cover, the exercises
 * armed forces hold. An event picks its entries once, so every report of it talks about the same thing.
 */
final class Lexicon {

    /** What talks are about, with the word a headline uses. */
    record Topic(String phrase, String headline) {
    }

    /** A branch of the armed forces and the kind of exercise it holds. */
    record Exercise(String service, String kind) {
    }

    static final Topic[] TOPICS = {
        new Topic("trade and energy ties", "trade"),
        new Topic("regional security", "security"),
        new Topic("the situation in Afghanistan", "Afghanistan"),
        new Topic("payment arrangements for bilateral trade", "payments"),
        new Topic("cooperation in agriculture", "farm trade"),
        new Topic("counter-terrorism cooperation", "terrorism"),
        new Topic("plans for a new rail link", "rail link"),
        new Topic("oil and gas supplies", "energy"),
        new Topic("visa rules for students and traders", "visas"),
        new Topic("investment in ports and logistics", "ports"),
        new Topic("climate finance", "climate"),
        new Topic("wheat and fertiliser shipments", "grain"),
        new Topic("civil nuclear cooperation", "nuclear power"),
        new Topic("joint defence production", "defence"),
        new Topic("the security of shipping lanes", "shipping"),
        new Topic("debt relief and development finance", "debt"),
    };

    static final String[] FIELDS = {
        "energy", "agriculture", "education", "rail transport", "banking", "defence production", "space research",
        "information technology", "health care", "mining", "shipping", "tourism", "civil aviation", "customs",
        "water management", "pharmaceuticals",
    };

    static final String[] AGREEMENTS = {
        "a memorandum of understanding on %s", "an agreement on %s cooperation", "a protocol on %s",
        "a framework agreement on %s", "a five-year programme of cooperation in %s",
    };

    static final Exercise[] EXERCISES = {
        new Exercise("navy", "naval"), new Exercise("army", "counter-terrorism"),
        new Exercise("army", "mountain warfare"), new Exercise("air force", "air defence"),
        new Exercise("special forces", "counter-terrorism"), new Exercise("navy", "search-and-rescue"),
    };

    private static final String[] EXERCISE_FIRST = {
        "Amber", "Silver", "Granite", "Northern", "Desert", "Monsoon", "Cedar", "Falcon", "Saffron", "Coastal",
        "Highland", "Emerald",
    };

    private static final String[] EXERCISE_SECOND = {
        "Horizon", "Shield", "Resolve", "Bridge", "Current", "Lance", "Ridge", "Compass", "Tide", "Gate", "Arrow",
        "Harbour",
    };

    static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    };

    static final String[] SMALL_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine"};

    private Lexicon() {
    }

    /** A two-word exercise name from an index ("Amber Horizon"). */
    static String exerciseName(int index) {
        int first = Math.floorMod(index, EXERCISE_FIRST.length);
        int second = Math.floorMod(index / EXERCISE_FIRST.length, EXERCISE_SECOND.length);
        return EXERCISE_FIRST[first] + " " + EXERCISE_SECOND[second];
    }

    static int exerciseNames() {
        return EXERCISE_FIRST.length * EXERCISE_SECOND.length;
    }
}
