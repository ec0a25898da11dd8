package org.vigil.alerts.state;

import java.util.ArrayList;
import java.util.List;
import org.vigil.collections.IdIndex;

/** Concerns by index, in the order they were observed, and by id. */
public final class ConcernBook {
    private final List<ConcernRecord> records = new ArrayList<>();
    private final IdIndex index = new IdIndex(i -> records.get(i).id);
    /** How many concerns joined a report already taken in (amendments, and originals taken in after a correction). */
    private int joined;
    /**
     * The report each decision was about, in the order they were taken in: what lets a pattern that keeps the last
     * outcomes of thousands of reports read only those decided since.
     */
    private final IntList decided = new IntList(1024);

    public int lookup(String id) {
        return index.get(id);
    }

    public int nextIndex() {
        return records.size();
    }

    void add(ConcernRecord record) {
        if (record.index != records.size()) {
            throw new IllegalStateException("concern " + record.id + " added out of order: " + record.index);
        }
        records.add(record);
        index.put(record.id, record.index);
        if (record.root != record.index) {
            joined++;
        }
    }

    /**
     * Changes whenever a concern joins a report already taken in, as a version of it: while it stays the same, every
     * report has the versions it had.
     */
    public int joined() {
        return joined;
    }

    /** Records that report {@code report} (its root record's index) has been decided, as {@link #decidedReport}. */
    void decided(int report) {
        decided.add(report);
    }

    /** How many decisions have been taken in. */
    public int decisions() {
        return decided.size();
    }

    /** The report (root record index) the {@code i}-th decision taken in was about. */
    public int decidedReport(int i) {
        return decided.get(i);
    }

    public ConcernRecord get(int i) {
        return records.get(i);
    }

    /** The report (root record) concern {@code i} belongs to. */
    public ConcernRecord report(int i) {
        return records.get(records.get(i).root);
    }

    /** The report's current version: the latest amendment, or the concern itself. */
    public ConcernRecord current(int i) {
        return records.get(report(i).latest);
    }

    /**
     * The report's version current at event time {@code epochSecond}: its current version if received by then, or
     * else the last version taken in of those received by then; null if none was.
     */
    public ConcernRecord currentAsOf(int i, long epochSecond) {
        ConcernRecord report = report(i);
        ConcernRecord latest = records.get(report.latest);
        if (latest.received <= epochSecond) {
            return latest;
        }
        ConcernRecord known = null;
        for (int k = 0; k < report.versions.size(); k++) {
            ConcernRecord v = records.get(report.versions.get(k));
            if (v.received <= epochSecond && (known == null || v.index > known.index)) {
                known = v;
            }
        }
        return known;
    }

    public int size() {
        return records.size();
    }
}
