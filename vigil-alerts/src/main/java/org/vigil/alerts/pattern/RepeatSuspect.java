package org.vigil.alerts.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.PersonRecord;

/**
 * {@code repeat_suspect}: an adult named as a suspect in exploitation evidence about at least
 * {@link Thresholds#repeatChildren()} distinct children across at least {@link Thresholds#repeatReports()} reports,
 * or in at least {@link Thresholds#repeatReportsAlone()} reports from two or more agencies about fewer children.
 * Only suspect mentions count: an adult named as reporter, witness, carer or "other" beside many children is never
 * counted, however many children there are (see {@code docs/decisions/alerts-benign-adults.md}).
 */
public final class RepeatSuspect {
  private final Thresholds thresholds;
  /**
   * Per person root, what the last assessment rested on: how many concerns named him as a suspect in exploitation
   * evidence, the person merges, and the amendments to his reports. While these stay the same, so does the finding,
   * and the alert (if any) has already been raised or updated on it: a decision alone changes nothing here.
   */
  private final java.util.Map<Integer, int[]> seen = new java.util.HashMap<>();

  public RepeatSuspect(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  public static String subject(int person) {
    return "person:" + person;
  }

  public Optional<Finding> assess(Casebook book, int person) {
    int p = book.persons.find(person);
    PersonRecord record = book.persons.record(p);
    int[] now = {record.suspectedOfExploitation.size(), book.persons.merges(), record.amendments};
    if (java.util.Arrays.equals(seen.put(p, now), now)) {
      return Optional.empty();
    }
    TreeSet<Integer> reports = Reports.of(book, record.suspectedOfExploitation);
    if (reports.size() < thresholds.repeatReports()) {
      return Optional.empty();
    }
    TreeSet<Integer> children = Reports.children(book, Reports.versions(book, reports), Set.of(p));
    TreeSet<String> agencies = Reports.agencies(book, reports);
    if (children.size() < thresholds.repeatChildren() && (reports.size() < thresholds.repeatReportsAlone()
        || agencies.size() < 2)) {
      return Optional.empty();
    }
    Evidence evidence = new Evidence()
        .persons("children", children)
        .facts("agencies", agencies)
        .facts("offences", Reports.offences(book, reports));
    return Optional.of(new Finding(AlertKind.REPEAT_SUSPECT, subject(p), evidence,
        () -> details(book, p, record, reports, children, agencies)));
  }

  private static Finding.Details details(Casebook book, int p, PersonRecord record, TreeSet<Integer> reports,
      TreeSet<Integer> children, TreeSet<String> agencies) {
    List<Party> parties = new ArrayList<>();
    parties.add(new Party(p, Party.SUSPECT));
    children.forEach(c -> parties.add(new Party(c, Party.CHILD)));
    List<String> reasons = new ArrayList<>();
    reasons.add("named as a suspect in " + Reports.plural(reports.size(), "report", "reports")
        + " of exploitation about " + Reports.plural(children.size(), "child", "children") + ", from "
        + Reports.plural(agencies.size(), "agency", "agencies") + " (" + String.join(", ", agencies) + "), "
        + Reports.span(book, reports));
    reasons.add("what the reports allege: " + Reports.alleged(book, reports));
    if (book.professional(record)) {
      reasons.add("also named " + Reports.plural(record.context, "time", "times")
          + " as reporter, witness, carer or other: only reports with strong exploitation evidence, corroborated by "
          + "a second, were counted");
    }
    return new Finding.Details(parties, List.copyOf(reports), reasons);
  }
}
