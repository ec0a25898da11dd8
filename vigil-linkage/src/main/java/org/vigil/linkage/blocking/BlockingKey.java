package org.vigil.linkage.blocking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.linkage.table.BirthColumn;
import org.vigil.linkage.table.CodeColumn;
import org.vigil.linkage.table.CodeSetColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.NameFeatures;
import org.vigil.linkage.table.RecordTable;
import org.vigil.linkage.value.PartialDate;
import org.vigil.linkage.value.Vrm;

/**
 * One part of a {@link BlockingRule}: a function from a record to zero or more key values. A record
 * with no value has no key and is in no block of a rule that uses this part.
 */
public enum BlockingKey {
    /** Each given name (and alias), ignoring spaces. */
    GIVEN_NAME(Field.GIVEN_NAME),
    /** Double Metaphone primary code of each given name. */
    GIVEN_METAPHONE(Field.GIVEN_NAME),
    GIVEN_INITIAL(Field.GIVEN_NAME),
    SURNAME(Field.SURNAME),
    SURNAME_METAPHONE(Field.SURNAME),
    SURNAME_INITIAL(Field.SURNAME),
    /**
     * The Double Metaphone codes of a given name and a surname as an unordered pair: {@code Sophie Green} and
     * {@code Green Sophie}, names written the other way round, share it.
     */
    NAME_METAPHONES(Field.GIVEN_NAME, Field.SURNAME),
    /**
     * The Double Metaphone code of each name, given name or surname alike (initials left out): a surname written
     * alone, and so read as a given name ("Stephens"), shares it with the record that has it as a surname.
     */
    ANY_NAME_METAPHONE(Field.GIVEN_NAME, Field.SURNAME),
    /** A full date of birth. */
    DOB(Field.BIRTH),
    /** Year of birth: from the date of birth, or the one or two years an age at a reference date allows. */
    BIRTH_YEAR(Field.BIRTH),
    POSTCODE(Field.POSTCODE),
    /** UK outward code ({@code S61}); the whole code elsewhere. */
    POSTCODE_OUTWARD(Field.POSTCODE),
    STREET_NUMBER(Field.STREET_NUMBER),
    ADDRESS_LINE(Field.ADDRESS_LINE),
    LOCALITY(Field.LOCALITY),
    IDENTIFIER(Field.IDENTIFIER),
    EMAIL(Field.EMAIL),
    PHONE(Field.PHONE),
    /** Each registration and, for complete ones, each variant with one character wildcarded. */
    VRM(Field.VRM),
    PLACE(Field.PLACE),
    /** Each co-mentioned person's id. */
    COMPANION(Field.COMPANION),
    BIRTH_PLACE(Field.BIRTH_PLACE);

    static final long[] NONE = new long[0];
    private final Field field;
    private final Field other;

    BlockingKey(Field field) {
        this(field, null);
    }

    BlockingKey(Field field, Field other) {
        this.field = field;
        this.other = other;
    }

    public Field field() {
        return field;
    }

