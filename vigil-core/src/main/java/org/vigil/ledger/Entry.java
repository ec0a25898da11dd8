package org.vigil.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One log entry: a header line, then {@code key value} lines, each ending in a newline. Three kinds: a record
 * received, an access made (below), and a merge of two persons ({@code link}).
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
 * Values never hold a line break; ids with control characters are refused before they get here.
 */
public final class Entry {
    public static final String HEADER = "vigil/entry/v1 ";
    public static final String RECORD = "record";
    public static final String ACCESS = "access";
    public static final String LINK = "link";

    private final String kind;
    private final List<String> keys;
    private final List<String> values;

    private Entry(String kind, List<String> keys, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("entry field " + keys.get(i) + " has no value or holds a line break: " + v);
            }
        }
        this.kind = kind;
        this.keys = List.copyOf(keys);
        this.values = List.copyOf(values);
    }

    /** The entry for an accepted concern or decision. */
    public static Entry forRecord(String type, String id, String by, Instant at, Instant logged, byte[] sha256) {
        return new Entry(RECORD, List.of("type", "id", "by", "at", "logged", "sha256"),
                List.of(type, id, by, at.toString(), logged.toString(), HexFormat.of().formatHex(sha256)));
    }

    /** The entry for a read, search, export or disclosure. */
    public static Entry forAccess(String action, String target, String by, Instant at, byte[] sha256) {
        return new Entry(ACCESS, List.of("action", "target", "by", "at", "sha256"),
                List.of(action, target == null || target.isEmpty() ? "-" : target, by, at.toString(),
                        HexFormat.of().formatHex(sha256)));
    }

    /** The entry for a merge of two persons into one. */
    public static Entry forMerge(String into, String retired, Instant at, byte[] sha256) {
        return new Entry(LINK, List.of("action", "person", "retired", "at", "sha256"),
                List.of("merge", into, retired, at.toString(), HexFormat.of().formatHex(sha256)));
    }

    /** Parses an entry's bytes; throws {@link IllegalArgumentException} naming what is wrong. */
    /**
     * A person split by {@code actor} ({@code action} "split": {@code person} keeps its oldest mention, the others
     * become {@code newPerson}), or such a split taken back ("unsplit").
     */
    public static Entry forSplit(String action, String person, String newPerson, String actor, Instant at,
                                 byte[] sha256) {
        return new Entry(LINK, List.of("action", "person", "new", "by", "at", "sha256"),
                List.of(action, person, newPerson, actor, at.toString(), HexFormat.of().formatHex(sha256)));
    }

    public static Entry parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith(HEADER) || !text.endsWith("\n")) {
            throw new IllegalArgumentException("not a Vigil log entry: " + abbreviate(text));
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].indexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException("entry line " + (i + 1) + " is not \"key value\": " + lines[i]);
            }
            keys.add(lines[i].substring(0, space));
            values.add(lines[i].substring(space + 1));
        }
        return new Entry(lines[0].substring(HEADER.length()), keys, values);
    }

    public String kind() {
        return kind;
    }

    public byte[] toBytes() {
        StringBuilder text = new StringBuilder(200).append(HEADER).append(kind).append('\n');
        for (int i = 0; i < keys.size(); i++) {
            text.append(keys.get(i)).append(' ').append(values.get(i)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The value of {@code key}, or null. */
    public String get(String key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : values.get(i);
    }

    /** The committed SHA-256, as bytes. */
    public byte[] sha256() {
        String hex = get("sha256");
        if (hex == null) {
            throw new IllegalArgumentException("entry has no sha256");
        }
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entry e && kind.equals(e.kind) && keys.equals(e.keys) && values.equals(e.values);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return new String(toBytes(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
