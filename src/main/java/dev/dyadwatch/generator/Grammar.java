package dev.dyadwatch.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A phrase grammar: named rules, each a list of alternatives built from literal text, inline choices
 * {@code [a|b]}, rule references {@code <rule>} and slots {@code {A.country}} filled by the article being
 * written. The text format is described at the top of the bundled {@code grammar.txt}.
 *
 * <p>Parsed once into a tree of nodes; expanding a rule walks the tree, so generation costs no parsing.
 * Every reference and slot is checked at parse time and a mistake names the file and line.
 */
final class Grammar {

    static final String RESOURCE = "/dev/dyadwatch/generator/grammar.txt";

    private interface Node {
        void expand(SplittableRandom random, SlotFiller slots, StringBuilder out);
    }

    private record Literal(String text) implements Node {
        @Override
        public void expand(SplittableRandom random, SlotFiller slots, StringBuilder out) {
            out.append(text);
        }
    }

    private record Sequence(Node[] parts) implements Node {
        @Override
        public void expand(SplittableRandom random, SlotFiller slots, StringBuilder out) {
            for (Node part : parts) {
                part.expand(random, slots, out);
            }
        }
    }

    private record Choice(Node[] options) implements Node {
        @Override
        public void expand(SplittableRandom random, SlotFiller slots, StringBuilder out) {
            options[options.length == 1 ? 0 : random.nextInt(options.length)].expand(random, slots, out);
        }
    }

    private record ActorSlot(SlotFiller.Side side, SlotFiller.ActorForm form) implements Node {
        @Override
        public void expand(SplittableRandom random, SlotFiller slots, StringBuilder out) {
            slots.actor(side, form, out);
        }
    }

    private record DetailSlot(SlotFiller.Detail detail) implements Node {
        @Override
        public void expand(SplittableRandom random, SlotFiller slots, StringBuilder out) {
            slots.detail(detail, out);
        }
    }

    /** A reference, bound to its rule once the whole file is read. */
    private static final class Reference implements Node {
        final String name;
        final String where;
        Node target;

        Reference(String name, String where) {
            this.name = name;
            this.where = where;
        }

        @Override
        public void expand(SplittableRandom random, SlotFiller slots, StringBuilder out) {
            target.expand(random, slots, out);
        }
    }

    private static final Map<String, SlotFiller.Detail> DETAILS = new HashMap<>();
    private static final Map<String, SlotFiller.ActorForm> FORMS = new HashMap<>();

    static {
        for (SlotFiller.Detail detail : SlotFiller.Detail.values()) {
            DETAILS.put(detail.key, detail);
        }
        for (SlotFiller.ActorForm form : SlotFiller.ActorForm.values()) {
            FORMS.put(form.suffix, form);
        }
    }

    private final Map<String, Choice> rules;

    private Grammar(Map<String, Choice> rules) {
        this.rules = rules;
    }

