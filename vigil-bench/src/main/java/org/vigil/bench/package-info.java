/**
 * Benchmarks for the figures the issues name; results go to docs/BENCHMARKS.md.
 */
package org.vigil.bench;
