package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.vigil.ingest.IngestListener;

/**
 * Progress on long work: a bar redrawn in place when standard error is a terminal (spec §3), a line per committed
 * batch when asked for ({@code --progress lines}, which is what a supervising script reads), or nothing.
 */
final class Progress implements IngestListener {
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

    private void bar(Path file, long bytesRead, long fileBytes, long accepted, long rejected) {
        long now = System.nanoTime();
        boolean done = bytesRead >= fileBytes;
        if (!done && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        double share = fileBytes == 0 ? 1 : Math.min(1.0, (double) bytesRead / fileBytes);
        int filled = (int) Math.round(share * width);
        err.printf(Locale.ROOT, "\r%-24.24s [%s%s] %3d%%  %,d accepted  %,d rejected", file.getFileName(), "#".repeat(filled),
                " ".repeat(width - filled), Math.round(share * 100), accepted, rejected);
        if (done) {
            err.println();
        }
        err.flush();
    }
}
