/**
 * Intake for any agency: a form and a JSON API that validate each record with the core's
 * {@link org.vigil.concern.RecordParser}, commit it through the ledger, and hand back its receipt (a C2SP
 * {@code tlog-proof@v1}) to keep, which can be checked offline in the browser against the log's verifier key.
 */
package org.vigil.web.intake;
