package org.vigil.harm.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report's numbers came from, so that a printed table can be checked.
 *
 * @param files the police.uk files read, by name
 * @param forces the forces that reported the crimes
 * @param weightsUsed crimes weighted with each table: a force name, or "national"
 * @param malformedExamples up to {@link #EXAMPLES} malformed rows, described with file and line
 * @param unknownCrimeTypes the malformed rows whose crime type is not one of police.uk's 14, by that type
 */
public record ReportProvenance(
        List<String> files,
        Optional<YearMonth> firstMonth,
        Optional<YearMonth> lastMonth,
        List<String> forces,
        Map<String, Long> weightsUsed,
        long rowsRead,
        long malformedRows,
        List<String> malformedExamples,
        Map<String, Long> unknownCrimeTypes) {
    public static final int EXAMPLES = 5;

    public ReportProvenance {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(lastMonth, "lastMonth");
        forces = List.copyOf(Objects.requireNonNull(forces, "forces"));
        weightsUsed = Map.copyOf(Objects.requireNonNull(weightsUsed, "weightsUsed"));
        malformedExamples = List.copyOf(Objects.requireNonNull(malformedExamples, "malformedExamples"));
        unknownCrimeTypes = Map.copyOf(Objects.requireNonNull(unknownCrimeTypes, "unknownCrimeTypes"));
    }

    /** "2018-10 to 2019-02", or "no months" for an empty report. */
    public String period() {
        if (firstMonth.isEmpty()) {
            return "no months";
        }
        return firstMonth.get().equals(lastMonth.orElseThrow())
                ? firstMonth.get().toString()
                : firstMonth.get() + " to " + lastMonth.get();
    }
}
