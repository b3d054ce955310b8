package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.ingest.InputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String QUOTED = "\u201CWe agreed\u201D \u2014 the minister\u2019s caf\u00e9 talks";

    @Test
    void shouldDetectWindows1252FromItsQuoteBytes() throws InputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(QUOTED.getBytes(CP1252), null, false);
        assertThat(decoded.charset()).isEqualTo(CP1252);
        assertThat(decoded.text()).isEqualTo(QUOTED);
    }

    @Test
    void shouldDetectIsoLatin1WhenOnlyUpperHalfLettersAppear() throws InputException {
        String text = "Caf\u00e9 in Bras\u00edlia, S\u00e3o Paulo";
        TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1), null, false);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void shouldReadValidUtf8AsUtf8AndDropItsBom() throws InputException {
        byte[] body = QUOTED.getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(body, null, false).charset()).isEqualTo(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        TextDecoder.Decoded decoded = TextDecoder.decode(withBom, null, false);
        assertThat(decoded.how()).isEqualTo("bom");
        assertThat(decoded.text()).isEqualTo(QUOTED);
    }

    @Test
    void shouldFollowTheHtmlMetaCharset() throws InputException {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body>" + QUOTED + "</body></html>";
        TextDecoder.Decoded decoded = TextDecoder.decode(page.getBytes(CP1252), null, true);
        assertThat(decoded.how()).isEqualTo("meta");
        assertThat(decoded.text()).contains(QUOTED);
    }

    @Test
    void shouldPreferTheHttpCharsetButNotWhenTheBytesContradictIt() throws InputException {
        byte[] utf8 = QUOTED.getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded mislabelled = TextDecoder.decode(utf8, "ISO-8859-1", false);
        assertThat(mislabelled.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(mislabelled.text()).isEqualTo(QUOTED);
        TextDecoder.Decoded wrongUtf8 = TextDecoder.decode(QUOTED.getBytes(CP1252), "utf-8", false);
        assertThat(wrongUtf8.text()).isEqualTo(QUOTED);
    }

    @Test
    void shouldRefuseBinaryContentNamingWhatItLooksLike() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(pdf, null, false))
                .isInstanceOf(InputException.class).hasMessageContaining("binary").hasMessageContaining("PDF");
        byte[] nul = {'a', 'b', 0, 'c'};
        assertThatThrownBy(() -> TextDecoder.decode(nul, null, false)).hasMessageContaining("NUL byte at offset 2");
        byte[] controls = new byte[100];
        java.util.Arrays.fill(controls, (byte) 3);
        assertThatThrownBy(() -> TextDecoder.decode(controls, null, false)).hasMessageContaining("control characters");
    }

    @Test
    void shouldDecodeUtf16WithItsBom() throws InputException {
        byte[] utf16 = ("\uFEFF" + QUOTED).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(utf16, null, false).text()).isEqualTo(QUOTED);
    }

    @Test
    void shouldRejectOverlongAndTruncatedUtf8() {
        assertThat(TextDecoder.Utf8Check.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0, 2).valid()).isFalse();
        assertThat(TextDecoder.Utf8Check.of(new byte[] {'a', (byte) 0xE2, (byte) 0x80}, 0, 3).valid()).isFalse();
        byte[] ok = "\u00e9\u20ac\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.Utf8Check.of(ok, 0, ok.length)).isEqualTo(new TextDecoder.Utf8Check(true, true));
    }
}