    /** Every field the key reads. */
    public Set<Field> fields() {
        return other == null ? EnumSet.of(field) : EnumSet.of(field, other);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BlockingKey fromKey(String key) {
        try {
            return valueOf(key.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown blocking key: " + key, e);
        }
    }

    /** {@link #single} when the record has no value. */
    static final long NO_VALUE = Long.MIN_VALUE;
    /** {@link #single} when the record may have several values: ask {@link #values}. */
    static final long SEVERAL = Long.MIN_VALUE + 1;

    /**
     * The record's one key value, {@link #NO_VALUE}, or {@link #SEVERAL}; the same value {@link #values}
     * would give alone, without allocating. Key values are never these two sentinels (codes, features,
     * packed dates and years are far from {@code Long.MIN_VALUE}).
     */
    long single(RecordTable t, int record) {
        return switch (this) {
            case GIVEN_NAME, SURNAME -> name(t, record, 0);
            case GIVEN_METAPHONE, SURNAME_METAPHONE -> name(t, record, 1);
            case GIVEN_INITIAL, SURNAME_INITIAL -> name(t, record, 2);
            case NAME_METAPHONES -> {
                int[] given = t.names(Field.GIVEN_NAME).codes(record);
                int[] surnames = t.names(Field.SURNAME).codes(record);
                if (given.length == 0 || surnames.length == 0) {
                    yield NO_VALUE;
                }
                if (given.length > 1 || surnames.length > 1) {
                    yield SEVERAL;
                }
                NameFeatures f = t.nameFeatures();
                yield unordered(f.metaphone(given[0]), f.metaphone(surnames[0]));
            }
            case ANY_NAME_METAPHONE -> {
                int[] given = t.names(Field.GIVEN_NAME).codes(record);
                int[] surnames = t.names(Field.SURNAME).codes(record);
                if (given.length + surnames.length != 1) {
                    yield given.length + surnames.length == 0 ? NO_VALUE : SEVERAL;
                }
                int name = given.length == 1 ? given[0] : surnames[0];
                NameFeatures f = t.nameFeatures();
                int m = f.isInitial(name) ? -1 : f.metaphone(name);
                yield m >= 0 ? m : NO_VALUE;
            }
            case DOB -> {
                PartialDate d = PartialDate.unpack(t.birth().date(record));
                yield d != null && d.isFull() ? d.packed() : NO_VALUE;
            }
            case BIRTH_YEAR -> {
                int packed = t.birth().date(record);
                yield packed > 0 ? packed / 10000 : SEVERAL;
            }
            case POSTCODE_OUTWARD -> {
                int code = t.codes(Field.POSTCODE).code(record);
                if (code < 0) {
                    yield NO_VALUE;
                }
                int out = t.postcodeFeatures().outward(code);
                yield out >= 0 ? out : -1L - code;
            }
            case POSTCODE -> orNone(t.codes(Field.POSTCODE).code(record));
            case STREET_NUMBER, ADDRESS_LINE, LOCALITY, IDENTIFIER, EMAIL, BIRTH_PLACE -> orNone(t.codes(field).code(record));
            case PHONE, PLACE, COMPANION, VRM -> SEVERAL;
        };
    }

    /** Two phonetic codes as one value whichever comes first; {@link #NO_VALUE} if either is missing (−1). */
    private static long unordered(int x, int y) {
        return x < 0 || y < 0 ? NO_VALUE : (long) Math.min(x, y) << 32 | Math.max(x, y);
    }

    private static long orNone(int code) {
        return code < 0 ? NO_VALUE : code;
    }

    private long name(RecordTable t, int record, int what) {
        int[] codes = t.names(field).codes(record);
        if (codes.length == 0) {
            return NO_VALUE;
        }
        if (codes.length > 1) {
            return SEVERAL;
        }
        NameFeatures f = t.nameFeatures();
        long v = switch (what) {
            case 0 -> f.compact(codes[0]);
            case 1 -> f.metaphone(codes[0]);
            default -> f.initial(codes[0]);
        };
        return v >= 0 ? v : NO_VALUE;
    }

    /** The key values of {@code record}; empty when it has none. */
    long[] values(RecordTable t, int record) {
        return switch (this) {
            case GIVEN_NAME, SURNAME -> names(t, record, 0);
            case GIVEN_METAPHONE, SURNAME_METAPHONE -> names(t, record, 1);
            case GIVEN_INITIAL, SURNAME_INITIAL -> names(t, record, 2);
            case NAME_METAPHONES -> {
                NameFeatures f = t.nameFeatures();
                long[] out = new long[0];
                for (int g : t.names(Field.GIVEN_NAME).codes(record)) {
                    for (int sn : t.names(Field.SURNAME).codes(record)) {
                        long v = unordered(f.metaphone(g), f.metaphone(sn));
                        if (v != NO_VALUE && !contains(out, out.length, v)) {
                            out = Arrays.copyOf(out, out.length + 1);
                            out[out.length - 1] = v;
                        }
                    }
                }
                yield out;
            }
            case ANY_NAME_METAPHONE -> {
                NameFeatures f = t.nameFeatures();
                int[] given = t.names(Field.GIVEN_NAME).codes(record);
                int[] surnames = t.names(Field.SURNAME).codes(record);
                long[] out = new long[given.length + surnames.length];
                int n = 0;
                for (int[] codes : List.of(given, surnames)) {
                    for (int c : codes) {
                        long v = f.isInitial(c) ? -1 : f.metaphone(c);
                        if (v >= 0 && !contains(out, n, v)) {
                            out[n++] = v;
                        }
                    }
                }
                yield n == out.length ? out : Arrays.copyOf(out, n);
            }
            case DOB -> {
                PartialDate d = PartialDate.unpack(t.birth().date(record));
                yield d != null && d.isFull() ? new long[] {d.packed()} : NONE;
            }
            case BIRTH_YEAR -> birthYears(t.birth(), record);
            case POSTCODE -> code(t.codes(Field.POSTCODE), record);
            case POSTCODE_OUTWARD -> {
                CodeColumn c = t.codes(Field.POSTCODE);
                int code = c.code(record);
                if (code < 0) {
                    yield NONE;
                }
                int out = t.postcodeFeatures().outward(code);
                yield new long[] {out >= 0 ? out : -1L - code};
            }
            case STREET_NUMBER, ADDRESS_LINE, LOCALITY, IDENTIFIER, EMAIL, BIRTH_PLACE -> code(t.codes(field), record);
            case PHONE, PLACE, COMPANION -> codes(t.codeSets(field), record);
            case VRM -> vrms(t.codeSets(Field.VRM), record);
        };
    }

    private long[] names(RecordTable t, int record, int what) {
        int[] codes = t.names(field).codes(record);
        if (codes.length == 0) {
            return NONE;
        }
        NameFeatures f = t.nameFeatures();
        long[] out = new long[codes.length];
        int n = 0;
        for (int c : codes) {
            long v = switch (what) {
                case 0 -> f.compact(c);
                case 1 -> f.metaphone(c);
                default -> f.initial(c);
            };
            if (v >= 0 && !contains(out, n, v)) {
                out[n++] = v;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static boolean contains(long[] a, int n, long v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static long[] code(CodeColumn c, int record) {
        int code = c.code(record);
        return code < 0 ? NONE : new long[] {code};
    }

    private static long[] codes(CodeSetColumn c, int record) {
        int[] codes = c.codes(record);
        long[] out = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i];
        }
        return out;
    }

    private static long[] vrms(CodeSetColumn c, int record) {
        int[] codes = c.codes(record);
        if (codes.length == 0) {
            return NONE;
        }
        List<Long> keys = new ArrayList<>();
        for (int code : codes) {
            for (String k : new Vrm(c.vocabulary().value(code)).blockingKeys()) {
                long h = Hashing.ofString(k);
                if (!keys.contains(h)) {
                    keys.add(h);
                }
            }
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] birthYears(BirthColumn b, int record) {
        int packed = b.date(record);
        if (packed > 0) {
            return new long[] {packed / 10000};
        }
        int age = b.age(record);
        int ref = b.referenceDay(record);
        if (age < 0 || ref == BirthColumn.NO_DAY) {
            return NONE;
        }
        int refYear = LocalDate.ofEpochDay(ref).getYear();
        return new long[] {refYear - age - 1, refYear - age};
    }
}
