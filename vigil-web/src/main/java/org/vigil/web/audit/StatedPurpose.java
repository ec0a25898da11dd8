package org.vigil.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.vigil.web.Web;

/**
 * The stated purpose (the "why") of a logged access as the store keeps it, checked against the log. The log entry
 * holds no purpose, only {@code committed}: the SHA-256 of the access event's JSON ({@code event}: when, who, what, of
 * what and why). The store keeps that JSON; {@code sha256} is its digest now. When the two are equal ({@code matches}),
 * {@code text} is the purpose exactly as it was logged; anyone can check it with the event, the entry and its
 * inclusion proof. When they differ, the stored event was altered after it was logged, and {@code text} is only what
 * the store says now.
 */
public record StatedPurpose(String text, String event, String sha256, String committed, boolean matches) {

    /** Checks a stored access event's JSON against the digest its log entry commits to. */
    static StatedPurpose check(byte[] event, byte[] committed) {
        String digest = hex(sha256(event));
        String text = "";
        try {
            JsonNode reason = Web.JSON.readTree(event).get("reason");
            text = reason == null || reason.isNull() ? "" : reason.asText();
        } catch (IOException e) {
            // An event that is no longer JSON cannot match its commitment either; there is no purpose to show.
        }
        String expected = hex(committed);
        return new StatedPurpose(text, new String(event, StandardCharsets.UTF_8), digest, expected,
                digest.equals(expected));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
