package org.vigil.concern;

/**
 * Intelligence grading as given: 3x5x2 ({@code source} 1–3, {@code intelligence} A–E, {@code handling} P or C) or,
 * with {@code scheme} "5x5x5", the legacy grades kept as sent.
 */
public record Grading(String scheme, String source, String intelligence, String handling) {
    public static final String SCHEME_3X5X2 = "3x5x2";
    public static final String SCHEME_5X5X5 = "5x5x5";
}
