package dev.dyadwatch.enrich.text;

import java.text.Normalizer;

/**
 * Folds the spelling differences that do not change a name: diacritics ("Erdoğan" and "Erdogan"), typographic
 * apostrophes and dashes. Case is kept: "Turkey" the country and "turkey" the bird stay apart.
 */
public final class Fold {

    private Fold() {
    }

    /** The folded form of {@code word}; the same string when it is plain ASCII. */
    public static String fold(String word) {
        int n = word.length();
        int i = 0;
        while (i < n && word.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return word;
        }
        StringBuilder out = new StringBuilder(n + 2);
        out.append(word, 0, i);
        for (; i < n; i++) {
            char c = word.charAt(i);
            if (c < 128) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u00B4', '\u02BC' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> out.append('-');
                case '\u0131' -> out.append('i');
                case '\u0142' -> out.append('l');
                case '\u0141' -> out.append('L');
                case '\u00F8' -> out.append('o');
                case '\u00D8' -> out.append('O');
                case '\u0111' -> out.append('d');
                case '\u00DF' -> out.append("ss");
                case '\u00E6' -> out.append("ae");
                case '\u0153' -> out.append("oe");
                default -> {
                    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                    for (int k = 0; k < decomposed.length(); k++) {
                        char d = decomposed.charAt(k);
                        if (Character.getType(d) != Character.NON_SPACING_MARK) {
                            out.append(d);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
