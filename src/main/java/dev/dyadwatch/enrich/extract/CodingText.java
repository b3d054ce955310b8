package dev.dyadwatch.enrich.extract;

import dev.dyadwatch.enrich.ArticleCoding;
import dev.dyadwatch.enrich.code.CodedContact;
import dev.dyadwatch.enrich.code.ContactCodes;
import dev.dyadwatch.enrich.code.Rejection;
import dev.dyadwatch.enrich.resolve.ActorRef;
import java.util.Locale;

/** An article's coding as text for a reader: the actors, then one line per contact with its sentence. */
public final class CodingText {

    /** The coding, several lines, ending with a blank line. */
    public String render(ArticleCoding coding, boolean explain) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(coding.article().getTitle()).append('\n');
        out.append("   ").append(coding.article().getSource()).append(", ")
                .append(coding.article().getPublishedAt()).append("  [").append(coding.article().getId())
                .append("]\n");
        coding.notes().forEach(note -> out.append("   note: ").append(note).append('\n'));
        if (!coding.coded()) {
            return out.append('\n').toString();
        }
        out.append("   actors:");
        if (coding.resolution().actors().isEmpty()) {
            out.append(" none");
        }
        coding.resolution().actors().values().forEach(a -> out.append("\n     ").append(actor(a)));
        out.append("\n   contacts:");
        if (coding.contacts().isEmpty()) {
            out.append(" none");
        }
        for (CodedContact c : coding.contacts()) {
            out.append(String.format(Locale.ROOT, "%n     %s %s %-20s %-10s %s %s  %s %s %s  (%.2f)", c.dyad(),
                    ContactCodes.cameo(c.type()), c.type(), c.status().name().toLowerCase(Locale.ROOT),
                    c.date().start(), CodingJson.lower(c.date().granularity()), actor(c.actorA()),
                    c.directed() ? "->" : "--", actor(c.actorB()), c.confidence()));
            if (c.multilateral()) {
                out.append(" multilateral");
            }
            out.append("\n       \"").append(coding.sentences().get(c.sentenceIndex()).text()).append('"');
            if (explain) {
                out.append("\n       why: triggered by '").append(c.trigger()).append('\'');
                c.reasons().forEach(r -> out.append("; ").append(r));
            }
        }
        if (explain && !coding.rejections().isEmpty()) {
            out.append("\n   rejected:");
            for (Rejection r : coding.rejections()) {
                out.append("\n     sentence ").append(r.sentenceIndex()).append(", '").append(r.words())
                        .append("': ").append(r.reason());
            }
        }
        return out.append("\n\n").toString();
    }

    private static String actor(ActorRef a) {
        return a.name() + " [" + (a.country() == null ? a.organisation() : a.country()) + ", "
                + a.role().name().toLowerCase(Locale.ROOT) + "]";
    }
}
