package org.vigil.town;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A separate, optional file of lines that break spec §1 on purpose, one fault each, for testing quarantine
 * (spec §4). Never mixed into a town's records. Each line's fault is listed in {@link #FAULTS}, in order.
 */
public final class BadSamples {
    /** What is wrong with each line, in file order. */
    public static final List<String> FAULTS = List.of(
            "not JSON",
            "type is neither concern nor decision",
            "concern without an id",
            "received has no time zone",
            "unknown indicator",
            "unknown subject role",
            "place kind outside the vocabulary",
            "born is not a date of birth",
            "subject names a place the concern does not have",
            "two subjects share a ref",
            "no_further_action without a reason",
            "a repeated key",
            "not UTF-8");

    private static final List<String> LINES = List.of(
            "{\"type\": \"concern\", \"id\": \"BAD-0001\"",
            "{\"type\": \"referral\", \"id\": \"BAD-0002\"}",
            "{\"type\": \"concern\", \"received\": \"2003-07-14T16:20:00Z\", \"agency\": \"Police\","
                    + " \"author\": {\"id\": \"pol-1\"}, \"subjects\": []}",
            "{\"type\": \"concern\", \"id\": \"BAD-0004\", \"received\": \"2003-07-14T16:20:00\", \"agency\": \"Police\","
                    + " \"author\": {\"id\": \"pol-1\"}, \"subjects\": []}",
            "{\"type\": \"concern\", \"id\": \"BAD-0005\", \"received\": \"2003-07-14T16:20:00Z\", \"agency\": \"Police\","
                    + " \"author\": {\"id\": \"pol-1\"}, \"subjects\": [], \"indicators\": [\"lifestyle\"]}",
            "{\"type\": \"concern\", \"id\": \"BAD-0006\", \"received\": \"2003-07-14T16:20:00Z\", \"agency\": \"Police\","
                    + " \"author\": {\"id\": \"pol-1\"}, \"subjects\": [{\"ref\": \"s1\", \"role\": \"boyfriend\"}]}",
            "{\"type\": \"concern\", \"id\": \"BAD-0007\", \"received\": \"2003-07-14T16:20:00Z\", \"agency\": \"Police\","
                    + " \"author\": {\"id\": \"pol-1\"}, \"subjects\": [], \"places\": [{\"ref\": \"p1\","
                    + " \"kind\": \"nightclub\"}]}",
            "{\"type\": \"concern\", \"id\": \"BAD-0008\", \"received\": \"2003-07-14T16:20:00Z\", \"agency\": \"Police\","
                    + " \"author\": {\"id\": \"pol-1\"}, \"subjects\": [{\"ref\": \"s1\", \"role\": \"victim\","
                    + " \"born\": \"Jan 2004\"}]}",
            "{\"type\": \"concern\", \"id\": \"BAD-0009\", \"received\": \"2003-07-14T16:20:00Z\", \"agency\": \"Police\","
                    + " \"author\": {\"id\": \"pol-1\"}, \"subjects\": [{\"ref\": \"s1\", \"role\": \"suspect\","
                    + " \"places\": [\"p9\"]}]}",
            "{\"type\": \"concern\", \"id\": \"BAD-0010\", \"received\": \"2003-07-14T16:20:00Z\", \"agency\": \"Police\","
                    + " \"author\": {\"id\": \"pol-1\"}, \"subjects\": [{\"ref\": \"s1\", \"role\": \"victim\"},"
                    + " {\"ref\": \"s1\", \"role\": \"suspect\"}]}",
            "{\"type\": \"decision\", \"id\": \"BAD-0011\", \"concern\": \"BAD-0004\", \"at\": \"2003-07-21T09:05:00Z\","
                    + " \"by\": {\"id\": \"pol-2\"}, \"outcome\": \"no_further_action\"}",
            "{\"type\": \"concern\", \"id\": \"BAD-0012\", \"id\": \"BAD-0012b\", \"received\": \"2003-07-14T16:20:00Z\","
                    + " \"agency\": \"Police\", \"author\": {\"id\": \"pol-1\"}, \"subjects\": []}");

    private BadSamples() {
    }

    /** Writes the bad lines and returns how many; the last is Latin-1, so not valid UTF-8. */
    public static int writeTo(Path path) throws IOException {
        try (OutputStream out = Outputs.open(path)) {
            for (String line : LINES) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.write("{\"type\": \"concern\", \"id\": \"BAD-0013\", \"narrative\": \"caf".getBytes(StandardCharsets.UTF_8));
            out.write(0xE9);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        return LINES.size() + 1;
    }
}
