package org.vigil.log;

import java.util.Base64;

/** Strict standard base64 (RFC 4648 §4): one text per value, so a changed character is a changed value. */
final class Base64s {

    private Base64s() {
    }

    /**
     * Decodes standard padded base64 and rejects non-canonical text, such as unused low bits set in the
     * last character, which a lenient decoder would silently accept.
     */
    static byte[] decodeCanonical(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64: " + Hash.quote(text), e);
        }
        if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
            throw new IllegalArgumentException(what + " is not canonical base64: " + Hash.quote(text));
        }
        return decoded;
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
