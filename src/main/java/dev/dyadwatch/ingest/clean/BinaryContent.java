package dev.dyadwatch.ingest.clean;

import dev.dyadwatch.ingest.InputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Recognises bytes that are not text (documents, images, archives, executables) so they are refused clearly. */
public final class BinaryContent {

    /** How many leading bytes are inspected. */
    static final int SAMPLE = 8192;

    private record Signature(byte[] magic, String what) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            signature("%PDF-", "a PDF document"),
            signature("\u0089PNG", "a PNG image"),
            new Signature(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
            signature("GIF8", "a GIF image"),
            signature("PK\u0003\u0004", "a ZIP archive (or a docx/xlsx/epub document)"),
            new Signature(new byte[] {0x1F, (byte) 0x8B}, "gzip-compressed data (name the file *.gz to read it)"),
            signature("\u007FELF", "an executable"),
            signature("MZ", "a Windows executable"),
            new Signature(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "an old Microsoft Office document"),
            signature("BZh", "bzip2-compressed data"),
            new Signature(new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}, "xz-compressed data"),
            new Signature(new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}, "zstd-compressed data"),
            signature("RIFF", "a RIFF media file"),
            signature("Obj\u0001", "an Avro data file"),
            signature("PAR1", "a Parquet file"));

    private BinaryContent() {
    }

    private static Signature signature(String magic, String what) {
        return new Signature(magic.getBytes(StandardCharsets.ISO_8859_1), what);
    }

    /**
     * Refuses {@code bytes} when they are not text: a known binary signature, NUL bytes, or many control characters
     * in the first {@value #SAMPLE} bytes. UTF-16 text (with its byte-order mark) is text.
     */
    public static void requireText(byte[] bytes) throws InputException {
        if (hasUtf16Bom(bytes)) {
            return;
        }
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.magic())) {
                throw new InputException("binary content, not text: looks like " + signature.what());
            }
        }
        int length = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new InputException("binary content, not text: NUL byte at offset " + i);
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (length > 0 && controls * 20 > length) {
            throw new InputException("binary content, not text: " + controls + " control characters in the first "
                    + length + " bytes");
        }
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
