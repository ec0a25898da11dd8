package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HashTest {

    private static final String EMPTY_HEX = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String EMPTY_B64 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    @Test
    void readsAndWritesHexAndBase64OfTheSameValue() {
        Hash fromHex = Hash.fromHex(EMPTY_HEX);
        Hash fromBase64 = Hash.fromBase64(EMPTY_B64);

        assertThat(fromHex).isEqualTo(fromBase64).hasSameHashCodeAs(fromBase64);
        assertThat(fromHex.hex()).isEqualTo(EMPTY_HEX);
        assertThat(fromHex.base64()).isEqualTo(EMPTY_B64);
        assertThat(fromHex).hasToString(EMPTY_HEX);
        assertThat(Hash.fromHex(EMPTY_HEX.toUpperCase())).isEqualTo(fromHex);
    }

    @Test
    void copiesBytesInAndOut() {
        byte[] bytes = Vectors.hex(EMPTY_HEX);
        Hash hash = Hash.of(bytes);
        bytes[0] = 0;
        hash.bytes()[1] = 0;

        assertThat(hash.hex()).isEqualTo(EMPTY_HEX);
    }

    @Test
    void comparesByContent() {
        Hash a = Hash.of(new byte[32]);
        byte[] raised = new byte[32];
        raised[31] = (byte) 0xff;
        Hash b = Hash.of(raised);

        assertThat(a).isNotEqualTo(b).isEqualTo(Hash.of(new byte[32]));
        assertThat(a.compareTo(b)).isNegative();
    }

    @Test
    void rejectsAWrongLengthNamingIt() {
        assertThatThrownBy(() -> Hash.of(new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31");
        assertThatThrownBy(() -> Hash.fromHex("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"abc\"");
        assertThatThrownBy(() -> Hash.fromBase64("AAAA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"AAAA\"");
    }

    @Test
    void rejectsNonHexDigits() {
        String bad = "z" + EMPTY_HEX.substring(1);
        assertThatThrownBy(() -> Hash.fromHex(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad);
    }

    @Test
    void rejectsBase64WhoseUnusedBitsAreSet() {
        // 'U' and 'V' differ only in the two low bits that 32 bytes leave unused in the last character.
        String nonCanonical = EMPTY_B64.substring(0, 42) + "V=";

        assertThatThrownBy(() -> Hash.fromBase64(nonCanonical)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("canonical");
    }
}
