/**
 * Probabilistic record linkage of person records in the Fellegi–Sunter model, after Splink.
 *
 * <p>The packages follow the pipeline: {@code value} (normal forms) → {@code table} (records as columns)
 * → {@code comparison} (levels per field) → {@code blocking} (candidate pairs) → {@code training} (u, m,
 * λ without labels) → {@code model} (the trained model, JSON) → {@code scoring} (weights and
 * probabilities) → {@code explain} (waterfalls) → {@code clustering} (people). {@link
 * org.vigil.linkage.Linker} runs them in order for one or two tables; {@code csv} is the facade for the
 * {@code vigil link} command; {@code incremental} links records one at a time as they arrive.
 *
 * <p>Names link records; they never raise a risk score, and no protected characteristic (ethnicity,
 * religion, nationality, a name's origin) is ever a feature.
 */
package org.vigil.linkage;
