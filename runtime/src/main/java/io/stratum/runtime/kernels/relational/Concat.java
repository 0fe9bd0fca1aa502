package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pandas' {@code pd.concat}: rows ({@code axis=0}) stack the frames, their columns united in order of first
 * appearance, a column a frame lacks being missing there (int64 then becomes float64; int64 with float64 gives
 * float64); columns ({@code axis=1}) put frames of equal length side by side.
 */
public final class Concat {
    private Concat() {
    }

    public static Table rows(MemoryContext ctx, List<Table> tables) {
        if (tables.isEmpty()) {
            throw new DataException("pd.concat needs at least one frame");
        }
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        int total = 0;
        for (int t = 0; t < tables.size(); t++) {
            for (String n : tables.get(t).columnNames()) {
                owners.computeIfAbsent(n, x -> new ArrayList<>()).add(t);
            }
            total += tables.get(t).rowCount();
        }
        List<Column> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : owners.entrySet()) {
            String name = e.getKey();
            ColumnReader[] src = new ColumnReader[tables.size()];
            boolean complete = e.getValue().size() == tables.size();
            DataType type = null;
            DatetimeUnit unit = null;
            for (int t : e.getValue()) {
                Column c = tables.get(t).column(name);
                type = type == null ? c.type() : unite(type, c.type(), name);
                if (c instanceof io.stratum.runtime.data.TimedeltaColumn td) {
                    unit = unit == null ? td.unit() : DatetimeUnit.finer(unit, td.unit());
                }
                if (c instanceof TimestampColumn ts) {
                    unit = unit == null ? ts.unit() : DatetimeUnit.finer(unit, ts.unit());
                    TimestampColumn first = (TimestampColumn) tables.get(e.getValue().getFirst()).column(name);
                    if (!java.util.Objects.equals(first.zone(), ts.zone())) {
                        throw new DataException("pd.concat: column '" + name + "' is " + first.dtypeName() + " in one"
                                + " frame and " + ts.dtypeName() + " in another; convert them to one time zone first"
                                + " (.dt.tz_convert)");
                    }
                }
            }
            for (int t : e.getValue()) {
                Column c = tables.get(t).column(name);
                // pandas: datetimes of two units meet in the finer one.
                src[t] = ColumnReader.of(c instanceof TimestampColumn ts ? ts.toUnit(unit)
                        : c instanceof io.stratum.runtime.data.TimedeltaColumn td ? td.toUnit(unit) : c);
            }
            int[] which = new int[total];
            int[] rows = new int[total];
            int at = 0;
            for (int t = 0; t < tables.size(); t++) {
                int n = tables.get(t).rowCount();
                for (int i = 0; i < n; i++) {
                    which[at] = t;
                    rows[at++] = src[t] == null ? -1 : i;
                }
            }
            out.add(column(ctx, name, type, complete, src, which, rows));
        }
        return out.isEmpty() ? Table.empty(total) : Table.of(out);
    }

    /** Frames side by side; they must have equal row counts and distinct column names. */
    public static Table columns(List<Table> tables) {
        if (tables.isEmpty()) {
            throw new DataException("pd.concat needs at least one frame");
        }
        Table out = tables.getFirst();
        for (int t = 1; t < tables.size(); t++) {
            out = out.concatColumns(tables.get(t));
        }
        return out;
    }

    /**
     * skrub's {@code .skb.concat(others, axis=1)}: frames side by side, a name already taken renamed as skrub's
     * {@code make_column_names_unique} does ({@link io.stratum.ir.value.UniqueColumnNames}). skrub aligns the frames on
     * their positions and keeps the first frame's rows: a first frame shorter than another is pandas' "Length mismatch"
     * error; a shorter other frame is padded with missing values as pandas pads it (int64 becomes float64; a bool
     * column, which pandas makes an object column, is refused).
     */
    public static Table columnsUnique(MemoryContext ctx, List<Table> tables) {
        List<List<String>> names = new ArrayList<>();
        for (Table t : tables) {
            names.add(t.columnNames());
        }
        List<List<String>> renamed = io.stratum.ir.value.UniqueColumnNames.of(names);
        int first = tables.getFirst().rowCount();
        int longest = first;
        for (Table t : tables) {
            longest = Math.max(longest, t.rowCount());
        }
        if (longest > first) {
            throw new DataException(".skb.concat: Length mismatch: Expected axis has " + longest + " elements, new values"
                    + " have " + first + " elements; axis=1 keeps the first table's rows, and another table has more");
        }
        List<Column> out = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            for (int i = 0; i < table.columnCount(); i++) {
                Column c = table.column(i);
                String name = renamed.get(t).get(i);
                Column kept = table.rowCount() == first ? c : padded(ctx, c, first, t);
                out.add(name.equals(kept.name()) ? kept : kept.rename(name));
            }
        }
        return out.isEmpty() ? Table.empty(first) : Table.of(out);
    }

    /** {@code c} with missing values after its own rows, up to {@code rows}, as pandas aligns a shorter frame. */
    private static Column padded(MemoryContext ctx, Column c, int rows, int table) {
        if (c.type() == DataType.BOOL) {
            throw new DataException(".skb.concat(axis=1): table " + table + " has " + c.length() + " rows where the first"
                    + " has " + rows + ", so its bool column '" + c.name() + "' would gain missing values, which pandas"
                    + " makes an object column; give the tables the same rows, or convert the column with astype(float)");
        }
        int[] which = new int[rows];
        int[] at = new int[rows];
        for (int i = 0; i < rows; i++) {
            at[i] = i < c.length() ? i : -1;
        }
        return column(ctx, c.name(), c.type(), false, new ColumnReader[] {ColumnReader.of(c)}, which, at);
    }

    private static DataType unite(DataType a, DataType b, String name) {
        if (a == b) {
            return a;
        }
        if (a.isNumeric() && b.isNumeric()) {
            return DataType.FLOAT64;
        }
        if (a.isText() && b.isText()) {
            return DataType.STRING; // a category column stays one only beside the same categories (Gather.strings)
        }
        throw new DataException("pd.concat: column '" + name + "' is " + a.pandasName() + " in one frame and "
                + b.pandasName() + " in another, which pandas would turn into an object column;"
                + " convert them to one dtype with astype first");
    }

    private static Column column(MemoryContext ctx, String name, DataType type, boolean complete, ColumnReader[] src,
                                 int[] which, int[] rows) {
        int n = rows.length;
        if (type.isText()) {
            return Gather.strings(ctx, name, src, which, rows);
        }
        if (type == DataType.DATETIME) {
            return Gather.timestamps(ctx, name, src, which, rows);
        }
        if (type == DataType.TIMEDELTA) {
            return Gather.timedeltas(ctx, name, src, which, rows);
        }
        boolean[] nulls = new boolean[n];
        for (int i = 0; i < n; i++) {
            nulls[i] = rows[i] < 0 || src[which[i]].isNull(rows[i]);
        }
        if (type == DataType.INT64 && complete) {
            boolean anyNull = false;
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                anyNull |= nulls[i];
                v[i] = nulls[i] ? 0 : src[which[i]].longs[rows[i]];
            }
            if (!anyNull) {
                return Int64Column.of(ctx, name, v);
            }
        }
        if (type == DataType.BOOL) {
            boolean[] v = new boolean[n];
            for (int i = 0; i < n; i++) {
                v[i] = !nulls[i] && src[which[i]].longs[rows[i]] != 0;
            }
            return BoolColumn.of(ctx, name, v, nulls);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = nulls[i] ? Double.NaN : src[which[i]].asDouble(rows[i]);
        }
        return Float64Column.of(ctx, name, v, nulls);
    }
}
