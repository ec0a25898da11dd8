/**
 * The watch: what turns Vigil's stored records and linked persons into the pattern engine's observations. It runs
 * live during ingest and replay (as a commit listener, after each batch is stored and logged) and after the fact,
 * replaying the store in event time, so that an export of alerts is a pure function of what was received. The
 * engine's alerts and work list write themselves as spec §2.2 and §2.3 lines
 * ({@link org.vigil.alerts.Alert#toJsonLine()}, {@link org.vigil.alerts.priority.PriorityLine#toJsonLine()}).
 *
 * <p>The engine is never given names: persons come from linkage, and names never raise a score.
 */
package org.vigil.watch;
