/**
 * Linkage measurements: Vigil against Duke 1.2 on FEBRL4 ({@link org.vigil.bench.linkage.DukeComparison}),
 * the CPU time of each stage of that job ({@link org.vigil.bench.linkage.StageCpu})
 * and a one-million-record deduplication ({@link org.vigil.bench.linkage.MillionDedup}) on records from a
 * seeded FEBRL-style generator ({@link org.vigil.bench.linkage.FebrlStyleGenerator}). Figures are written
 * up in {@code docs/benchmarks/linkage.md}.
 */
package org.vigil.bench.linkage;
