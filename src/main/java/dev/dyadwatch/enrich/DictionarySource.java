package dev.dyadwatch.enrich;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which actor dictionary enrich codes with: the bundled one, the bundled one extended by a user's folder, or a
 * user's folder instead of it. Set by the options {@code enrich.dictionary.dir} and
 * {@code enrich.dictionary.mode} ({@code extend} or {@code replace}).
 *
 * @param dir the user's folder, or null for the bundled dictionary alone
 * @param replace true when the folder replaces the bundled dictionary instead of extending it
 */
public record DictionarySource(Path dir, boolean replace) {

    /** The bundled dictionary alone. */
    public static final DictionarySource BUNDLED = new DictionarySource(null, false);

    public DictionarySource {
        if (replace && dir == null) {
            throw new IllegalArgumentException("enrich.dictionary.mode=replace needs enrich.dictionary.dir");
        }
        dir = dir == null ? null : dir.toAbsolutePath().normalize();
    }

    /** The source the configuration names; a bad mode or a replace without a folder is an error. */
    public static DictionarySource fromConfig(DyadwatchConfig config) {
        String dir = config.get(Option.ENRICH_DICTIONARY_DIR).strip();
        String mode = config.get(Option.ENRICH_DICTIONARY_MODE).strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("extend") && !mode.equals("replace")) {
            throw new IllegalArgumentException("option " + Option.ENRICH_DICTIONARY_MODE.key()
                    + " must be extend or replace, got '" + mode + "'");
        }
        return new DictionarySource(dir.isEmpty() ? null : Path.of(dir), mode.equals("replace"));
    }

    /** Reads the dictionary; a file that cannot be read fails with its name and line. */
    public ActorDictionary load() {
        if (dir == null) {
            return ActorDictionary.loadDefault();
        }
        ActorDictionary own = ActorDictionary.load(dir);
        return replace ? own : ActorDictionary.loadDefault().merge(own);
    }

    @Override
    public String toString() {
        return dir == null ? "bundled" : (replace ? "replaced by " : "bundled extended by ") + dir;
    }
}
