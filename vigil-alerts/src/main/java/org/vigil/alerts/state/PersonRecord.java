package org.vigil.alerts.state;

/**
 * What the engine knows about one resolved person, as lists of concern indices. It holds no name: the engine is
 * never given one. Kept at the person's root; a merge appends the other person's lists.
 */
public final class PersonRecord {
    /** Every mention of the person, in any role, packed by {@link MentionKeys}. */
    public final LongList mentions = new LongList();
    // The lists below are IntList.NONE until their first entry (most persons are only ever in one or two of them), and
    // only this package assigns or adds to them.
    /** Concerns naming the person as an adult suspect, whatever they allege (for priorities). */
    public IntList suspected = IntList.NONE;
    /**
     * Concerns naming the person as a suspect under 18, by the age or date of birth they give: a child first, counted in
     * no pattern, but listed in the priorities so that the allegation is not lost from the work.
     */
    public IntList suspectedUnder18 = IntList.NONE;
    /** Of the concerns naming the person as an adult suspect, those that are exploitation evidence. */
    public IntList suspectedOfExploitation = IntList.NONE;
    /** Concerns naming the person as a child (victim, other or associate). */
    public IntList asChild = IntList.NONE;
    /** Concerns in which the person, as a child, was reported missing; one per report. */
    public IntList missing = IntList.NONE;
    /**
     * The reports (not versions: a correction naming him again in the same role is not counted again) naming the person
     * as an adult suspect, which rule 4 weighs against {@link #context}.
     */
    public int suspectReports;
    /**
     * Mentions in roles that carry no suspicion: {@code reporter} or {@code witness}, and, as an adult (or of unknown
     * age), {@code other} or {@code associate}, one per report and role. The roles of carers, professionals and parents.
     */
    public int context;
    /**
     * Of {@link #context}, the mentions as an adult {@code associate}: the agencies' word for a child's "boyfriend" or a
     * man seen with her, not a carer's or professional's role, so they do not raise the bar of rule 4.
     */
    public int associateContext;
    /** The reports of exploitation evidence naming the person as an adult {@code associate} (rule 12 of {@code Suspicion}). */
    public int associateInEvidence;
    /** A first report of strong evidence naming a person of mostly {@link #context} roles as a suspect, held until a
     * second corroborates it. */
    public IntList held = IntList.NONE;
    /**
     * Of {@link #suspectedOfExploitation}, the concerns that name the person only as an adult {@code associate} or
     * {@code other}: they count once he is a counted suspect (see {@code Suspicion}).
     */
    public IntList asAssociate = IntList.NONE;
    /**
     * Of {@link #suspected}, the concerns sent or written by the designated officer
     * ({@link org.vigil.alerts.evidence.DesignatedOfficer}): allegations against someone in a position of trust
     * (rule 14 of {@code Suspicion}).
     */
    public IntList referred = IntList.NONE;
    /**
     * Of {@link #asAssociate}, the concerns that record him as the older partner of a child under 16 (rule 15 of
     * {@code Suspicion}).
     */
    public IntList asOlderPartner = IntList.NONE;
    /** Concerns naming the person as an adult {@code associate}, whatever they allege (rule 11). */
    public IntList associated = IntList.NONE;
    /** Concerns of exploitation evidence naming the person as an adult associate or other that do not count yet. */
    public IntList associateWaiting = IntList.NONE;
    /** The latest date of birth any report gave the person (the youngest), or null: see {@code AgeAt.childOnRecord}. */
    public String born;
    /** Known to live in a children's home or with foster carers. */
    public boolean inCare;
    /** Some report gave the person an adult's age or date of birth. */
    public boolean adultOnRecord;
    /**
     * Named as a child in a report of exploitation evidence: a child known to be at risk of exploitation, whose later
     * missing episodes with an adult named as suspect count against him (rule 8 of {@code alerts-benign-adults.md}).
     */
    public boolean atRisk;
    /**
     * Counts the amendments to reports naming the person (in any role, in any earlier version): a report's versions and
     * current version change without the person being named again. Lets a pattern know its inputs are unchanged.
     */
    public int amendments;
    /**
     * Counts the decisions that closed a report naming the person (in any role, in any version) with no further action,
     * or acted on one so closed: what the person's {@code dismissed} alerts rest on changed.
     */
    public int dismissals;

    /**
     * Whether some report gave the person, named other than as a suspect, an age or date of birth under 18, or named
     * them the victim of an offence only a child suffers: a child by age, where the rest of {@link #asChild}'s children
     * are victims of no stated age, counted as children for their safety.
     */
    public boolean childByAge;

    /**
     * Whether a report naming the person as a victim of no stated age counts them as a child: yes, unless another report
     * gives them an adult's age and none a child's (the partner of a domestic incident, stated 37 elsewhere).
     */
    public boolean countsAsChild() {
        return !adultOnRecord || childByAge;
    }

    void absorb(PersonRecord other) {
        mentions.addAll(other.mentions);
        suspected = joined(suspected, other.suspected);
        suspectedUnder18 = joined(suspectedUnder18, other.suspectedUnder18);
        suspectedOfExploitation = joined(suspectedOfExploitation, other.suspectedOfExploitation);
        asChild = joined(asChild, other.asChild);
        missing = joined(missing, other.missing);
        suspectReports += other.suspectReports;
        context += other.context;
        associateContext += other.associateContext;
        associateInEvidence += other.associateInEvidence;
        held = joined(held, other.held);
        referred = joined(referred, other.referred);
        asAssociate = joined(asAssociate, other.asAssociate);
        associateWaiting = joined(associateWaiting, other.associateWaiting);
        associated = joined(associated, other.associated);
        asOlderPartner = joined(asOlderPartner, other.asOlderPartner);
        inCare |= other.inCare;
        adultOnRecord |= other.adultOnRecord;
        atRisk |= other.atRisk;
        childByAge |= other.childByAge;
        born = org.vigil.alerts.evidence.AgeAt.youngest(born, other.born);
        amendments += other.amendments;
        dismissals += other.dismissals;
    }

    /** {@code list} with {@code value} added: a list of its own if it was {@link IntList#NONE}. */
    static IntList added(IntList list, int value, int capacity) {
        IntList out = list == IntList.NONE ? new IntList(capacity) : list;
        out.add(value);
        return out;
    }

    /** {@code list} without the values of {@code less}, in a list of its own ({@link IntList#NONE} if none is left). */
    static IntList without(IntList list, IntList less) {
        IntList out = IntList.NONE;
        for (int i = 0; i < list.size(); i++) {
            if (!less.contains(list.get(i))) {
                out = added(out, list.get(i), 1);
            }
        }
        return out;
    }

    /** {@code list} followed by {@code more}, in a list of its own unless both are empty. */
    static IntList joined(IntList list, IntList more) {
        if (more.isEmpty()) {
            return list;
        }
        IntList out = list == IntList.NONE ? new IntList(more.size()) : list;
        out.addAll(more);
        return out;
    }
}
