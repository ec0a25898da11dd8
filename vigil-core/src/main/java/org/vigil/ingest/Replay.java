package org.vigil.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.vigil.ledger.Ledger;

/**
 * Ingests records in event-time order ({@code received} for concerns, {@code at} for decisions; ties by id, then
 * by input order), as if they had arrived live. First pass: every line is validated, rejected lines go to their
 * file's quarantine with their own line numbers, and valid lines are spilled to a temporary file with a small index;
 * second pass: the index is sorted and the spilled lines are committed in that order. Memory holds only the index
 * (about 40 bytes a record), never the records.
 */
final class Replay {
    private final Ingest.Options options;
    private final Path tmpDir;

    Replay(Ingest.Options options, Path tmpDir) {
        this.options = options;
        this.tmpDir = tmpDir;
    }

    List<FileSummary> run(List<Path> files, Committer committer, Path quarantineDir, IngestListener progress) {
        try {
            Files.createDirectories(tmpDir);
            Path spill = Files.createTempFile(tmpDir, "replay-", ".jsonl");
            try (Quarantines quarantines = new Quarantines(quarantineDir, files)) {
                Index index = new Index();
                long[] lines = new long[files.size()];
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16)) {
                    Validator validator = new Validator(options);
                    long offset = 0;
                    for (int source = 0; source < files.size(); source++) {
                        try (LineReader reader = new LineReader(files.get(source), options.maxLineBytes())) {
                            Line line;
                            while ((line = nextOrQuarantine(reader, quarantines.of(source), lines, source)) != null) {
                                lines[source]++;
                                Outcome o = validator.validate(source, line);
                                if (o.submission() == null) {
                                    quarantines.reject(o, o.reason());
                                    continue;
                                }
                                out.write(o.raw());
                                index.add(Ledger.micros(o.submission().record().eventTime()), o.submission().id(),
                                        offset, o.raw().length, source, line.number());
                                offset += o.raw().length;
                            }
                        }
                    }
                }
                commitInOrder(spill, index, committer, quarantines, progress);
                List<FileSummary> summaries = new ArrayList<>();
                for (int source = 0; source < files.size(); source++) {
                    Quarantine q = quarantines.of(source);
                    long[] counts = committer.counts(source);
                    summaries.add(new FileSummary(files.get(source), lines[source], counts[0], counts[1], q.count(),
                            q.count() > 0 ? q.file() : null));
                }
                return summaries;
            } finally {
                Files.deleteIfExists(spill);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replay " + files, e);
        }
    }

    private static Line nextOrQuarantine(LineReader reader, Quarantine quarantine, long[] lines, int source)
            throws IOException {
        try {
            return reader.next();
        } catch (TruncatedInputException t) {
            lines[source]++;
            quarantine.reject(t.lineNumber(), t.getMessage() + "; this line and anything after it were not read",
                    t.partial());
            return null;
        }
    }

    private void commitInOrder(Path spill, Index index, Committer committer, Quarantines quarantines,
                               IngestListener progress) throws IOException {
        Integer[] order = index.sorted();
        Validator validator = new Validator(options);
        try (FileChannel channel = FileChannel.open(spill, StandardOpenOption.READ)) {
            List<Outcome> batch = new ArrayList<>(options.batchSize());
            for (int n = 0; n < order.length; n++) {
                int i = order[n];
                ByteBuffer bytes = ByteBuffer.allocate(index.length[i]);
                channel.read(bytes, index.offset[i]);
                batch.add(validator.validate(index.source[i], new Line(index.line[i], bytes.array(), index.length[i])));
                if (batch.size() == options.batchSize() || n == order.length - 1) {
                    long through = n + 1;
                    committer.commit(batch, quarantines,
                            () -> progress.committed(spill, through, order.length, through, committer.accepted, 0));
                    batch = new ArrayList<>(options.batchSize());
                }
            }
            committer.flush();
        }
    }

    /** Where each valid record is in the spill file, and when it happened. */
    private static final class Index {
        long[] event = new long[1024];
        String[] id = new String[1024];
        long[] offset = new long[1024];
        int[] length = new int[1024];
        int[] source = new int[1024];
        long[] line = new long[1024];
        int size;

        void add(long eventMicros, String recordId, long at, int bytes, int from, long lineNumber) {
            if (size == event.length) {
                int n = size * 2;
                event = Arrays.copyOf(event, n);
                id = Arrays.copyOf(id, n);
                offset = Arrays.copyOf(offset, n);
                length = Arrays.copyOf(length, n);
                source = Arrays.copyOf(source, n);
                line = Arrays.copyOf(line, n);
            }
            event[size] = eventMicros;
            id[size] = recordId;
            offset[size] = at;
            length[size] = bytes;
            source[size] = from;
            line[size] = lineNumber;
            size++;
        }

        /** Positions in event-time order; ties by id, then by input order (the sort is stable). */
        Integer[] sorted() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingLong(i -> event[i]).thenComparing(i -> id[i]));
            return order;
        }
    }
}
