/**
 * End-to-end ingest measurements: concerns per second through the same wiring as {@code vigil ingest}, with the heap
 * and the CPU time of each thread reported, so the part that dominates can be named.
 */
package org.vigil.bench.ingest;
