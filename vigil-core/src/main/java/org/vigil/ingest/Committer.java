package org.vigil.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.PersonChanges;
import org.vigil.store.ConcernStore;
import org.vigil.store.StoredRecord;

/**
 * The committing half of ingest: de-duplicates a batch of outcomes against the store and itself, quarantines what
 * cannot be accepted, links the new mentions into persons, and commits the rest, with their persons, to the ledger as
 * one batch. A record whose id is already stored is a
 * no-op if its content is the same (byte for byte, or as JSON with keys in another order), and rejected if not.
 */
final class Committer {
    private final ConcernStore store;
    private final Ledger ledger;
    private final MentionLinker linker;
    private final CommitListener listener;
    long accepted;
    long unchanged;
    private final Map<Integer, long[]> bySource = new HashMap<>();

    Committer(ConcernStore store, Ledger ledger, MentionLinker linker, CommitListener listener) {
        this.store = store;
        this.ledger = ledger;
        this.linker = linker;
        this.listener = listener;
    }

    void commit(List<Outcome> outcomes, Quarantines quarantines) throws IOException {
        List<String> ids = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            if (o.submission() != null) {
                ids.add(o.submission().id());
            }
        }
        Map<String, byte[]> stored = store.digestsOf(ids);
        Map<String, Submission> inBatch = new HashMap<>();
        List<Submission> toStore = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.reason() != null) {
                quarantines.reject(o, o.reason());
                continue;
            }
            Submission s = o.submission();
            Submission earlier = inBatch.get(s.id());
            boolean seen = earlier != null || stored.containsKey(s.id());
            boolean same = earlier != null ? sameContent(earlier.raw(), s.raw())
                    : seen && (Arrays.equals(stored.get(s.id()), s.sha256()) || sameContent(storedRaw(s.id()), s.raw()));
            if (same) {
                unchanged++;
                counts(o.source())[1]++;
            } else if (seen) {
                quarantines.reject(o, "id \"" + s.id() + "\" was already received with different content;"
                        + " send a correction as a new record that names it in \"amends\"");
            } else {
                inBatch.put(s.id(), s);
                toStore.add(s);
                counts(o.source())[0]++;
            }
        }
        if (!toStore.isEmpty()) {
            // If the commit fails the index holds mentions the store does not: the ingest stops, and the next run
            // rebuilds the index from the store.
            PersonChanges persons = linker.link(toStore);
            long first = ledger.commit(toStore, List.of(), persons);
            accepted += toStore.size();
            listener.committed(toStore, persons, first);
        }
    }

    /** Records accepted ([0]) and already stored ([1]) from one input. */
    long[] counts(int source) {
        return bySource.computeIfAbsent(source, k -> new long[2]);
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
}
