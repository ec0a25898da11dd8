/**
 * The {@code vigil} command line (spec §3). {@link org.vigil.cli.Main} wires the object graph by hand; each command
 * is one class; exit codes and error messages are decided in one place, {@link org.vigil.cli.Failures}.
 */
package org.vigil.cli;
