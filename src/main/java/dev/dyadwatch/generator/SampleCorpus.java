package dev.dyadwatch.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample corpus bundled in the jar: 72 articles in the formats ingest reads, with one clear rise in
 * contact between Pakistan and Russia. Its files are listed in {@code manifest.txt}, so they can be copied out of
 * the jar without listing a jar directory; its ground truth is {@code ground-truth.json}. The folder's README
 * describes both.
 */
public final class SampleCorpus {

    /** Classpath folder of the corpus. */
    public static final String RESOURCE_DIR = "/dev/dyadwatch/sample/";
    /** The manifest: one file a line, relative to the folder; '#' starts a comment. */
    public static final String MANIFEST = "manifest.txt";
    /** The ground truth. */
    public static final String GROUND_TRUTH = "ground-truth.json";

    private SampleCorpus() {
    }

    /** The corpus files, relative to its folder, as the manifest lists them. */
    public static List<String> files() {
        List<String> files = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(MANIFEST),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    files.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample corpus manifest", e);
        }
        return List.copyOf(files);
    }

    /**
     * Copies every corpus file (and the ground truth) into {@code dir}, keeping the subfolders; returns
     * {@code dir}. Existing files are replaced.
     */
    public static Path copyTo(Path dir) throws IOException {
        List<String> names = new ArrayList<>(files());
        names.add(GROUND_TRUTH);
        for (String name : names) {
            Path target = dir.resolve(name).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IOException("manifest entry " + name + " points outside " + dir);
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = open(name)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** One corpus file from the classpath; a file the manifest names but the jar lacks is an error. */
    public static InputStream open(String name) {
        InputStream in = SampleCorpus.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IllegalStateException("sample corpus file " + RESOURCE_DIR + name + " is missing from the "
                    + "classpath");
        }
        return in;
    }
}
