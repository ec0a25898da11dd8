package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.ledger.Entry;
import org.vigil.ledger.LogKeys;
import org.vigil.log.Checkpoint;
import org.vigil.log.Hash;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Proofs;
import org.vigil.log.Receipt;
import org.vigil.log.VerificationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks a receipt (spec §5) as the agency that was given it would: offline, with no store, from the receipt, the
 * log's verifier key and, if it kept it, the record it sent. What it proves is that the log, as signed under the
 * receipt's checkpoint, holds an entry committing to that record; given a later checkpoint and the consistency proof
 * between the two, it also proves that the later tree still holds the receipt's.
 */
@Command(name = "check-receipt", mixinStandardHelpOptions = true,
        description = "Checks a receipt offline, with no store: the checkpoint in it is signed by the verifier key,"
                + " its entry is in that checkpoint's tree, and, given the record as it was sent, the entry commits"
                + " to exactly those bytes; given a later checkpoint and a consistency proof, the later tree still holds"
                + " the receipt's.")
final class CheckReceiptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RECEIPT", description = "the receipt file (from 'vigil receipt' or the web app)")
    Path receipt;

    @Option(names = "--key", paramLabel = "VKEY",
            description = "the log's verifier key, as 'vigil key' writes it, or a file holding it; without it, the key"
                    + " of the log in --data")
    String key;

    /** Spec §3: every command takes --data. Here it only says whose key to check against when --key is not given. */
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./vigil-data",
            description = "data directory whose log's verifier key to use when --key is not given"
                    + " (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--record", paramLabel = "FILE",
            description = "the record as it was sent: its one JSON line, with or without a line ending")
    Path record;

    @Option(names = "--later", paramLabel = "CHECKPOINT",
            description = "a later signed checkpoint ('vigil checkpoint', or a later receipt, whose checkpoint is used),"
                    + " to check that the log still holds the receipt's tree")
    Path later;

    @Option(names = "--proof", paramLabel = "FILE",
            description = "with --later: the consistency proof between the two ('vigil consistency OLD NEW')")
    Path consistency;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.checkReadable(List.of(receipt), "a receipt");
        if (record != null) {
            InputFiles.checkReadable(List.of(record), "a record");
        }
        if (later != null) {
            InputFiles.checkReadable(List.of(later), "a checkpoint");
        }
        if (consistency != null) {
            InputFiles.checkReadable(List.of(consistency), "a consistency proof");
        }
        NoteVerifier verifier = NoteVerifier.fromVkey(keyText().strip());
        // A receipt saved on Windows may have gained carriage returns; the signed note never has them.
        Receipt parsed;
        Entry entry;
        try {
            String text = Files.readString(receipt, StandardCharsets.UTF_8);
            if (text.indexOf('\r') >= 0) {
                // Checked as it was signed; a strict C2SP reader refuses the file as it is, so the user is told.
                err.println("vigil check-receipt: note: " + receipt + " has Windows line endings (CRLF), which a signed"
                        + " note never has; it was checked with them read as LF, and other tools may refuse it as it is");
            }
            parsed = Receipt.parse(text.replace("\r\n", "\n"));
            if (parsed.extra() == null) {
                throw new IllegalArgumentException("it has no extra line holding its log entry");
            }
            entry = Entry.parse(parsed.extra());
        } catch (IllegalArgumentException e) {
            err.println("vigil check-receipt: " + receipt + " is not a Vigil receipt: " + e.getMessage());
            return ExitCode.FAILED;
        }
        Checkpoint checkpoint;
        try {
            checkpoint = parsed.check(verifier);
        } catch (VerificationException e) {
            err.println("vigil check-receipt: the receipt does not verify: " + e.getMessage());
            return ExitCode.TAMPERED;
        }
        out.printf(Locale.ROOT, "ok: entry %,d of %s, under a checkpoint of %s signed by %s%n", parsed.index(),
                checkpoint.origin(), Counted.of(checkpoint.size(), "entry", "entries"), verifier.name());
        out.printf(Locale.ROOT, "the entry: %s %s %s, by %s, at %s; sha256 %s%n", entry.kind(), entry.get("type"), entry.get("id"),
                entry.get("by"), entry.get("at"), entry.get("sha256"));
        if (later != null || consistency != null) {
            if (later == null || consistency == null) {
                throw new IllegalArgumentException("--later and --proof go together");
            }
            try {
                Checkpoint now = Checkpoint.open(VerifyCommand.checkpointText(Files.readString(later, StandardCharsets.UTF_8)),
                        verifier);
                List<Hash> proof = new ArrayList<>();
                for (String line : Files.readAllLines(consistency, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        proof.add(Hash.fromBase64(line.strip()));
                    }
                }
                Proofs.checkConsistency(checkpoint.size(), now.size(), checkpoint.root(), now.root(), proof);
                out.printf(Locale.ROOT, "ok: the later checkpoint of %s still holds the receipt's tree of %,d%n",
                        Counted.of(now.size(), "entry", "entries"), checkpoint.size());
            } catch (VerificationException e) {
                err.println("vigil check-receipt: the later checkpoint does not extend the receipt's: " + e.getMessage());
                return ExitCode.TAMPERED;
            }
        }
        if (record == null) {
            return ExitCode.OK;
        }
        byte[] sent = asStored(Files.readAllBytes(record));
        if (!Arrays.equals(sha256(sent), entry.sha256())) {
            err.printf(Locale.ROOT, "vigil check-receipt: the receipt verifies, but %s is not the record it commits"
                            + " to: its SHA-256 is %s, the entry commits to %s%n",
                    record, HexFormat.of().formatHex(sha256(sent)), entry.get("sha256"));
            return ExitCode.TAMPERED;
        }
        out.printf(Locale.ROOT, "the record in %s is the one committed to%n", record);
        return ExitCode.OK;
    }

    private String keyText() throws IOException {
        if (key == null) {
            if (!Files.isRegularFile(data.resolve(LogKeys.FILE_NAME))) {
                throw new IllegalArgumentException("no log key in " + data + ": give the verifier key with --key");
            }
            return LogKeys.loadOrCreate(data).vkey();
        }
        Path file = Path.of(key);
        if (key.contains("+") && !Files.isRegularFile(file)) {
            return notPrivate(key, "--key");
        }
        InputFiles.checkReadable(List.of(file), "a verifier key");
        return notPrivate(Files.readString(file, StandardCharsets.UTF_8), key);
    }

    /** The log's own signing key (DIR/log.key) is the likely wrong file: say so, and never echo any of it. */
    private static String notPrivate(String text, String given) {
        if (text.strip().startsWith("PRIVATE+KEY+")) {
            throw new IllegalArgumentException(given + " is the log's private signing key, not its verifier key: give"
                    + " what 'vigil key' writes");
        }
        return text;
    }

    /** The line as ingest stores it: without a UTF-8 byte order mark before it or a line ending after it. */
    static byte[] asStored(byte[] line) {
        int from = line.length >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb && (line[2] & 0xff) == 0xbf ? 3 : 0;
        int to = line.length;
        if (to > from && line[to - 1] == '\n') {
            to--;
            if (to > from && line[to - 1] == '\r') {
                to--;
            }
        }
        return Arrays.copyOfRange(line, from, to);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
