/**
 * The CSV facade behind {@code vigil link LEFT.csv [RIGHT.csv] --id COLUMN --out PAIRS.csv}: reads one
 * table (deduplication) or two (linkage), recognises column roles from common header names, trains a
 * model without labels, and writes {@code left_id,right_id,probability} for the pairs judged to match.
 * Entry point: {@link org.vigil.linkage.csv.CsvLinkage#run}.
 */
package org.vigil.linkage.csv;
