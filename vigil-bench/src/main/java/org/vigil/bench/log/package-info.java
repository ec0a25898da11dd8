/**
 * Benchmarks of vigil-log: appending leaves with the tiles each batch changes, and making and checking
 * proofs in a tree of 10,000,000 entries. Figures go to docs/benchmarks/log.md.
 */
package org.vigil.bench.log;
