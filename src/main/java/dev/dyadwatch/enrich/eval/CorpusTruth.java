package dev.dyadwatch.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ground truth of an article corpus in the sample corpus's format ({@code dyadwatch-sample-truth/1}, described
 * in the corpus's README): for each article its file, URL, whether it is coded, the contacts a careful reader
 * codes (with the other codes a careful coder could defend) and the planted distractors.
 *
 * @param articles the articles, in the truth's order
 */
public record CorpusTruth(List<Article> articles) {

    /** The format this reader understands. */
    public static final String FORMAT = "dyadwatch-sample-truth/1";

    /** The truth's file name inside a corpus folder. */
    public static final String FILE_NAME = "ground-truth.json";

    /**
     * One article's truth.
     *
     * @param id article id in the truth
     * @param file path of its file, relative to the corpus folder
     * @param line 1-based line in a JSON Lines file, or 0
     * @param url its URL, or null
     * @param coded false for an article in a language enrich does not code
     * @param contacts the contacts it reports
     * @param distractors the dyads of its planted distractors (interviews, statements, co-mentions)
     */
    public record Article(String id, String file, int line, String url, boolean coded, List<Contact> contacts,
            List<Distractor> distractors) {
    }

    /**
     * An expected contact.
     *
     * @param dyad the two codes sorted, joined by '-'
     * @param type expected type
     * @param status expected status
     * @param alsoAcceptable other types a careful coder could defend
     * @param textDate first day of the period the sentence names, or null
     * @param granularity its granularity; {@code UNKNOWN} when the sentence names none that a date can be drawn from
     * @param personIds dictionary ids of the people on either side (none for governments and unknown people)
     * @param sentence the sentence that reports it best
     */
    public record Contact(String dyad, ContactType type, ContactStatus status, Set<ContactType> alsoAcceptable,
            String textDate, String granularity, List<String> personIds, String sentence) {
    }

    /**
     * A planted distractor: something that looks like a contact and is not.
     *
     * @param kind interview, statement or co-mention
     * @param dyad the pair it names
     * @param sentence the sentence it stands in
     */
    public record Distractor(String kind, String dyad, String sentence) {
    }

    /** True when {@code folder} holds a corpus truth file. */
    public static boolean isCorpus(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME));
    }

    /** Reads {@code folder/ground-truth.json}; a file of another format fails with what was found. */
    public static CorpusTruth read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("corpus truth " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("corpus truth " + file + " has format '" + root.path("format").asText()
                    + "', expected '" + FORMAT + "'");
        }
        List<Article> articles = new ArrayList<>();
        for (JsonNode a : root.path("articles")) {
            List<Contact> contacts = new ArrayList<>();
            for (JsonNode c : a.path("contacts")) {
                contacts.add(contact(c));
            }
            List<Distractor> distractors = new ArrayList<>();
            for (JsonNode d : a.path("distractors")) {
                distractors.add(new Distractor(d.path("kind").asText(), d.path("dyad").asText(),
                        d.path("sentence").asText()));
            }
            articles.add(new Article(a.path("id").asText(), a.path("file").asText(), a.path("line").asInt(0),
                    text(a, "url"), a.path("coded").asBoolean(true), contacts, distractors));
        }
        return new CorpusTruth(List.copyOf(articles));
    }

    private static Contact contact(JsonNode c) {
        Set<ContactType> also = EnumSet.noneOf(ContactType.class);
        for (JsonNode code : c.path("alsoAcceptable")) {
            also.add(typeOfCode(code.asText()));
        }
        List<String> people = new ArrayList<>();
        for (String side : List.of("actorA", "actorB")) {
            String id = text(c.path(side), "id");
            if (id != null && id.length() > 4 && id.charAt(3) == '.' && !id.endsWith(".GOV") && !id.endsWith(".MIL")) {
                people.add(id);
            }
        }
        return new Contact(c.path("dyad").asText(), ContactType.valueOf(c.path("type").asText()),
                ContactStatus.valueOf(c.path("status").asText()), also, text(c, "textDate"),
                c.path("granularity").asText("UNKNOWN"), List.copyOf(people), c.path("sentence").asText());
    }

    /** The contact type of a three-digit CAMEO code of design.md's table. */
    static ContactType typeOfCode(String cameo) {
        return switch (cameo) {
            case "040" -> ContactType.CONSULT;
            case "041" -> ContactType.TELEPHONE;
            case "042" -> ContactType.VISIT;
            case "043" -> ContactType.HOST_VISIT;
            case "044" -> ContactType.THIRD_PARTY_MEETING;
            case "046" -> ContactType.NEGOTIATE;
            case "036" -> ContactType.INTENT_TO_MEET;
            case "057" -> ContactType.SIGN_AGREEMENT;
            case "062" -> ContactType.MILITARY_COOPERATION;
            default -> throw new IllegalArgumentException("not a contact code of design.md's table: " + cameo);
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
