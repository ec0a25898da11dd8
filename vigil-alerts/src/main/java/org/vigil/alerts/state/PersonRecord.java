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
  /**
   * Mentions in roles that carry no suspicion: {@code reporter} or {@code witness}, and, as an adult (or of unknown
   * age), {@code other} or {@code associate}. The roles of carers, professionals and parents.
   */
  public int context;
  /** A first report of strong evidence naming a person of mostly {@link #context} roles as a suspect, held until a
   * second corroborates it. */
  public final IntList held = new IntList(1);
  /** Known to live in a children's home or with foster carers. */
  public boolean inCare;
  /**
   * Counts the amendments to reports naming the person (in any role, in any earlier version): a report's versions and
   * current version change without the person being named again. Lets a pattern know its inputs are unchanged.
   */
  public int amendments;
  /** Counts the reports naming the person (in any role, in any version) that were closed with no further action. */
  public int dismissals;

  void absorb(PersonRecord other) {
    mentions.addAll(other.mentions);
    suspected.addAll(other.suspected);
    suspectedOfExploitation.addAll(other.suspectedOfExploitation);
    asChild.addAll(other.asChild);
    missing.addAll(other.missing);
    context += other.context;
    held.addAll(other.held);
    inCare |= other.inCare;
    amendments += other.amendments;
    dismissals += other.dismissals;
  }
}
