package org.vigil.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.vigil.ledger.Ledger;
import org.vigil.people.PersonIndex;
import org.vigil.store.ConcernStore;

/**
 * Ingests JSON Lines files in the order their lines arrive: one thread reads and validates lines while this one
 * de-duplicates them and commits them to the ledger in batches, in file order, with their mentions linked into persons
 * on a thread of their own (see {@link Committer}). Every valid record
 * is stored and logged; every other line goes to its file's quarantine with its number and reason. For event-time
 * order, see {@link Replay}.
 */
public final class Ingest {
    /**
     * Tuning: records per committed batch; the largest record accepted; the longest line read whole. The spec sets no
     * size limit, so the default record limit (16 MiB) is far above any real concern, even one with a long narrative
     * pasted in; it only stops a corrupt line (records run together without line ends) being held and parsed whole.
     */
    public record Options(int batchSize, int maxRecordBytes, int maxLineBytes) {
        public static final Options DEFAULT = new Options(5_000, 16 << 20, 64 << 20);

        public Options {
            if (batchSize < 1 || maxRecordBytes < 1 || maxLineBytes < maxRecordBytes) {
                throw new IllegalArgumentException("bad ingest options: batch " + batchSize + ", record limit "
                        + maxRecordBytes + ", line limit " + maxLineBytes);
            }
        }
    }

    private final ConcernStore store;
    private final Ledger ledger;
    private final MentionLinker linker;
    private final Path quarantineDir;
    private final Options options;
    private final IngestListener progress;
    private final CommitListener onCommit;

    /** An ingest that links against the persons already in the store (rebuilding their index first). */
    public Ingest(ConcernStore store, Ledger ledger, Path quarantineDir, Options options, IngestListener progress) {
        this(store, ledger, PersonIndex.rebuild(store)::link, quarantineDir, options, progress, CommitListener.NONE);
    }

    public Ingest(ConcernStore store, Ledger ledger, MentionLinker linker, Path quarantineDir, Options options,
                  IngestListener progress) {
        this(store, ledger, linker, quarantineDir, options, progress, CommitListener.NONE);
    }

    public Ingest(ConcernStore store, Ledger ledger, MentionLinker linker, Path quarantineDir, Options options,
                  IngestListener progress, CommitListener onCommit) {
        this.store = store;
        this.ledger = ledger;
        this.linker = linker;
        this.quarantineDir = quarantineDir;
        this.options = options;
        this.progress = progress;
        this.onCommit = onCommit;
    }

    /** Ingests one file. */
    public FileSummary ingest(Path file) {
        return ingest(List.of(file)).get(0);
    }

    /** Ingests the files one after another, in line order. Throws {@link UncheckedIOException} if one cannot be read. */
    public List<FileSummary> ingest(List<Path> files) {
        List<FileSummary> summaries = new ArrayList<>();
        Committer committer = new Committer(store, ledger, linker, onCommit);
        try (Quarantines quarantines = new Quarantines(quarantineDir, files)) {
            for (int source = 0; source < files.size(); source++) {
                summaries.add(ingest(source, files.get(source), committer, quarantines));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the quarantine in " + quarantineDir, e);
        } finally {
            committer.close();
        }
        return summaries;
    }

    /** Replays the files in event-time order; see {@link Replay}. */
    public List<FileSummary> replay(List<Path> files) {
        Committer committer = new Committer(store, ledger, linker, onCommit);
        try {
            return new Replay(options, quarantineDir.resolveSibling("tmp")).run(files, committer, quarantineDir, progress);
        } finally {
            committer.close();
        }
    }

    private FileSummary ingest(int source, Path file, Committer committer, Quarantines quarantines)
            throws IOException {
        long fileBytes = Files.size(file);
        BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(4);
        Thread reader = new Thread(() -> read(source, file, chunks), "vigil-reader");
        reader.setDaemon(true);
        reader.start();
        long acceptedBefore = committer.accepted;
        long unchangedBefore = committer.unchanged;
        long lines = 0;
        Quarantine quarantine = quarantines.of(source);
        try {
            while (true) {
                Chunk chunk = take(chunks);
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                lines += chunk.outcomes().size();
                committer.commit(chunk.outcomes(), quarantines, () -> progress.committed(file, chunk.bytesRead(),
                        fileBytes, chunk.lastLine(), committer.accepted - acceptedBefore, quarantine.count()));
                if (chunk.truncated() != null) {
                    TruncatedInputException t = chunk.truncated();
                    lines++;
                    quarantine.reject(t.lineNumber(), t.getMessage() + "; this line and anything after it were not read",
                            t.partial());
                }
                if (chunk.last()) {
                    break;
                }
            }
            committer.flush();
        } finally {
            reader.interrupt();
        }
        long rejected = quarantine.count();
        return new FileSummary(file, lines, committer.accepted - acceptedBefore, committer.unchanged - unchangedBefore,
                rejected, rejected > 0 ? quarantine.file() : null);
    }

    /** The reader thread: lines to validated outcomes, in chunks of one batch. */
    private void read(int source, Path file, BlockingQueue<Chunk> chunks) {
        Validator validator = new Validator(options);
        try (LineReader lines = new LineReader(file, options.maxLineBytes())) {
            List<Outcome> outcomes = new ArrayList<>(options.batchSize());
            long last = 0;
            TruncatedInputException truncated = null;
            while (true) {
                Line line;
                try {
                    line = lines.next();
                } catch (TruncatedInputException e) {
                    truncated = e;
                    line = null;
                }
                if (line == null) {
                    break;
                }
                outcomes.add(validator.validate(source, line));
                last = line.number();
                if (outcomes.size() == options.batchSize()) {
                    chunks.put(new Chunk(outcomes, last, lines.bytesRead(), false, null, null));
                    outcomes = new ArrayList<>(options.batchSize());
                }
            }
            chunks.put(new Chunk(outcomes, last, lines.bytesRead(), true, truncated, null));
        } catch (IOException e) {
            putQuietly(chunks, new Chunk(List.of(), 0, 0, true, null, new UncheckedIOException("cannot read " + file, e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            putQuietly(chunks, new Chunk(List.of(), 0, 0, true, null, e));
        }
    }

    private static Chunk take(BlockingQueue<Chunk> chunks) {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        }
    }

    private static void putQuietly(BlockingQueue<Chunk> chunks, Chunk chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One batch of outcomes from the reader, with how far it got. */
    private record Chunk(List<Outcome> outcomes, long lastLine, long bytesRead, boolean last,
                         TruncatedInputException truncated, RuntimeException failure) {
    }
}
