package org.vigil.store;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigil.concern.Concern;
import org.vigil.concern.Decision;
import org.vigil.concern.Grading;
import org.vigil.concern.ParsedRecord;
import org.vigil.concern.Place;
import org.vigil.concern.Subject;

/**
 * The rows a record projects into the store's query tables (concern, mention, place, decision), beside its bytes as
 * received: what the store writes, and what {@code vigil verify} expects to find there. Vigil reads records from their
 * bytes; the tables are for queries, so a row edited behind Vigil's back would mislead whoever queries them, and only a
 * comparison with the record names it.
 */
public final class Projection {
    private Projection() {
    }

    /** A query table: its name, its columns in order (the log entry's index first) and their SQL types. */
    public enum Table {
        CONCERN("concern", "leaf, received_us, agency, author_id, author_name, author_role, indicators, offences,"
                + " grading_scheme, grading_source, grading_intelligence, grading_handling, amends",
                Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR),
        MENTION("mention", "leaf, ref, role, name, aliases, born, age, sex, address, phones, vehicles, places",
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR),
        PLACE("place", "leaf, ref, kind, name, address",
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR),
        DECISION("decision", "leaf, concern_id, at_us, by_id, by_name, by_role, outcome, reason",
                Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR);

        private final String table;
        private final String columns;
        private final int[] types;

        Table(String table, String columns, int... types) {
            this.table = table;
            this.columns = columns;
            this.types = types;
        }

        /** The table's name in SQL. */
        public String sqlName() {
            return table;
        }

        /** Its columns' names, in order. */
        public List<String> columnNames() {
            return Arrays.stream(columns.split(",")).map(String::strip).toList();
        }

        /** The SQL type of column {@code i} (from 0). */
        int type(int i) {
            return types[i];
        }

        /** How many columns it has. */
        public int width() {
            return types.length;
        }

        String insert() {
            return "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(types.length - 1) + "?)";
        }

        String selectAll() {
            return "SELECT " + columns + " FROM " + table + " ORDER BY leaf";
        }
    }

    /**
     * One row: {@code values} in the table's column order, each a {@link Long}, a {@link String} or null (whole numbers
     * become Long, whatever width the column has). The row keeps the array it is given, so its maker must not change it.
     */
    public record Row(Table table, Object[] values) {
        public Row {
            if (values.length != table.width()) {
                throw new IllegalArgumentException(table + " has " + table.width() + " columns, not " + values.length);
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Number n) {
                    values[i] = n.longValue();
                } else if (values[i] != null && !(values[i] instanceof String)) {
                    throw new IllegalArgumentException(table + " column " + i + " holds a " + values[i].getClass());
                }
            }
        }

        /** The log entry of the record this row projects. */
        public long leaf() {
            return (Long) values[0];
        }

        /** Column {@code i}: a Long, a String or null. */
        public Object value(int i) {
            return values[i];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.table == table && Arrays.equals(r.values, values);
        }

        @Override
        public int hashCode() {
            return 31 * table.hashCode() + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return table.sqlName() + Arrays.toString(values);
        }
    }

    /**
     * The rows the record at log entry {@code leaf}, with event time {@code eventMicros}, projects: a concern's row,
     * its mentions and its places, or a decision's row.
     */
    public static List<Row> of(long leaf, long eventMicros, ParsedRecord parsed) {
        List<Row> rows = new ArrayList<>();
        if (parsed instanceof Concern c) {
            Grading g = c.grading();
            rows.add(new Row(Table.CONCERN, new Object[] {leaf, eventMicros, c.agency(), c.author().id(),
                    c.author().name(), c.author().role(), JsonLists.strings(c.indicators()),
                    JsonLists.strings(c.offences()), g == null ? null : g.scheme(), g == null ? null : g.source(),
                    g == null ? null : g.intelligence(), g == null ? null : g.handling(), c.amends()}));
            for (Subject s : c.subjects()) {
                rows.add(new Row(Table.MENTION, new Object[] {leaf, s.ref(), s.role(), s.name(),
                        JsonLists.strings(s.aliases()), s.born() == null ? null : s.born().toString(), s.age(), s.sex(),
                        s.address(), JsonLists.strings(s.phones()), JsonLists.vehicles(s.vehicles()),
                        JsonLists.strings(s.places())}));
            }
            for (Place p : c.places()) {
                rows.add(new Row(Table.PLACE, new Object[] {leaf, p.ref(), p.kind(), p.name(), p.address()}));
            }
        } else if (parsed instanceof Decision d) {
            rows.add(new Row(Table.DECISION, new Object[] {leaf, d.concern(), eventMicros, d.by().id(), d.by().name(),
                    d.by().role(), d.outcome(), d.reason()}));
        }
        return rows;
    }
}
