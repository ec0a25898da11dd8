/**
 * Search over every mention with Lucene, held in memory and rebuilt from the stored records at start, then kept
 * current on intake. Three kinds of query, told apart by their shape: a <em>phone</em> (UK formats brought to one
 * national form), a <em>registration</em> ({@code R7?2 KLT}: spaces and case ignored, {@code ?} one unknown
 * character, stored partial marks matching complete ones), and otherwise <em>names</em>, matched fuzzily (Damerau-
 * Levenshtein distance 1 for names of 3 to 5 letters, 2 from 6) after case and accent folding. Narratives are
 * searched through the classic query parser with all query syntax escaped. No query text ever reaches SQL.
 */
package org.vigil.web.search;
