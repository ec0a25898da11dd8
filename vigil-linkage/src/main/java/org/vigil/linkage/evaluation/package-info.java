/**
 * Measuring linkage quality against ground truth: pairwise precision, recall and F1, for predicted
 * pairs and for the pairs a clustering implies.
 */
package org.vigil.linkage.evaluation;
