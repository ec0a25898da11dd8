/**
 * Blocking: which record pairs are compared at all.
 *
 * <p>A {@link org.vigil.linkage.blocking.BlockingRule} is a conjunction of
 * {@link org.vigil.linkage.blocking.BlockingKey}s ({@code surname_metaphone&given_initial}); two records
 * are in one block of the rule when they share a key. The candidate pairs are the <em>union</em> over
 * rules, each pair produced once: a pair found by rule <i>r</i> is skipped when an earlier rule already
 * produces it (Splink's "blocking rules to generate predictions"). {@link
 * org.vigil.linkage.blocking.BlockedPairs} enumerates candidates block by block, on several threads, and
 * {@link org.vigil.linkage.blocking.BlockingRecall} measures what share of known true pairs the rules
 * reach.
 *
 * <p>Glossary: <b>block</b> — the records sharing one key of one rule; <b>maximum block size</b> — a block
 * of more records is skipped, and a pair it holds is a candidate only if some rule blocks it in a block within
 * the size; <b>blocking recall</b> — the share of true matching pairs that are candidates (a pair never compared
 * can never be linked).
 */
package org.vigil.linkage.blocking;
