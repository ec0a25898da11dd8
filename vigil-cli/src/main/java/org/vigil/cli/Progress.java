package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.vigil.ingest.IngestListener;
import org.vigil.ledger.AuditListener;
import org.vigil.store.ReplayListener;

/**
 * Progress on long work: a bar redrawn in place when standard error is a terminal (spec §3), a line per committed
 * batch when asked for ({@code --progress lines}, which is what a supervising script reads), or nothing. Ingest
 * reports each committed batch, a replay of the store (exports, evaluation, a replay into a store that holds records)
 * the records replayed of the total, an audit each pass's entries or records checked of the total, and a command the
 * stage it has come to after.
 */
final class Progress implements IngestListener, ReplayListener, AuditListener {
    enum Mode { AUTO, BAR, LINES, NONE }

    private final PrintWriter err;
    private final Mode mode;
    private long lastDraw;

    Progress(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode == Mode.AUTO ? (standardErrorIsTerminal() ? Mode.BAR : Mode.NONE) : mode;
    }

    /**
     * Whether standard error, not standard input or output, is a terminal: {@code vigil ingest F > out} still shows
     * progress, and {@code vigil ingest F 2> log} keeps it out of the log. {@code System.console()} answers for input
     * and output instead, so it is only the fallback where {@code /proc} cannot say (not Linux).
     */
    static boolean standardErrorIsTerminal() {
        try {
            return isTerminal(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Whether a file descriptor's link in {@code /proc/self/fd} names a terminal device. */
    static boolean isTerminal(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    @Override
    public void committed(Path file, long bytesRead, long fileBytes, long lastLine, long accepted, long rejected) {
        switch (mode) {
            case LINES -> {
                err.println("committed " + file.getFileName() + " through line " + lastLine + ": " + accepted
                        + " accepted, " + rejected + " rejected");
                err.flush();
            }
            case BAR -> bar(file, bytesRead, fileBytes, accepted, rejected);
            default -> { }
        }
    }

    @Override
    public void committedInEventOrder(long records, long total, long accepted) {
        switch (mode) {
            case LINES -> {
                err.printf(Locale.ROOT, "committed %d of %d records in event-time order: %d accepted%n", records, total,
                        accepted);
                err.flush();
            }
            case BAR -> bar("replaying in event order", records, total,
                    String.format(Locale.ROOT, "%,d of %,d records  %,d accepted", records, total, accepted));
            default -> { }
        }
    }

    @Override
    public void replayed(long records, long total) {
        switch (mode) {
            case LINES -> {
                err.printf(Locale.ROOT, "replayed %d of %d records%n", records, total);
                err.flush();
            }
            case BAR -> bar("replaying the store", records, total,
                    String.format(Locale.ROOT, "%,d of %,d records", records, total));
            default -> { }
        }
    }

    @Override
    public void checked(String pass, long done, long total) {
        switch (mode) {
            case LINES -> {
                err.printf(Locale.ROOT, "%s: %d of %d%n", pass, done, total);
                err.flush();
            }
            case BAR -> bar(pass, done, total, String.format(Locale.ROOT, "%,d of %,d", done, total));
            default -> { }
        }
    }

    /** The long work has come to {@code stage} (ranking, writing): a line of its own, on a terminal or as asked. */
    void stage(String stage) {
        if (mode == Mode.BAR || mode == Mode.LINES) {
            err.println(stage);
            err.flush();
        }
    }

    private void bar(Path file, long bytesRead, long fileBytes, long accepted, long rejected) {
        bar(file.getFileName().toString(), bytesRead, fileBytes,
                String.format(Locale.ROOT, "%,d accepted  %,d rejected", accepted, rejected));
    }

    private void bar(String label, long done, long total, String counts) {
        long now = System.nanoTime();
        boolean finished = done >= total;
        if (!finished && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        double share = total == 0 ? 1 : Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(share * width);
        err.printf(Locale.ROOT, "\r%-24.24s [%s%s] %3d%%  %s", label, "#".repeat(filled), " ".repeat(width - filled),
                Math.round(share * 100), counts);
        if (finished) {
            err.println();
        }
        err.flush();
    }
}
