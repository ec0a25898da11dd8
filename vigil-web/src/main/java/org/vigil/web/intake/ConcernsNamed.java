package org.vigil.web.intake;

import java.util.Optional;
import java.util.function.Function;
import org.vigil.concern.Concern;
import org.vigil.concern.Decision;
import org.vigil.concern.Submission;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.auth.Account;
import org.vigil.web.auth.Role;

/**
 * What intake allows of a record that names another concern: a decision on it, or a correction of it (spec §1.1
 * {@code amends}). A report is its agency's: another agency that knows better sends a concern of its own, which links
 * to the same people, rather than a correction, which would take the report's place in the alerts and join its
 * subjects to the corrected report's. So:
 *
 * <ul>
 *   <li>a correction names a concern already stored, or sent in the same submission, of the correction's own agency.
 *       Spec §1 lets a correction come before its original, and {@code vigil ingest} takes it so; intake does not,
 *       since it could not tell whose report is being corrected, and a correction taken first would make another
 *       agency's original, arriving later, its earlier version;</li>
 *   <li>a partner submitter's decisions are on their own agency's concerns;</li>
 *   <li>whoever decides on or corrects a stored concern may read it (need-to-know), as on the concern's page: an
 *       analyst outside a restricted case's team breaks glass first.</li>
 * </ul>
 *
 * <p>A partner is told the same whether the concern named is another agency's or nobody's, so that it cannot learn
 * which ids other agencies use by naming them.
 */
final class ConcernsNamed {
    /** A concern named, as its sender sees it: its agency, and whether need-to-know lets the sender read it. */
    record Named(String agency, boolean readable) {
    }

    private ConcernsNamed() {
    }

    /**
     * Why {@code account} may not send {@code record}, if it may not: {@code concernOf} gives a concern stored, or sent
     * in this submission and taken (which its sender may read), and is empty for any other id (a decision's, or one not
     * in use).
     */
    static Optional<String> refusal(Account account, Submission record, Function<String, Optional<Named>> concernOf) {
        boolean partner = account.role() == Role.SUBMITTER;
        if (record.record() instanceof Concern c && c.amends() != null) {
            Optional<Named> corrected = concernOf.apply(c.amends());
            if (corrected.isPresent() && corrected.get().readable()
                    && NeedToKnow.sameAgency(corrected.get().agency(), c.agency())) {
                return Optional.empty();
            }
            if (partner || corrected.isEmpty()) {
                return Optional.of("concern \"" + c.id() + "\" corrects \"" + c.amends() + "\", which is not a concern of "
                        + c.agency() + "'s that Vigil holds: a correction names a concern its own agency sent, before it"
                        + " or in the same submission. Nothing was stored from this line; to add to another agency's"
                        + " report, send what you know as a new concern, without \"amends\"");
            }
            if (!corrected.get().readable()) {
                return restricted(c.id(), c.amends());
            }
            return Optional.of("concern \"" + c.id() + "\" corrects \"" + c.amends() + "\", another agency's concern: a"
                    + " correction comes from the agency of the report it corrects. Nothing was stored from this line;"
                    + " send it with that agency's name, or as a new concern without \"amends\"");
        }
        if (record.record() instanceof Decision d) {
            Optional<Named> decided = concernOf.apply(d.concern());
            if (partner && !decided.map(n -> n.readable() && NeedToKnow.sameAgency(n.agency(), account.agency()))
                    .orElse(false)) {
                return Optional.of("decision \"" + d.id() + "\" is on concern \"" + d.concern() + "\", which is not one"
                        + " of " + account.agency() + "'s that Vigil holds: send the concern first, or in the same"
                        + " submission");
            }
            // Spec §1.2: a decision may come before its concern. One on a concern held must be on one its sender may
            // read, as on the concern's page: whoever records a decision must be able to see what it decides.
            if (decided.isPresent() && !decided.get().readable()) {
                return restricted(d.id(), d.concern());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> restricted(String id, String named) {
        return Optional.of("\"" + id + "\" names concern \"" + named + "\", which is restricted to a team you are not in:"
                + " open it first (break glass, with a reason) to decide on it or correct it. Nothing was stored from"
                + " this line");
    }
}
