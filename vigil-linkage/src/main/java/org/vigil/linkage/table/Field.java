package org.vigil.linkage.table;

import java.util.Locale;

/**
 * The parts of a person record that linkage compares. Protected characteristics such as ethnicity,
 * religion or nationality are deliberately absent: they are never linkage features.
 */
public enum Field {
    GIVEN_NAME(Kind.NAMES),
    SURNAME(Kind.NAMES),
    /** Date of birth (possibly partial) and a stated or estimated age at a reference date. */
    BIRTH(Kind.BIRTH),
    SEX(Kind.CODE),
    STREET_NUMBER(Kind.CODE),
    ADDRESS_LINE(Kind.CODE),
    ADDRESS_LINE_2(Kind.CODE),
    LOCALITY(Kind.CODE),
    POSTCODE(Kind.CODE),
    REGION(Kind.CODE),
    PHONE(Kind.CODES),
    EMAIL(Kind.CODE),
    /** A national or agency identifier (SSN-like, NHS number). */
    IDENTIFIER(Kind.CODE),
    VRM(Kind.CODES),
    PLACE(Kind.CODES),
    /**
     * The other people named in the same report, by the id the caller has resolved them to (for Vigil's
     * mentions: the person each co-mentioned subject was linked to). Two mentions of "Ash" each named
     * alongside the same child are likely one man. Context, never a name or a risk.
     */
    COMPANION(Kind.CODES),
    BIRTH_PLACE(Kind.CODE),
    OCCUPATION(Kind.CODE),
    /**
     * The part the person plays in the record, as the caller classes it (for Vigil's mentions: named as suspected,
     * or as reporting). One person is seldom both; a role is context, never a risk.
     */
    ROLE(Kind.CODE);

    /** How a field is stored in a {@link RecordTable}. */
    public enum Kind {
        /** Several names per record (the name and its aliases), codes in the shared name vocabulary. */
        NAMES,
        /** One code per record. */
        CODE,
        /** Any number of codes per record. */
        CODES,
        /** Date of birth, age and reference date. */
        BIRTH
    }

    private final Kind kind;

    Field(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The lower-case name used in JSON and on the command line: {@code given_name}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field named by {@link #key()} (case-insensitive). */
    public static Field fromKey(String key) {
        try {
            return valueOf(key.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown field: " + key, e);
        }
    }
}
