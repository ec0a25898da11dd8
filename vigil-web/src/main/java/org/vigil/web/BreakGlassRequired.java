package org.vigil.web;

/**
 * The concern is restricted to a team the user is not in: they may still open it by breaking glass, giving a reason
 * that is logged and reviewed.
 */
public final class BreakGlassRequired extends WebException {
    private static final long serialVersionUID = 1L;
    private final String concernId;

    public BreakGlassRequired(String concernId) {
        super(403, "concern " + concernId + " is restricted to a team you are not in");
        this.concernId = concernId;
    }

    public String concernId() {
        return concernId;
    }
}
