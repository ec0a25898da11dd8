package org.vigil.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.ledger.Ledger;
import org.vigil.store.ConcernStore;
import org.vigil.store.StoredRecord;

/**
 * Ingests JSON Lines files: one thread reads and validates lines while this one de-duplicates and commits them to
 * the ledger in batches, in file order. Every valid record is stored and logged; every other line goes to the
 * file's quarantine with its number and reason. A record whose id is already stored is a no-op if its content is
 * the same (byte for byte, or as JSON with keys in another order) and is rejected if it differs.
 */
public final class Ingest {
    /** Tuning: records per committed batch; the largest record accepted; the longest line read whole. */
    public record Options(int batchSize, int maxRecordBytes, int maxLineBytes) {
        public static final Options DEFAULT = new Options(5_000, 1 << 20, 64 << 20);

        public Options {
            if (batchSize < 1 || maxRecordBytes < 1 || maxLineBytes < maxRecordBytes) {
                throw new IllegalArgumentException("bad ingest options: batch " + batchSize + ", record limit "
                        + maxRecordBytes + ", line limit " + maxLineBytes);
            }
        }
    }

    private final ConcernStore store;
    private final Ledger ledger;
    private final Path quarantineDir;
    private final Options options;
    private final IngestListener listener;
    private final Set<String> quarantineNames = new LinkedHashSet<>();

    public Ingest(ConcernStore store, Ledger ledger, Path quarantineDir, Options options, IngestListener listener) {
        this.store = store;
        this.ledger = ledger;
        this.quarantineDir = quarantineDir;
        this.options = options;
        this.listener = listener;
    }

    /** Ingests one file; see the class comment. Throws {@link UncheckedIOException} if the file cannot be read. */
    public FileSummary ingest(Path file) {
        long fileBytes;
        try {
            fileBytes = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(4);
        Thread reader = new Thread(() -> read(file, chunks), "vigil-reader");
        reader.setDaemon(true);
        reader.start();

        long lines = 0;
        long accepted = 0;
        long unchanged = 0;
        try (Quarantine quarantine = new Quarantine(quarantineFile(file))) {
            while (true) {
                Chunk chunk = take(chunks);
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                List<Submission> toStore = new ArrayList<>();
                Map<String, Submission> inBatch = new HashMap<>();
                Map<String, byte[]> stored = store.digestsOf(chunk.ids());
                for (Outcome o : chunk.outcomes()) {
                    lines++;
                    if (o.reason() != null) {
                        quarantine.reject(o.line(), o.reason(), o.raw());
                        continue;
                    }
                    Submission s = o.submission();
                    Submission earlier = inBatch.get(s.id());
                    boolean seen = earlier != null || stored.containsKey(s.id());
                    boolean same = earlier != null ? sameContent(earlier.raw(), s.raw())
                            : seen && (Arrays.equals(stored.get(s.id()), s.sha256())
                                    || sameContent(storedRaw(s.id()), s.raw()));
                    if (same) {
                        unchanged++;
                    } else if (seen) {
                        quarantine.reject(o.line(), "id \"" + s.id() + "\" was already received with different"
                                + " content; send a correction as a new record that names it in \"amends\"", o.raw());
                    } else {
                        inBatch.put(s.id(), s);
                        toStore.add(s);
                    }
                }
                if (!toStore.isEmpty()) {
                    ledger.commit(toStore, List.of());
                    accepted += toStore.size();
                }
                if (chunk.truncated() != null) {
                    TruncatedInputException t = chunk.truncated();
                    lines++;
                    quarantine.reject(t.lineNumber(), t.getMessage() + "; this line and anything after it were not read",
                            t.partial());
                }
                listener.committed(file, chunk.bytesRead(), fileBytes, chunk.lastLine(), accepted, quarantine.count());
                if (chunk.last()) {
                    break;
                }
            }
            long rejected = quarantine.count();
            Path where = rejected > 0 ? quarantine.file() : null;
            quarantine.close();
            return new FileSummary(file, lines, accepted, unchanged, rejected, where);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ingest " + file, e);
        } finally {
            reader.interrupt();
        }
    }

    private byte[] storedRaw(String id) {
        return store.record(id).map(StoredRecord::raw).orElse(new byte[0]);
    }

    private static boolean sameContent(byte[] a, byte[] b) {
        if (Arrays.equals(a, b)) {
            return true;
        }
        try {
            JsonNode left = RecordParser.json().readTree(a);
            JsonNode right = RecordParser.json().readTree(b);
            return left != null && left.equals(right);
        } catch (IOException e) {
            return false;
        }
    }

    /** The reader thread: lines to validated outcomes, in chunks of one batch. */
    private void read(Path file, BlockingQueue<Chunk> chunks) {
        RecordParser parser = new RecordParser();
        try (LineReader lines = new LineReader(file, options.maxLineBytes())) {
            List<Outcome> outcomes = new ArrayList<>(options.batchSize());
            Line line;
            long last = 0;
            TruncatedInputException truncated = null;
            while (true) {
                try {
                    line = lines.next();
                } catch (TruncatedInputException e) {
                    truncated = e;
                    line = null;
                }
                if (line == null) {
                    break;
                }
                outcomes.add(validate(parser, line));
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

    private Outcome validate(RecordParser parser, Line line) {
        if (line.oversized()) {
            return new Outcome(line.number(), null, "the line is " + line.length() + " bytes, over the "
                    + options.maxLineBytes() + "-byte limit for a line; only its first bytes are kept here",
                    line.bytes());
        }
        if (line.bytes().length > options.maxRecordBytes()) {
            return new Outcome(line.number(), null, "the record is " + line.bytes().length + " bytes, over the "
                    + options.maxRecordBytes() + "-byte limit for one record", line.bytes());
        }
        try {
            return new Outcome(line.number(), parser.parse(line.bytes()), null, line.bytes());
        } catch (InvalidRecordException e) {
            return new Outcome(line.number(), null, e.getMessage(), line.bytes());
        }
    }

    private Path quarantineFile(Path input) {
        String base = input.getFileName().toString();
        String name = base + ".rejected.tsv";
        for (int n = 2; !quarantineNames.add(name); n++) {
            name = base + "-" + n + ".rejected.tsv";
        }
        return quarantineDir.resolve(name);
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

    /** One line's fate: a submission, or a reason to reject it. */
    private record Outcome(long line, Submission submission, String reason, byte[] raw) {
    }

    /** One batch of outcomes from the reader, with how far it got. */
    private record Chunk(List<Outcome> outcomes, long lastLine, long bytesRead, boolean last,
                         TruncatedInputException truncated, RuntimeException failure) {
        List<String> ids() {
            List<String> ids = new ArrayList<>(outcomes.size());
            for (Outcome o : outcomes) {
                if (o.submission() != null) {
                    ids.add(o.submission().id());
                }
            }
            return ids;
        }
    }
}
