package org.vigil.harm.weights;

import java.util.Arrays;

/** What a weight rests on, and so whether it is only a placeholder. */
public enum WeightBasis {
    /** The offence's own value: an offence-level CCHI row, or one derived by the CHI rule from the guideline. */
    OFFENCE_LEVEL("offence-level", false),
    /** The median of the offence's subgroup standing in for its missing CCHI row (README caveat 1). */
    SUBGROUP_FALLBACK("subgroup-fallback", true),
    /** The code is not in the table at all; see {@link HarmWeights#UNKNOWN_CODE_DAYS}. */
    UNKNOWN_CODE("unknown-code", true);

    private final String token;
    private final boolean placeholder;

    WeightBasis(String token, boolean placeholder) {
        this.token = token;
        this.placeholder = placeholder;
    }

    /** The spelling used in the {@code basis} column of weight tables. */
    public String token() {
        return token;
    }

    public boolean placeholder() {
        return placeholder;
    }

    public static WeightBasis parse(String token) {
        return Arrays.stream(values())
                .filter(b -> b.token.equals(token == null ? "" : token.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "not a weight basis: '" + token + "' (expected offence-level, subgroup-fallback or unknown-code)"));
    }
}
