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
 * second pass: the index is sorted and the spilled lines are committed in that order. Both passes parse records on
 * worker threads ({@link ValidatingPool}) and hand them on in order. Memory holds only the index (about 40 bytes a
 * record and its id while sorting, 28 after) and a few thousand records in flight, never all the records.
 */
final class Replay {
    /** Threads that parse and check records; on a 2-core machine, both cores while nothing else runs. */
    private static final int VALIDATORS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

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
                spill(files, spill, index, lines, quarantines);
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

    /** First pass: validates every line, quarantines the bad ones and spills the good ones, indexed. */
    private void spill(List<Path> files, Path spill, Index index, long[] lines, Quarantines quarantines)
            throws IOException {
        long[] offset = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
             ValidatingPool pool = new ValidatingPool(options, VALIDATORS, o -> {
                 if (o.submission() == null) {
                     quarantines.reject(o, o.reason());
                     return;
                 }
                 out.write(o.raw());
                 index.add(Ledger.micros(o.submission().record().eventTime()), o.submission().id(), offset[0],
                         o.raw().length, o.source(), o.line());
                 offset[0] += o.raw().length;
             })) {
            for (int source = 0; source < files.size(); source++) {
                try (LineReader reader = new LineReader(files.get(source), options.maxLineBytes())) {
                    while (true) {
                        Line line;
                        try {
                            line = reader.next();
                        } catch (TruncatedInputException t) {
                            pool.drain();
                            lines[source]++;
                            quarantines.of(source).reject(t.lineNumber(),
                                    t.getMessage() + "; this line and anything after it were not read", t.partial());
                            break;
                        }
                        if (line == null) {
                            break;
                        }
                        lines[source]++;
                        pool.add(source, line);
                    }
                }
            }
            pool.drain();
        }
    }

    /** Second pass: reads the spilled records back in event-time order and commits them in batches. */
    private void commitInOrder(Path spill, Index index, Committer committer, Quarantines quarantines,
                               IngestListener progress) throws IOException {
        int[] order = index.sorted();
        List<List<Outcome>> batch = new ArrayList<>(List.of(new ArrayList<>(options.batchSize())));
        long[] delivered = {0};
        ValidatingPool.Sink commitInBatches = o -> {
            batch.get(0).add(o);
            delivered[0]++;
            if (batch.get(0).size() == options.batchSize() || delivered[0] == order.length) {
                long through = delivered[0];
                committer.commit(batch.get(0), quarantines,
                        () -> progress.committedInEventOrder(through, order.length, committer.accepted));
                batch.set(0, new ArrayList<>(options.batchSize()));
            }
        };
        try (FileChannel channel = FileChannel.open(spill, StandardOpenOption.READ);
             ValidatingPool pool = new ValidatingPool(options, VALIDATORS, commitInBatches)) {
            for (int i : order) {
                ByteBuffer bytes = ByteBuffer.allocate(index.length[i]);
                channel.read(bytes, index.offset[i]);
                pool.add(index.source[i], new Line(index.line[i], bytes.array(), index.length[i]));
            }
            pool.drain();
        }
        committer.flush();
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

        /**
         * Positions in event-time order; ties by id, then by input order (the sort is stable). Lets go of the times
         * and ids, which only the sort reads: a replay of a million concerns would otherwise keep 1.7 million ids,
         * about 100 MB, for as long as it runs.
         */
        int[] sorted() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingLong(i -> event[i]).thenComparing(i -> id[i]));
            event = null;
            id = null;
            int[] positions = new int[size];
            for (int i = 0; i < size; i++) {
                positions[i] = order[i];
            }
            return positions;
        }
    }
}
