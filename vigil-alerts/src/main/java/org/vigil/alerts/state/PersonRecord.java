package org.vigil.alerts.state;

/**
 * What the engine knows about one resolved person, as lists of concern indices. It holds no name: the engine is
 * never given one. Kept at the person's root; a merge appends the other person's lists.
 */
public final class PersonRecord {
  /** Every mention of the person, in any role, packed by {@link MentionKeys}. */
  public final LongList mentions = new LongList();
  /** Concerns naming the person as an adult suspect, whatever they allege (for priorities). */
  public final IntList suspected = new IntList(2);
  /** Of those, the concerns that are exploitation evidence. */
  public final IntList suspectedOfExploitation = new IntList(2);
  /** Concerns naming the person as a child (victim, other or associate). */
  public final IntList asChild = new IntList(2);
  /** Concerns in which the person, as a child, was reported missing; one per report. */
  public final IntList missing = new IntList(1);
  /** Mentions as {@code reporter} or {@code witness}: the roles of people who report, not of suspects. */
  public int reporting;
  /** Known to live in a children's home or with foster carers. */
  public boolean inCare;

  void absorb(PersonRecord other) {
    mentions.addAll(other.mentions);
    suspected.addAll(other.suspected);
    suspectedOfExploitation.addAll(other.suspectedOfExploitation);
    asChild.addAll(other.asChild);
    missing.addAll(other.missing);
    reporting += other.reporting;
    inCare |= other.inCare;
  }
}
