package org.vigil.linkage.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Reading a file a line at a time, each line as UTF-8 when it is and as windows-1252 when it is not. */
class LineDecoderTest {

    private static String readAll(byte[] bytes, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader r = new LineDecoder(new ByteArrayInputStream(bytes), CsvPersons.WINDOWS_1252)) {
            char[] buffer = new char[chunk];
            int n;
            while ((n = r.read(buffer, 0, chunk)) >= 0) {
                assertThat(n).as("a read gives at least one character until the end").isPositive();
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    /** Any UTF-8 text reads back as it was, whatever the size of the reads asked for. */
    @Property(tries = 300)
    void utf8TextReadsBackAsWritten(@ForAll @Size(max = 20) List<@StringLength(max = 40) String> lines,
                                    @ForAll @IntRange(min = 1, max = 9000) int chunk) throws IOException {
        String text = String.join("\n", lines).replace('\r', ' ');
        // Lone surrogates have no UTF-8 form; what the encoder writes for them is what is read back.
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(bytes, chunk)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    /** A line that is not UTF-8 is read as windows-1252, and only that line; it is counted and named. */
    @Test
    void aLineThatIsNotUtf8IsReadAsWindows1252Alone() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("id,name\r\n1,Jos\u00e9\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("2,Zo\u00eb\n".getBytes(CsvPersons.WINDOWS_1252));
        bytes.write("3,Ren\u00e9e".getBytes(StandardCharsets.UTF_8));
        LineDecoder decoder = new LineDecoder(new ByteArrayInputStream(bytes.toByteArray()), CsvPersons.WINDOWS_1252);
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[4];
        int n;
        while ((n = decoder.read(buffer, 0, buffer.length)) >= 0) {
            out.append(buffer, 0, n);
        }
        assertThat(out.toString()).isEqualTo("id,name\r\n1,Jos\u00e9\r\n2,Zo\u00eb\n3,Ren\u00e9e");
        assertThat(decoder.nonAsciiLines()).isEqualTo(3);
        assertThat(decoder.fallbackLines()).isEqualTo(1);
        assertThat(decoder.fallbackLineNumbers()).containsExactly(3L);
    }
}
