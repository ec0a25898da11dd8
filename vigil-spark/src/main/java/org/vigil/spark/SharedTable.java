package org.vigil.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.linkage.csv.ColumnRole;
import org.vigil.linkage.csv.CsvPersons;
import org.vigil.linkage.table.NormalForm;
import org.vigil.linkage.table.RecordTable;

/**
 * The records of a {@link RecordTable} in table order, serialisable: what the driver broadcasts so that every
 * executor builds the same table ({@link #toTable()}). A linkage's left records (source 0) come first.
 */
public final class SharedTable implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ArrayList<RecordRow> rows;

    private SharedTable(ArrayList<RecordRow> rows) {
        this.rows = rows;
    }

    /**
     * Reads {@code left}, and {@code right} if not null, as {@code vigil link} does ({@link CsvPersons}): columns
     * recognised from their headers, each file's ids in {@code idColumn} (the right file's in {@code rightIdColumn}
     * when not null).
     */
    public static SharedTable read(Path left, Path right, String idColumn, String rightIdColumn) {
        ArrayList<RecordRow> rows = new ArrayList<>();
        CsvPersons.stream(left, idColumn, Map.<ColumnRole, String>of(), r -> rows.add(RecordRow.of(NormalForm.of(r), 0)));
        if (right != null) {
            String id = rightIdColumn == null ? idColumn : rightIdColumn;
            CsvPersons.stream(right, id, Map.<ColumnRole, String>of(), r -> rows.add(RecordRow.of(NormalForm.of(r), 1)));
        }
        return new SharedTable(rows);
    }

    /** The table of {@code forms}, all from source 0 (a deduplication). */
    public static SharedTable of(List<NormalForm> forms) {
        ArrayList<RecordRow> rows = new ArrayList<>(forms.size());
        forms.forEach(f -> rows.add(RecordRow.of(f, 0)));
        return new SharedTable(rows);
    }

    public int size() {
        return rows.size();
    }

    /** Whether some record is from the right (source 1): a linkage of two tables rather than a deduplication. */
    public boolean isLinkage() {
        return rows.stream().anyMatch(r -> r.source() == 1);
    }

    /** A new table holding the rows in order; two calls give equal tables. */
    public RecordTable toTable() {
        RecordTable t = new RecordTable();
        for (RecordRow r : rows) {
            t.add(r.form(), r.source());
        }
        t.prime();
        return t;
    }
}
