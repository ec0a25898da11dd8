package org.vigil.ledger;

import java.util.List;

/** What {@link LogAudit} found: counts of what it checked, and each problem in plain words, naming what is wrong. */
public record AuditReport(long entries, long records, long accesses, int checkpoints, List<String> problems) {
    public AuditReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
