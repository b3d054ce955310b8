package dev.dyadwatch.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the syndicated copy of a story as another outlet publishes it: a rewritten headline, the same body
 * with the wire's last paragraph or two trimmed, and the outlet's own boilerplate (share prompts, "Also read"
 * headlines spliced between paragraphs, a note on syndication). The truth of the copy keeps the contacts whose
 * sentences survive the trim.
 */
final class Syndicator {

    private static final String[] HEADLINE_FORMS = {"%s", "%s", "UPDATE 1-%s", "%s, officials say", "%s: report",
        "%s | %s"};

    private final Grammar grammar;
    private final ArticleComposer composer;
    private final Cast cast;
    private final List<CountryStyle> countries;

    Syndicator(Grammar grammar, ArticleComposer composer, Cast cast, List<CountryStyle> countries) {
        this.grammar = grammar;
        this.composer = composer;
        this.cast = cast;
        this.countries = countries;
    }

    Draft copy(Draft original, Outlet outlet, LocalDate published, SplittableRandom random) {
        String headline = random.nextInt(4) == 0 ? original.title : composer.otherHeadline(original, random);
        String form = HEADLINE_FORMS[random.nextInt(HEADLINE_FORMS.length)];
        Draft copy = new Draft(String.format(form, headline, outlet.name()), original.datelineCity);
        ArticleContext context = new ArticleContext(random, published);
        CountryStyle elsewhere = countries.get(random.nextInt(countries.size()));
        Figure leader = cast.leader(elsewhere, published);
        context.sides(leader, leader);
        context.contextCountry(leader);

        int keep = original.paragraphs.size();
        if (keep > 4 && random.nextInt(5) < 3) {
            keep -= keep > 6 && random.nextInt(3) == 0 ? 2 : 1;
        }
        if (random.nextBoolean()) {
            copy.add(grammar.sentence("boiler.before", random, context));
        }
        int splice = random.nextInt(5) < 3 ? 2 + random.nextInt(2) : -1;
        for (int i = 0; i < keep; i++) {
            if (i == splice) {
                copy.add(grammar.sentence("boiler.between", random, context));
            }
            copy.add(original.paragraphs.get(i));
        }
        if (random.nextInt(10) < 7) {
            copy.add(grammar.sentence("boiler.after", random, context));
        }
        List<String> kept = original.paragraphs.subList(0, keep);
        for (TruthContact contact : original.contacts) {
            if (kept.stream().anyMatch(p -> p.contains(contact.sentence()))) {
                copy.contacts.add(contact);
            }
        }
        for (TruthDistractor distractor : original.distractors) {
            if (kept.stream().anyMatch(p -> p.contains(distractor.sentence()))) {
                copy.distractors.add(distractor);
            }
        }
        return copy;
    }
}
