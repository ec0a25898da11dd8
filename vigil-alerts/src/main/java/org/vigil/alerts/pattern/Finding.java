package org.vigil.alerts.pattern;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A pattern found true of one subject, now: the evidence to compare with the next assessment, and, worked out only
 * when an alert is raised or updated, who it concerns, the reports it rests on and why. The engine turns findings
 * into alerts, gives them ids and harm, and decides whether a later finding about the same subject is an update.
 */
public final class Finding {
    /**
     * Who a finding concerns and why.
     *
     * @param parties the persons, suspects first
     * @param reports the reports (root concern indices) it rests on, ascending
     * @param reasons plain sentences, most telling first
     */
    public record Details(List<Party> parties, List<Integer> reports, List<String> reasons) {
        public Details {
            parties = List.copyOf(parties);
            reports = List.copyOf(reports);
            reasons = List.copyOf(reasons);
        }
    }

    private final AlertKind kind;
    private final String subject;
    private final Evidence evidence;
    private final Supplier<Details> work;
    private Details details;

    /**
     * @param subject what the finding is about, stable across assessments: {@code "person:12"}, {@code "vehicle:3"} …
     * @param details worked out at most once, and only if the finding raises or updates an alert
     */
    public Finding(AlertKind kind, String subject, Evidence evidence, Supplier<Details> details) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.work = Objects.requireNonNull(details, "details");
    }

    public AlertKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public Evidence evidence() {
        return evidence;
    }

    public Details details() {
        if (details == null) {
            details = work.get();
        }
        return details;
    }

    /** The key an alert about this finding is kept under. */
    public String key() {
        return kind.wire() + "|" + subject;
    }
}
