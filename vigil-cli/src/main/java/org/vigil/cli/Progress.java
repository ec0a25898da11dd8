package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.vigil.ingest.IngestListener;

/**
 * Progress on long work: a bar redrawn in place when standard error is a terminal, a line per committed batch when
 * asked for ({@code --progress lines}, which is what a supervising script reads), or nothing.
 */
final class Progress implements IngestListener {
    enum Mode { AUTO, BAR, LINES, NONE }

    private final PrintWriter err;
    private final Mode mode;
    private long lastDraw;

    Progress(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.NONE) : mode;
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
        err.printf("\r%-24.24s [%s%s] %3d%%  %,d accepted  %,d rejected", file.getFileName(), "#".repeat(filled),
                " ".repeat(width - filled), Math.round(share * 100), accepted, rejected);
        if (done) {
            err.println();
        }
        err.flush();
    }
}
