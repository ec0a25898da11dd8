package org.vigil.linkage.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.linkage.value.PartialDate;

/**
 * Person records in normal form, one column per {@link Field}, append-only. Record {@code i} is the
 * {@code i}-th record added. When two tables are linked, all records of the left table (source 0) are
 * added before those of the right (source 1).
 *
 * <p>Adding is not thread-safe. Reading from several threads is safe once adding has stopped and
 * {@link #prime()} has run.
 */
public final class RecordTable {
    /** Row layout: 2 slots per multi-valued field, 1 per single-valued field, 4 for birth. */
    private static final int STRIDE = 2 * 2 + 4 + 12 + 2 * 4;
    private final Rows rows = new Rows(STRIDE);
    private final Vocabulary names = new Vocabulary();
    private final CodeSetColumn givenNames = new CodeSetColumn(names, rows, 0);
    private final CodeSetColumn surnames = new CodeSetColumn(names, rows, 2);
    private final NameFeatures nameFeatures = new NameFeatures(names);
    private final BirthColumn birth = new BirthColumn(rows, 4);
    private final Map<Field, CodeColumn> codeColumns = new EnumMap<>(Field.class);
    private final Map<Field, CodeSetColumn> codeSetColumns = new EnumMap<>(Field.class);
    private final PostcodeFeatures postcodeFeatures;
    private final int[] presentCounts = new int[Field.values().length];
    private int[] presence = new int[16];
    /** Presence bits of the record being added. */
    private int adding;
    private String[] ids = new String[16];
    private byte[] sources = new byte[16];
    private int size;

    public RecordTable() {
        int slot = 8;
        for (Field f : Field.values()) {
            if (f.kind() == Field.Kind.CODE) {
                codeColumns.put(f, new CodeColumn(new Vocabulary(), rows, slot++));
            } else if (f.kind() == Field.Kind.CODES) {
                codeSetColumns.put(f, new CodeSetColumn(new Vocabulary(), rows, slot));
                slot += 2;
            }
        }
        if (slot != STRIDE) {
            throw new IllegalStateException("row layout: " + slot + " slots, stride " + STRIDE);
        }
        postcodeFeatures = new PostcodeFeatures(codeColumns.get(Field.POSTCODE).vocabulary());
    }

    /** A table holding {@code records}, all from source 0. */
    public static RecordTable of(List<PersonRecord> records) {
        RecordTable t = new RecordTable();
        records.forEach(r -> t.add(r, 0));
        return t;
    }

    /** Adds a record and returns its index: {@code add(NormalForm.of(r), source)}. */
    public int add(PersonRecord r, int source) {
        return add(NormalForm.of(r), source);
    }

    /** Adds a record already in normal form and returns its index. */
    public int add(NormalForm r, int source) {
        if (source != 0 && source != 1) {
            throw new IllegalArgumentException("source must be 0 (left) or 1 (right): " + source);
        }
        int i = size;
        if (i == ids.length) {
            int n = Rows.grown(i);
            ids = Arrays.copyOf(ids, n);
            sources = Arrays.copyOf(sources, n);
            presence = Arrays.copyOf(presence, n);
        }
        adding = 0;
        ids[i] = r.id();
        sources[i] = (byte) source;
        givenNames.set(i, r.givenNames());
        nameFeatures.writtenTogether(givenNames.codes(i));
        count(Field.GIVEN_NAME, !r.givenNames().isEmpty());
        surnames.set(i, r.surnames());
        count(Field.SURNAME, !r.surnames().isEmpty());
        birth.set(i, r.packedBirth(), r.age(), r.referenceDay());
        count(Field.BIRTH, r.packedBirth() != 0 || r.age() != BirthColumn.NO_AGE);

        setCode(Field.SEX, i, r.sex());
        setCode(Field.STREET_NUMBER, i, r.streetNumber());
        setCode(Field.ADDRESS_LINE, i, r.addressLine());
        setCode(Field.ADDRESS_LINE_2, i, r.addressLine2());
        setCode(Field.LOCALITY, i, r.locality());
        setCode(Field.POSTCODE, i, r.postcode());
        setCode(Field.REGION, i, r.region());
        setCode(Field.EMAIL, i, r.email());
        setCode(Field.IDENTIFIER, i, r.identifier());
        setCode(Field.BIRTH_PLACE, i, r.birthPlace());
        setCode(Field.OCCUPATION, i, r.occupation());
        setCode(Field.ROLE, i, r.role());
        setCodes(Field.PHONE, i, r.phones());
        setCodes(Field.VRM, i, r.vrms());
        setCodes(Field.PLACE, i, r.places());
        setCodes(Field.COMPANION, i, r.companions());
        presence[i] = adding;
        size = i + 1;
        return i;
    }

    private void count(Field f, boolean present) {
        if (present) {
            presentCounts[f.ordinal()]++;
            adding |= 1 << f.ordinal();
        }
    }

    private void setCode(Field f, int i, String normalised) {
        codeColumns.get(f).set(i, normalised);
        count(f, normalised != null);
    }

