package org.vigil.alerts.harm;

import java.util.OptionalInt;
import org.vigil.harm.score.Vulnerability;

/**
 * The vulnerability a concern's harm is multiplied by: that of the most vulnerable child it names (the largest
 * {@link Vulnerability#factor()}, the first on a tie), or none when it names no child.
 */
public final class MostVulnerable {
    private Vulnerability best = Vulnerability.none();
    private boolean any;

    /** Considers one child: age at the concern if known, in care, missing episodes known so far. */
    public void consider(OptionalInt age, boolean inCare, int missingEpisodes) {
        Vulnerability v = new Vulnerability(age, inCare, missingEpisodes);
        if (!any || v.factor() > best.factor()) {
            best = v;
            any = true;
        }
    }

    public Vulnerability result() {
        return best;
    }
}
