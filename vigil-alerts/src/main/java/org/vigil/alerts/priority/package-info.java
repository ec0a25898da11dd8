/**
 * The ranked work lists of interchange §2.3: persons by harm ({@link org.vigil.alerts.priority.Priorities#rank}) and,
 * for comparison only, by what a volume-target regime counted
 * ({@link org.vigil.alerts.priority.Priorities#rankByVolume}). Rankings advise; people decide.
 */
package org.vigil.alerts.priority;
