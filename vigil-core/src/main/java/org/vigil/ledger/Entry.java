package org.vigil.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One log entry: a header line, then {@code key value} lines, each ending in a newline. Two kinds:
 *
 * <pre>
 * vigil/entry/v1 record          vigil/entry/v1 access
 * type concern                   action export persons
 * id YP-2003-0117                target -
 * by yp-07                       by analyst-3
 * at 2003-07-14T16:20:00Z        at 2026-11-29T09:12:44.120Z
 * logged 2026-11-29T09:00:01Z    sha256 …  (of the access event's JSON)
 * sha256 …  (of the record exactly as received)
 * </pre>
 *
 * Values never hold a newline; ids with control characters are refused before they get here.
 */
public record Entry(String kind, Map<String, String> fields) {
    public static final String HEADER = "vigil/entry/v1 ";
    public static final String RECORD = "record";
    public static final String ACCESS = "access";

    public Entry {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (f.getValue() == null || f.getValue().indexOf('\n') >= 0 || f.getValue().indexOf('\r') >= 0) {
                throw new IllegalArgumentException("entry field " + f.getKey() + " has no value or holds a line break: "
                        + f.getValue());
            }
        }
    }

    /** The entry for an accepted concern or decision. */
    public static Entry forRecord(String type, String id, String by, Instant at, Instant logged, byte[] sha256) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", type);
        f.put("id", id);
        f.put("by", by);
        f.put("at", at.toString());
        f.put("logged", logged.toString());
        f.put("sha256", HexFormat.of().formatHex(sha256));
        return new Entry(RECORD, f);
    }

    /** The entry for a read, search, export or disclosure. */
    public static Entry forAccess(String action, String target, String by, Instant at, byte[] sha256) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("action", action);
        f.put("target", target == null || target.isEmpty() ? "-" : target);
        f.put("by", by);
        f.put("at", at.toString());
        f.put("sha256", HexFormat.of().formatHex(sha256));
        return new Entry(ACCESS, f);
    }

    /** Parses an entry's bytes; throws {@link IllegalArgumentException} naming what is wrong. */
    public static Entry parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith(HEADER) || !text.endsWith("\n")) {
            throw new IllegalArgumentException("not a Vigil log entry: " + abbreviate(text));
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        String kind = lines[0].substring(HEADER.length());
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].indexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException("entry line " + (i + 1) + " is not \"key value\": " + lines[i]);
            }
            f.put(lines[i].substring(0, space), lines[i].substring(space + 1));
        }
        return new Entry(kind, f);
    }

    public byte[] toBytes() {
        StringBuilder text = new StringBuilder(160).append(HEADER).append(kind).append('\n');
        fields.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public String get(String key) {
        return fields.get(key);
    }

    /** The committed SHA-256, as bytes. */
    public byte[] sha256() {
        String hex = fields.get("sha256");
        if (hex == null) {
            throw new IllegalArgumentException("entry has no sha256");
        }
        return HexFormat.of().parseHex(hex);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
