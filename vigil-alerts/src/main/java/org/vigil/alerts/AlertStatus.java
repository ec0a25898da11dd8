package org.vigil.alerts;

/** Whether an alert still stands on its own. */
public enum AlertStatus {
    /** Raised and possibly updated. */
    OPEN,
    /** Found to be about the same thing as an older alert, which carries on; see {@link Alert#mergedInto()}. */
    MERGED
}
