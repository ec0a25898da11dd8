package org.vigil.alerts.evaluation;

import java.util.List;
import org.vigil.alerts.priority.PriorityLine;

/**
 * How a ranked work list orders a town's offenders, against its truth: of its first R lines, R being how many offenders
 * the truth has, how many are offenders (R-precision) and how many benign adults; and of its first ten, how many are
 * offenders. A line stands for the true person behind most of its mentions, as a flagged person does in
 * {@link AlertScore}. Taken of the harm ranking and of the volume-target ranking of the same persons, it shows what each
 * would have put in front of an analyst first.
 *
 * @param offenders offenders in the truth who are mentioned at all: R
 * @param lines lines in the ranking
 * @param offendersInFirstR of the first R lines (or all, if fewer), those whose person is an offender
 * @param benignInFirstR of the same lines, those whose person is a benign adult
 * @param firstTen how many lines the first ten are: ten, or all of them if fewer
 * @param offendersInFirstTen of those, the lines whose person is an offender
 */
public record RankingScore(int offenders, int lines, int offendersInFirstR, int benignInFirstR, int firstTen,
        int offendersInFirstTen) {

    public static RankingScore of(List<PriorityLine> ranking, Truth truth) {
        int offenders = (int) truth.persons().values().stream()
                .filter(p -> p.kind().equals(Truth.OFFENDER) && !p.mentioned().isEmpty())
                .count();
        int firstR = Math.min(offenders, ranking.size());
        int firstTen = Math.min(10, ranking.size());
        int inR = 0;
        int benign = 0;
        int inTen = 0;
        for (int i = 0; i < Math.max(firstR, firstTen); i++) {
            String kind = truth.kindOf(truth.majorityOf(ranking.get(i).mentions()));
            boolean offender = kind.equals(Truth.OFFENDER);
            if (i < firstR) {
                inR += offender ? 1 : 0;
                benign += kind.equals(Truth.BENIGN_ADULT) ? 1 : 0;
            }
            if (i < firstTen) {
                inTen += offender ? 1 : 0;
            }
        }
        return new RankingScore(offenders, ranking.size(), inR, benign, firstTen, inTen);
    }

    /** How many of the first R lines there are: R, or every line if the ranking is shorter. */
    public int firstR() {
        return Math.min(offenders, lines);
    }
}
