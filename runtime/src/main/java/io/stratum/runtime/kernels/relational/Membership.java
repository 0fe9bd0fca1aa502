package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.util.List;

/**
 * pandas' {@code s.isin(other)} with a column as {@code other}, and the semi and anti joins it becomes under a row
 * mask ({@code df[df[k].isin(other[k])]}, {@code df[~df[k].isin(other[k])]}): the lookup column's distinct values fill
 * a hash table (duplicates count once), each value of {@code s} probes it. Values match as pandas' {@code isin}
 * matches them: int64 and float64 by numeric value, bool as 0/1, NaN and missing values match each other, strings by
 * content; strings never equal numbers (only missing values then match, as in pandas; not an error). A datetime column
 * matches only datetimes. Both the mask and the joins call {@link #matches}, so they agree row for row.
 */
public final class Membership {
    private Membership() {
    }

    /** The bool column {@code values.isin(lookup)}, named after {@code values}, without missing values. */
    public static BoolColumn isIn(MemoryContext ctx, Column values, Column lookup) {
        return BoolColumn.of(ctx, values.name(), matches(values, lookup));
    }

    /**
     * The rows of {@code table} whose {@code key} value is in {@code lookup} (semi join), or is not (anti join with
     * {@code keepMatched} false), in row order; each row at most once whatever the duplicates in {@code lookup}.
     */
    public static Table semiJoin(Table table, String key, Column lookup, boolean keepMatched) {
        Column k = TableColumns.require(table, key, "merge", "the left frame");
        boolean[] hit = matches(k, lookup);
        int count = 0;
        for (boolean h : hit) {
            count += h == keepMatched ? 1 : 0;
        }
        int[] rows = new int[count];
        int at = 0;
        for (int i = 0; i < hit.length; i++) {
            if (hit[i] == keepMatched) {
                rows[at++] = i;
            }
        }
        return Gather.rows(table, rows);
    }

    /** For each value of {@code values}, whether it equals some value of {@code lookup}. */
    public static boolean[] matches(Column values, Column lookup) {
        int n = values.length();
        boolean[] out = new boolean[n];
        boolean leftTime = values.type() == DataType.DATETIME;
        boolean rightTime = lookup.type() == DataType.DATETIME;
        if (leftTime != rightTime) {
            throw new DataException("isin: column '" + values.name() + "' (" + values.type().pandasName()
                    + ") is compared with '" + lookup.name() + "' (" + lookup.type().pandasName()
                    + "); a datetime column matches only datetimes, convert the other with pd.to_datetime");
        }
        if (values instanceof TimestampColumn a && lookup instanceof TimestampColumn b && a.unit() != b.unit()) {
            // pandas compares datetimes of two units as instants: both in the finer unit.
            DatetimeUnit unit = DatetimeUnit.finer(a.unit(), b.unit());
            values = a.toUnit(unit);
            lookup = b.toUnit(unit);
        }
        if (values instanceof TimestampColumn a && lookup instanceof TimestampColumn b
                && (a.zone() == null) != (b.zone() == null)) {
            throw new DataException("isin: column '" + a.name() + "' (" + a.dtypeName() + ") is compared with '"
                    + b.name() + "' (" + b.dtypeName() + "); pandas never matches naive and time-zone-aware datetimes");
        }
        ColumnReader v = ColumnReader.of(values);
        ColumnReader l = ColumnReader.of(lookup);
        if (v.isString() != l.isString()) {
            // pandas: a string never equals a number, but a missing value still matches a missing one.
            boolean lookupHasMissing = false;
            for (int i = 0; i < lookup.length() && !lookupHasMissing; i++) {
                lookupHasMissing = l.isMissing(i);
            }
            for (int i = 0; i < n && lookupHasMissing; i++) {
                out[i] = v.isMissing(i);
            }
            return out;
        }
        KeyWords words = new KeyWords(List.of(v), List.of(l));
        int nl = lookup.length();
        TupleTable table = new TupleTable(words.width, nl);
        long[] lw = words.words(List.of(l), nl, true);
        for (int i = 0; i < nl; i++) {
            table.insert(lw, i);
        }
        long[] vw = words.words(List.of(v), n, false);
        RowChunks.forEach(n, (c, from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = table.find(vw, i) >= 0;
            }
        });
        return out;
    }
}
