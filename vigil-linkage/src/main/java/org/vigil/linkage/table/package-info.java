/**
 * Person records and the columnar table they are compared in.
 *
 * <p>A {@link org.vigil.linkage.table.PersonRecord} holds a person's details as written. A
 * {@link org.vigil.linkage.table.RecordTable} stores many of them in normal form, one primitive column
 * per {@link org.vigil.linkage.table.Field}: every distinct value is interned once in a
 * {@link org.vigil.linkage.table.Vocabulary} and records hold its integer code, so that an exact
 * comparison is an integer test, a term frequency is an array read, and phonetic codes and other derived
 * features are computed once per distinct value rather than once per pair. Tables are append-only, which
 * is what incremental linking needs.
 *
 * <p>Glossary: <b>code</b> — the integer standing for a distinct normalised value in one vocabulary;
 * <b>term frequency</b> — the share of records with a value in a column that have this value;
 * <b>source</b> — 0 for the left table, 1 for the right when two tables are linked.
 */
package org.vigil.linkage.table;