    private void setCodes(Field f, int i, List<String> normalised) {
        codeSetColumns.get(f).set(i, normalised);
        count(f, !normalised.isEmpty());
    }

    public int size() {
        return size;
    }

    public String id(int record) {
        return ids[record];
    }

    public int source(int record) {
        return sources[record];
    }

    /** Number of records from source 0 (all of them when deduplicating one table). */
    public int leftSize() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (sources[i] == 0) {
                n++;
            }
        }
        return n;
    }

    /** The given-name or surname column. */
    public CodeSetColumn names(Field f) {
        return switch (f) {
            case GIVEN_NAME -> givenNames;
            case SURNAME -> surnames;
            default -> throw new IllegalArgumentException("not a name field: " + f);
        };
    }

    public NameFeatures nameFeatures() {
        return nameFeatures;
    }

    public PostcodeFeatures postcodeFeatures() {
        return postcodeFeatures;
    }

    public BirthColumn birth() {
        return birth;
    }

    /** The column of a field stored as one code per record. */
    public CodeColumn codes(Field f) {
        CodeColumn c = codeColumns.get(f);
        if (c == null) {
            throw new IllegalArgumentException("not a single-code field: " + f);
        }
        return c;
    }

    /** The column of a field stored as any number of codes per record. */
    public CodeSetColumn codeSets(Field f) {
        CodeSetColumn c = codeSetColumns.get(f);
        if (c == null) {
            throw new IllegalArgumentException("not a multi-code field: " + f);
        }
        return c;
    }

    /** Number of records with a value in {@code f}. */
    public int present(Field f) {
        return presentCounts[f.ordinal()];
    }

    /**
     * The fields {@code record} has a value in, as bits ({@code 1 << field.ordinal()}). A comparison of a field
     * that either record of a pair lacks is at its null level, so these bits settle such comparisons without
     * reading the columns; one dense {@code int} per record, so reading them costs little.
     */
    public int presence(int record) {
        return presence[record];
    }

    /**
     * Reads each of these records' rows (every cache line of it) and presence bits, all before any is used: the
     * reads do not wait on each other, so the memory system fetches the rows in parallel, and scoring the records
     * next finds them in cache instead of waiting for each in turn. Returns a meaningless sum of what it read;
     * keep it (in a field) so that the reads are not optimised away.
     */
    public int fetch(int[] records, int n) {
        int[] d = rows.data;
        int stride = rows.stride;
        int x = 0;
        for (int i = 0; i < n; i++) {
            int at = records[i] * stride;
            x += d[at] + d[at + stride / 2] + d[at + stride - 1] + presence[records[i]];
        }
        return x;
    }

    /** The fields that at least one record has a value in. */
    /** The fields that some record of {@code source} has a value in. */
    public Set<Field> presentFields(int source) {
        int bits = 0;
        for (int i = 0; i < size; i++) {
            if (sources[i] == source) {
                bits |= presence[i];
            }
        }
        Set<Field> s = EnumSet.noneOf(Field.class);
        for (Field f : Field.values()) {
            if ((bits & 1 << f.ordinal()) != 0) {
                s.add(f);
            }
        }
        return s;
    }

    public Set<Field> presentFields() {
        Set<Field> s = EnumSet.noneOf(Field.class);
        for (Field f : Field.values()) {
            if (presentCounts[f.ordinal()] > 0) {
                s.add(f);
            }
        }
        return s;
    }

    /** The record's values of {@code f} in normal form, for display: {@code "ashraf|ash"}; empty if none. */
    public String describe(Field f, int record) {
        return switch (f.kind()) {
            case NAMES -> join(names(f).vocabulary(), names(f).codes(record));
            case CODES -> join(codeSets(f).vocabulary(), codeSets(f).codes(record));
            case CODE -> {
                String v = codes(f).value(record);
                yield v == null ? "" : v;
            }
            case BIRTH -> {
                StringBuilder b = new StringBuilder();
                PartialDate d = PartialDate.unpack(birth.date(record));
                if (d != null) {
                    b.append(d);
                }
                if (birth.age(record) == BirthColumn.ADULT) {
                    b.append(b.length() > 0 ? " " : "").append("adult");
                } else if (birth.age(record) >= 0) {
                    b.append(b.length() > 0 ? " " : "").append("age ").append(birth.age(record));
                    if (birth.referenceDay(record) != BirthColumn.NO_DAY) {
                        b.append(" on ").append(LocalDate.ofEpochDay(birth.referenceDay(record)));
                    }
                }
                yield b.toString();
            }
        };
    }

    private static String join(Vocabulary v, int[] codes) {
        StringBuilder b = new StringBuilder();
        for (int c : codes) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(v.value(c));
        }
        return b.toString();
    }

    /** Computes derived features of every value so far; call before reading from several threads. */
    public void prime() {
        primingTasks().forEach(Runnable::run);
    }

    /** {@link #prime()} as independent tasks that may run on different threads at once, longest first. */
    public List<Runnable> primingTasks() {
        List<Runnable> tasks = new ArrayList<>(nameFeatures.primingTasks());
        tasks.add(postcodeFeatures::prime);
        return tasks;
    }
}