    /** The grammar bundled with dyadwatch. */
    static Grammar loadDefault() {
        InputStream in = Grammar.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("bundled grammar " + RESOURCE + " is missing from the classpath");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + RESOURCE);
    }

    /** Parses a grammar; a mistake throws {@link IllegalArgumentException} naming {@code file} and the line. */
    static Grammar parse(Reader source, String file) {
        Map<String, List<Node>> alternatives = new LinkedHashMap<>();
        List<Reference> references = new ArrayList<>();
        String current = null;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String where = file + " line " + lineNumber;
                if (text.startsWith("@")) {
                    current = text.substring(1).strip();
                    if (current.isEmpty() || alternatives.containsKey(current)) {
                        throw new IllegalArgumentException(where + ": rule name '" + current
                                + "' is empty or already defined");
                    }
                    alternatives.put(current, new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalArgumentException(where + ": text before the first @rule line");
                } else {
                    Parser parser = new Parser(text, where, references);
                    alternatives.get(current).add(parser.parseAll());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, Choice> rules = new HashMap<>();
        alternatives.forEach((name, options) -> {
            if (options.isEmpty()) {
                throw new IllegalArgumentException(file + ": rule '" + name + "' has no alternatives");
            }
            rules.put(name, new Choice(options.toArray(Node[]::new)));
        });
        for (Reference reference : references) {
            reference.target = rules.get(reference.name);
            if (reference.target == null) {
                throw new IllegalArgumentException(reference.where + ": no rule named '" + reference.name + "'");
            }
        }
        return new Grammar(rules);
    }

    boolean has(String rule) {
        return rules.containsKey(rule);
    }

    Set<String> ruleNames() {
        return rules.keySet();
    }

    /** How many alternatives {@code rule} has. */
    int alternatives(String rule) {
        return choice(rule).options.length;
    }

    /** Alternative {@code index} of {@code rule} as a finished sentence: lets a writer avoid repeating itself. */
    String sentence(String rule, int index, SplittableRandom random, SlotFiller slots) {
        StringBuilder out = new StringBuilder(320);
        choice(rule).options[index].expand(random, slots, out);
        return Prose.tidy(out);
    }

    private Choice choice(String rule) {
        Choice choice = rules.get(rule);
        if (choice == null) {
            throw new IllegalArgumentException("no grammar rule named '" + rule + "'");
        }
        return choice;
    }

    /** Appends one expansion of {@code rule}, as written (no tidying). */
    void expand(String rule, SplittableRandom random, SlotFiller slots, StringBuilder out) {
        choice(rule).expand(random, slots, out);
    }

    /** One expansion of {@code rule} as a finished sentence or headline: spacing tidied, first letter upper case. */
    String sentence(String rule, SplittableRandom random, SlotFiller slots) {
        StringBuilder out = new StringBuilder(160);
        expand(rule, random, slots, out);
        return Prose.tidy(out);
    }

    /** Reads one alternative: literal text, [choices], <references> and {slots}. */
    private static final class Parser {
        private final String text;
        private final String where;
        private final List<Reference> references;
        private int pos;

        Parser(String text, String where, List<Reference> references) {
            this.text = text;
            this.where = where;
            this.references = references;
        }

        Node parseAll() {
            Node node = parseSequence(false);
            if (pos < text.length()) {
                throw error("unexpected '" + text.charAt(pos) + "'");
            }
            return node;
        }

        private Node parseSequence(boolean inChoice) {
            List<Node> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (inChoice && (c == '|' || c == ']')) {
                    break;
                }
                if (c == '[' || c == '<' || c == '{') {
                    if (literal.length() > 0) {
                        parts.add(new Literal(literal.toString()));
                        literal.setLength(0);
                    }
                    pos++;
                    parts.add(c == '[' ? parseChoice() : c == '<' ? parseReference() : parseSlot());
                } else if (c == ']' || c == '|' || c == '>' || c == '}') {
                    throw error("unbalanced '" + c + "'");
                } else {
                    literal.append(c);
                    pos++;
                }
            }
            if (literal.length() > 0) {
                parts.add(new Literal(literal.toString()));
            }
            return parts.size() == 1 ? parts.get(0) : new Sequence(parts.toArray(Node[]::new));
        }

        private Node parseChoice() {
            List<Node> options = new ArrayList<>();
            while (true) {
                options.add(parseSequence(true));
                if (pos >= text.length()) {
                    throw error("'[' without ']'");
                }
                char c = text.charAt(pos++);
                if (c == ']') {
                    return new Choice(options.toArray(Node[]::new));
                }
            }
        }

        private Node parseReference() {
            String name = until('>');
            Reference reference = new Reference(name, where);
            references.add(reference);
            return reference;
        }

        private Node parseSlot() {
            String name = until('}');
            SlotFiller.Detail detail = DETAILS.get(name);
            if (detail != null) {
                return new DetailSlot(detail);
            }
            int dot = name.indexOf('.');
            String side = dot < 0 ? name : name.substring(0, dot);
            SlotFiller.ActorForm form = FORMS.get(dot < 0 ? "" : name.substring(dot + 1));
            if (form == null || !(side.equals("A") || side.equals("B") || side.equals("C"))) {
                throw error("unknown slot {" + name + "}");
            }
            return new ActorSlot(SlotFiller.Side.valueOf(side), form);
        }

        private String until(char close) {
            int end = text.indexOf(close, pos);
            if (end < 0) {
                throw error("missing '" + close + "'");
            }
            String name = text.substring(pos, end).strip();
            pos = end + 1;
            return name;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(where + ": " + what + " in '" + text + "'");
        }
    }
}
