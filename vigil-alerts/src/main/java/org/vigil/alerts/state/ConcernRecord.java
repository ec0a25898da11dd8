package org.vigil.alerts.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.alerts.evidence.Exploitation;
import org.vigil.alerts.evidence.ServiceLevel;
import org.vigil.alerts.harm.ConcernHarm;
import org.vigil.harm.score.Grading;
import org.vigil.harm.score.Vulnerability;

/**
 * One concern as the patterns need it. A concern and the amendments that correct it form one <i>report</i>, kept at
 * the {@link #root} (the first version): reports are what patterns count, so a corrected record is not counted
 * twice. Decisions are kept at the root; each version keeps its own evidence and harm, and the report's harm is
 * that of its {@link #latest} version.
 */
public final class ConcernRecord {
    public final String id;
    public final int index;
    /** The index of the first version of this report. */
    public final int root;
    public final long received;
    /** {@link #received} in epoch microseconds: a deadline keeps the fraction of a second. */
    public final long receivedMicros;
    public final String agency;
    public final Exploitation exploitation;
    /** Persons named as adult suspects (person indices, possibly stale). */
    public final int[] suspects;
    /** Persons named as children. */
    public final int[] children;
    /**
     * The children its offences are alleged against ({@code Roster#againstWhom}): those named as victims, or every
     * child when it names no victim. The same array as {@link #children} when they are all of them.
     */
    public final int[] againstWhom;
    /** Vehicles (root mark indices, possibly stale) named on suspects in exploitation evidence. */
    public final int[] vehicles;
    /** Place keys named in exploitation evidence (see {@link PlaceBook}). */
    public final String[] places;
    /** Every mention: person index and role, in the concern's order. */
    public final int[] mentionPersons;
    public final String[] mentionRoles;
    public final long[] mentionKeys;
    /** The concern's own harm inputs, kept so reasons can be rebuilt on demand rather than stored. */
    public final List<String> offences;
    public final Optional<Grading> grading;
    public final Vulnerability vulnerability;
    /** Scored on harm {@link #harmCodes()}: see {@link #scoredOnIndicators}. */
    public final double harm;
    /**
     * Exploitation evidence about a child alleging no offence with a harm weight, so scored as
     * {@link ConcernHarm#INDICATORS_ONLY} on its indicators.
     */
    public final boolean scoredOnIndicators;
    public final boolean provisional;
    public final int volume;
    public final ServiceLevel.Assessment serviceLevel;

    // Kept at the root only.
    /** The latest version of the report. */
    public int latest;
    public final IntList versions = new IntList(1);
    public int decisions;
    /** The first decision of no further action, if any. */
    public String nfaDecision;
    public String nfaReason;
    public long nfaAt;
    public String lastOutcome;
    public long lastDecisionAt;
    /** When it becomes overdue, in epoch microseconds, or {@link Long#MAX_VALUE}. */
    public long deadline = Long.MAX_VALUE;
    /** Whether it has been found overdue. */
    public boolean overdue;

    ConcernRecord(String id, int index, int root, Instant received, String agency, Exploitation exploitation,
            int[] suspects, int[] children, int[] againstWhom, int[] vehicles, String[] places, int[] mentionPersons, String[] mentionRoles, long[] mentionKeys,
            List<String> offences, Optional<Grading> grading, Vulnerability vulnerability, double harm,
            boolean scoredOnIndicators, boolean provisional, int volume, ServiceLevel.Assessment serviceLevel) {
        this.id = id;
        this.index = index;
        this.root = root;
        this.received = received.getEpochSecond();
        this.receivedMicros = micros(received);
        this.agency = agency;
        this.exploitation = exploitation;
        this.suspects = suspects;
        this.children = children;
        this.againstWhom = againstWhom;
        this.vehicles = vehicles;
        this.places = places;
        this.mentionPersons = mentionPersons;
        this.mentionRoles = mentionRoles;
        this.mentionKeys = mentionKeys;
        this.offences = offences;
        this.grading = grading;
        this.vulnerability = vulnerability;
        this.harm = harm;
        this.scoredOnIndicators = scoredOnIndicators;
        this.provisional = provisional;
        this.volume = volume;
        this.serviceLevel = serviceLevel;
        this.latest = index;
    }

    /** The offence codes its harm was scored on: its own, or {@link ConcernHarm#INDICATORS_ONLY}. */
    public List<String> harmCodes() {
        return scoredOnIndicators ? ConcernHarm.INDICATORS_ONLY : offences;
    }

    public boolean dismissed() {
        return nfaDecision != null;
    }

    /** Whether the report, once closed with no further action, was last decided otherwise: acted on after closing. */
    public boolean actedOnAfterClosing() {
        return dismissed() && !lastOutcome.equals("no_further_action");
    }

    public boolean decided() {
        return decisions > 0;
    }

    /** {@code t} in epoch microseconds, the unit of {@link #receivedMicros} and {@link #deadline}. */
    public static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }
}
