package org.vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.ledger.AuditReport;
import org.vigil.log.Checkpoint;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Proofs;
import org.vigil.log.Receipt;
import org.vigil.log.VerificationException;
import org.vigil.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Rebuilds the log's Merkle tree from the stored entries and checks it, every stored record and"
                + " access event, and every checkpoint ever signed. Names anything that is wrong.",
                "A store cut back or emptied together with its checkpoints can only be caught against a checkpoint kept"
                + " elsewhere: give one, or a receipt, with --checkpoint.",
                "Exit status: 0 if all is as logged, 4 if anything is not (the store's file damaged included)."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "a signed checkpoint kept outside the store ('vigil checkpoint' saved earlier, or a receipt,"
                    + " whose checkpoint is used): the log must still hold its tree. May be given more than once")
    List<Path> held = new ArrayList<>();

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() throws IOException {
        InputFiles.checkReadable(held, "a checkpoint or receipt");
        try {
            return verify();
        } catch (StoreException e) {
            if (!e.damaged()) {
                throw e;
            }
            // Not as logged, so exit 4: a store that cannot be read at all cannot be shown to hold what was logged.
            spec.commandLine().getErr().println("FAILED: the store is damaged, so no entry of its log can be checked: "
                    + e.getMessage());
            return ExitCode.TAMPERED;
        }
    }

    private int verify() throws IOException {
        try (Workspace workspace = Workspace.openExisting(storeOptions)) {
            AuditReport report = workspace.audit().run(progressOptions.on(spec.commandLine().getErr()));
            List<String> problems = new ArrayList<>(report.problems());
            if (!held.isEmpty()) {
                try {
                    problems.addAll(checkHeld(workspace, report.entries()));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    // The audit has named what is wrong with the tree; the checkpoints given cannot be checked against it.
                    problems.add("the checkpoints given cannot be checked, since the log's tree cannot be read: "
                            + e.getMessage());
                }
            }
            var out = spec.commandLine().getOut();
            if (problems.isEmpty()) {
                out.printf(Locale.ROOT, "ok: %s, %s, %s and %s verified%s%n", Counted.of(report.entries(), "log entry", "log entries"),
                        Counted.of(report.records(), "record", "records"),
                        Counted.of(report.accesses(), "access event", "access events"),
                        Counted.of(report.checkpoints(), "checkpoint", "checkpoints"),
                        held.isEmpty() ? "" : "; the log holds the tree of each checkpoint given");
                return ExitCode.OK;
            }
            var err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "FAILED: %s found in %s, %s, %s:%n", Counted.of(problems.size(), "problem", "problems"),
                    Counted.of(report.entries(), "log entry", "log entries"), Counted.of(report.records(), "record", "records"),
                    Counted.of(report.checkpoints(), "checkpoint", "checkpoints"));
            problems.forEach(p -> err.println("  - " + p));
            return ExitCode.TAMPERED;
        }
    }

    /**
     * What is wrong between the log and each checkpoint given: one signed by this log's key, for a tree the log must
     * still hold. The log's own latest checkpoint stands for today's tree (the audit has checked it against the entries).
     */
    private List<String> checkHeld(Workspace workspace, long entries) throws IOException {
        List<String> problems = new ArrayList<>();
        NoteVerifier verifier = NoteVerifier.fromVkey(workspace.signer.vkey());
        Checkpoint today = entries == 0 ? null : Checkpoint.open(workspace.ledger().latestCheckpoint(), verifier);
        for (Path file : held) {
            Checkpoint given;
            try {
                given = Checkpoint.open(checkpointText(Files.readString(file, StandardCharsets.UTF_8)), verifier);
            } catch (VerificationException | IllegalArgumentException e) {
                problems.add(file + ": not a checkpoint signed by this log's key (" + workspace.signer.name() + "): "
                        + e.getMessage());
                continue;
            }
            if (today == null || given.size() > today.size()) {
                problems.add(file + " is signed for a tree of " + Counted.of(given.size(), "entry", "entries")
                        + ", but the log now holds " + entries + ": entries were removed, or the store was replaced by an"
                        + " earlier one");
                continue;
            }
            try {
                Proofs.checkConsistency(given.size(), today.size(), given.root(), today.root(),
                        workspace.ledger().consistencyProof(given.size(), today.size()));
            } catch (VerificationException | IllegalArgumentException e) {
                problems.add(file + ": the log no longer holds the tree of " + Counted.of(given.size(), "entry", "entries")
                        + " it signed: " + e.getMessage());
            }
        }
        return problems;
    }

    /** The signed note of a checkpoint file, or the checkpoint a receipt ends with. */
    static String checkpointText(String text) {
        String t = text.replace("\r\n", "\n");
        return t.startsWith(Receipt.HEADER + "\n") ? Receipt.parse(t).signedCheckpoint() : t;
    }
}
