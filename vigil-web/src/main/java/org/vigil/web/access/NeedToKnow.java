package org.vigil.web.access;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.vigil.web.BreakGlassRequired;
import org.vigil.web.WebException;
import org.vigil.web.auth.Account;
import org.vigil.web.auth.Role;
import org.vigil.web.cases.ConcernCard;

/** Decides whether an account may read a concern; see the package documentation for the rules. */
public final class NeedToKnow {
    /** What a partner agency is told of a concern it may not read, and of one that does not exist. */
    public static final String NOT_FOUND = "no concern ";

    /** How far an account reaches into one concern. */
    public enum Reach {
        /** May read it. */
        READ,
        /** May read it through an unexpired break-glass grant. */
        READ_BY_BREAK_GLASS,
        /** Restricted to another team: may break glass. */
        RESTRICTED,
        /** May not read it at all. */
        NONE
    }

    private final CaseRestrictions restrictions;
    private final BreakGlass breakGlass;
    private final UnaryOperator<String> reportOf;

    /**
     * {@code reportOf} gives the report a concern belongs to (its first version: {@code CaseIndex#reportOf}): a
     * restriction or a break-glass grant on any version of a report holds for all of them, since a correction names
     * the same children as its original.
     */
    public NeedToKnow(CaseRestrictions restrictions, BreakGlass breakGlass, UnaryOperator<String> reportOf) {
        this.restrictions = restrictions;
        this.breakGlass = breakGlass;
        this.reportOf = reportOf;
    }

    public Reach reach(Account account, ConcernCard concern) {
        Role role = account.role();
        if (role == Role.SUBMITTER) {
            return sameAgency(account.agency(), concern.agency()) ? Reach.READ : Reach.NONE;
        }
        if (!role.readsCases()) {
            return Reach.NONE;
        }
        String report = reportOf.apply(concern.id());
        Optional<Restriction> restriction = restrictions.of(concern.id()).or(() -> restrictions.of(report));
        if (restriction.isEmpty() || account.inTeam(restriction.get().team())) {
            return Reach.READ;
        }
        return breakGlass.holds(account.username(), concern.id()) || breakGlass.holds(account.username(), report)
                ? Reach.READ_BY_BREAK_GLASS : Reach.RESTRICTED;
    }

    public boolean mayRead(Account account, ConcernCard concern) {
        Reach r = reach(account, concern);
        return r == Reach.READ || r == Reach.READ_BY_BREAK_GLASS;
    }

    /**
     * Throws unless the account may read the concern: {@link BreakGlassRequired} when it could break glass. A
     * partner agency is told of another agency's concern exactly what it is told of an id nobody used, so that it
     * cannot learn which ids exist by trying them.
     */
    public Reach requireRead(Account account, ConcernCard concern) {
        Reach r = reach(account, concern);
        if (r == Reach.RESTRICTED) {
            throw new BreakGlassRequired(concern.id());
        }
        if (r == Reach.NONE && account.role() == Role.SUBMITTER) {
            throw WebException.notFound(NOT_FOUND + concern.id());
        }
        if (r == Reach.NONE) {
            throw WebException.forbidden("you may not read concern " + concern.id());
        }
        return r;
    }

    /** Whether two agency names are one agency's, as different people write it: letter case and outer spaces aside. */
    public static boolean sameAgency(String agency, String other) {
        return agency != null && other != null
                && agency.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }
}
