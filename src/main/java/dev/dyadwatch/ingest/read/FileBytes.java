package dev.dyadwatch.ingest.read;

import dev.dyadwatch.ingest.InputException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opens input files, decompressing {@code .gz} on the fly, and reads them within a size limit. */
final class FileBytes {

    private FileBytes() {
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The file's content as a stream, decompressed if it is gzip. */
    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!isGzip(file)) {
            return in;
        }
        try {
            return new GZIPInputStream(in, 65_536);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Reads at most {@code limit} bytes (decompressed) of a file.
     *
     * @throws InputException when the file is larger, or is a broken gzip file
     */
    static byte[] readAll(Path file, long limit) throws InputException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (bytes.length > limit) {
                long size = isGzip(file) ? -1 : Files.size(file);
                throw new InputException((size > 0 ? "file is " + megabytes(size) : "file is larger than "
                        + megabytes(limit)) + ", more than the " + megabytes(limit) + " one article may be "
                        + "(raise it with --max-file-size, or export large collections as JSON Lines)");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException(describe(file, e), e);
        }
    }

    /** An operator's reading of an I/O error on {@code file}. */
    static String describe(Path file, IOException e) {
        if (e instanceof EOFException && isGzip(file)) {
            return "truncated gzip file: it ends before its compressed data does (" + e.getMessage() + ")";
        }
        if (e instanceof ZipException && isGzip(file)) {
            return "not a valid gzip file: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        return "cannot read file: " + e;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
