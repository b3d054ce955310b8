package dev.dyadwatch.ingest.read;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.ingest.InputException;
import dev.dyadwatch.ingest.clean.BinaryContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sends each input to the reader of its format: URLs to {@link UrlReader}, folders walked in name order (hidden
 * files and folders skipped), files by name ({@code .gz} decompressed) or, when the name does not say, by content.
 * Anything unexpected while reading one input fails that input only.
 */
public final class InputRouter {

    /** How much of a JSON file is kept for the dead letter of a file that could not be read. */
    private static final int SNIFFED_BYTES = 8192;

    private InputRouter() {
    }

    /** Reads one input given on the command line. */
    public static void read(String input, ReadContext context) {
        try {
            if (isUrl(input)) {
                UrlReader.read(input.strip(), context, false);
                return;
            }
            Path path = Path.of(input);
            if (!Files.exists(path)) {
                context.emitter().failure(input, new InputException("no such file or directory"), null);
            } else if (Files.isDirectory(path)) {
                readFolder(path, context);
            } else {
                readFile(path, context);
            }
        } catch (RuntimeException e) {
            context.emitter().failure(input, new InputException("unexpected error reading this input: " + e, e), null);
        }
    }

    static boolean isUrl(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static void readFolder(Path folder, ReadContext context) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> !p.equals(folder) && !isHidden(folder.relativize(p)))
                    .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            context.emitter().failure(folder.toString(), new InputException("cannot list folder: " + e.getMessage(),
                    e), null);
            return;
        }
        if (files.isEmpty()) {
            context.emitter().failure(folder.toString(), new InputException("folder holds no files"), null);
        }
        for (Path file : files) {
            try {
                readFile(file, context);
            } catch (RuntimeException e) {
                context.emitter().failure(file.toString(), new InputException("unexpected error reading this input: "
                        + e, e), null);
            }
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static void readFile(Path file, ReadContext context) {
        String origin = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Instant savedAt = modified(file, context);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            WarcArticleReader.read(file, context);
            return;
        }
        Optional<InputKind> named = InputKind.byName(name);
        if (named.isPresent() && named.get() == InputKind.JSONL) {
            readJson(file, origin, savedAt, context);
            return;
        }
        byte[] bytes;
        try {
            bytes = FileBytes.readAll(file, context.maxFileBytes());
            if (bytes.length == 0) {
                throw new InputException("empty file");
            }
            BinaryContent.requireText(bytes);
        } catch (InputException e) {
            context.emitter().failure(origin, e, headOf(file, context.maxFileBytes()));
            return;
        }
        InputKind kind = named.orElseGet(() -> InputKind.sniff(bytes));
        if (kind == InputKind.TEXT && InputKind.isUrlList(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))) {
            kind = InputKind.URL_LIST;
        }
        if (kind == InputKind.FEED && InputKind.sniff(bytes) == InputKind.HTML) {
            kind = InputKind.HTML;
        }
        switch (kind) {
            case TEXT -> context.emitter().article(origin, bytes, () -> TextFileReader.draft(bytes, null, origin, null,
                    savedAt, null, InputFormat.TEXT));
            case HTML -> context.emitter().article(origin, bytes, () -> HtmlDrafts.draft(bytes, null, null, origin,
                    InputFormat.HTML, savedAt, HtmlDrafts.Fallback.NONE));
            case FEED -> FeedReader.read(bytes, origin, null, savedAt, context);
            case URL_LIST -> UrlListReader.read(bytes, origin, context);
            case JSONL -> readJson(new JsonShape.Head(bytes, JsonShape.of(bytes, bytes.length, true)),
                    InputStream.nullInputStream(), origin, savedAt, context);
            case WARC -> WarcArticleReader.read(new ByteArrayInputStream(bytes), origin, context);
            default -> throw new IllegalStateException("unhandled input kind " + kind);
        }
    }

    private static void readJson(Path file, String origin, Instant savedAt, ReadContext context) {
        try (InputStream in = FileBytes.open(file)) {
            JsonShape.Head head = JsonShape.read(in);
            if (head.bytes().length == 0) {
                throw new InputException("empty file");
            }
            BinaryContent.requireText(head.bytes());
            readJson(head, in, origin, savedAt, context);
        } catch (InputException e) {
            context.emitter().failure(origin, e, headOf(file, SNIFFED_BYTES));
        } catch (IOException e) {
            context.emitter().failure(origin, new InputException(FileBytes.describe(file, e), e), null);
        }
    }

    /** Sends a JSON input to the reader of its {@link JsonShape}; {@code rest} is what follows the head. */
    private static void readJson(JsonShape.Head head, InputStream rest, String origin, Instant savedAt,
            ReadContext context) {
        InputStream whole = new java.io.SequenceInputStream(new ByteArrayInputStream(head.bytes()), rest);
        switch (head.shape()) {
            case LINES -> JsonLinesReader.read(whole, origin, savedAt, context);
            case ARRAY, OBJECTS -> JsonDocumentReader.read(whole, head.shape(), origin, savedAt, context);
            default -> throw new IllegalStateException("unhandled JSON shape " + head.shape());
        }
    }

    private static Instant modified(Path file, ReadContext context) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).lastModifiedTime().toInstant();
        } catch (IOException e) {
            return context.clock().instant();
        }
    }

    /** The first bytes of a file as they are on disk, for the dead letter of a file that could not be read. */
    private static byte[] headOf(Path file, long limit) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(limit, dev.dyadwatch.pipeline.DeadLetters.MAX_VALUE_BYTES + 1L));
        } catch (IOException e) {
            return null;
        }
    }
}
