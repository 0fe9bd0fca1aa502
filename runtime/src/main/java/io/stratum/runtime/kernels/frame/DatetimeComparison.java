package io.stratum.runtime.kernels.frame;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.IsoTimestamp;
import io.stratum.runtime.data.TimeZones;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Comparisons of datetime columns with pandas 3's rules: two datetime columns compare their instants whatever their
 * units (and, when both are time-zone-aware, whatever their zones); a str constant is read as {@code pd.Timestamp}
 * reads it (in the column's zone when it names no offset); NaT compares False except with {@code !=}. A naive and an
 * aware operand, or a datetime and a number, are equal nowhere and unequal everywhere, and their ordering is pandas'
 * "Invalid comparison" error. Two duration columns ({@code timedelta64}) compare their lengths whatever their units.
 */
final class DatetimeComparison {
    private DatetimeComparison() {
    }

    /** An instant or wall-clock time as whole seconds since 1970-01-01T00:00 and the nanoseconds past them. */
    private record Moment(long seconds, int nanos) {
    }

    static BoolColumn compare(io.stratum.runtime.data.MemoryContext ctx, ComparisonOp op, Column left, Column right) {
        if (left instanceof io.stratum.runtime.data.TimedeltaColumn l && right instanceof io.stratum.runtime.data.TimedeltaColumn r) {
            int n = l.length();
            long[] a = l.toTicksArray();
            long[] b = r.toTicksArray();
            long pa = l.unit().perSecond();
            long pb = r.unit().perSecond();
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                out[i] = l.isNull(i) || r.isNull(i) ? op == ComparisonOp.NE : op.holds(compareTicks(a[i], pa, b[i], pb));
            }
            return BoolColumn.of(ctx, l.name(), out);
        }
        if (!(left instanceof TimestampColumn l) || !(right instanceof TimestampColumn r)) {
            Column datetime = DatetimeArithmetic.involves(left) ? left : right;
            Column other = datetime == left ? right : left;
            throw new DataException("'" + op.symbol() + "' between the " + datetime.dtypeName() + " column '"
                    + datetime.name() + "' and the " + other.dtypeName() + " column '" + other.name() + "' is not"
                    + " supported; convert the other column first (pd.to_datetime(...) for text, pd.to_datetime(...,"
                    + " unit='s') for epoch numbers, .dt.total_seconds() for durations)");
        }
        int n = l.length();
        if ((l.zone() == null) != (r.zone() == null)) {
            return mismatched(ctx, op, l, "dtype=" + r.dtypeName() + " (column '" + r.name() + "')", n);
        }
        boolean[] out = new boolean[n];
        boolean missingResult = op == ComparisonOp.NE;
        long[] a = l.toTicksArray();
        long[] b = r.toTicksArray();
        long pa = l.unit().perSecond();
        long pb = r.unit().perSecond();
        for (int i = 0; i < n; i++) {
            out[i] = l.isNull(i) || r.isNull(i) ? missingResult : op.holds(compareTicks(a[i], pa, b[i], pb));
        }
        return BoolColumn.of(ctx, l.name(), out);
    }

    /**
     * {@code column op constant} for a duration column: a {@code pd.Timedelta} compares lengths whatever the units,
     * anything else is what pandas does with operands it cannot order.
     */
    static BoolColumn compare(io.stratum.runtime.data.MemoryContext ctx, ComparisonOp op, TimedeltaColumn column,
                              Scalar constant) {
        int n = column.length();
        if (!(constant instanceof Scalar.DurationScalar d)) {
            if (op != ComparisonOp.EQ && op != ComparisonOp.NE) {
                throw new DataException("Invalid comparison between dtype=" + column.dtypeName() + " (column '"
                        + column.name() + "') and " + Scalar.typeName(constant) + " with '" + op.symbol() + "', as in"
                        + " pandas; compare with a duration such as pd.Timedelta(hours=1), or compare numbers such as"
                        + " .dt.total_seconds() > 3600");
            }
            boolean[] out = new boolean[n];
            java.util.Arrays.fill(out, op == ComparisonOp.NE);
            return BoolColumn.of(ctx, column.name(), out);
        }
        return ticksAgainst(ctx, op, column, column.toTicksArray(), column.unit(), d.ticks(), d.unit());
    }

    /**
     * A column that holds neither datetimes nor durations against a {@code pd.Timestamp} or {@code pd.Timedelta}:
     * equal nowhere, unequal everywhere, and pandas' "Invalid comparison" for an ordering.
     */
    static BoolColumn temporalConstant(io.stratum.runtime.data.MemoryContext ctx, ComparisonOp op, Column column,
                                       Scalar constant) {
        if (op != ComparisonOp.EQ && op != ComparisonOp.NE) {
            throw new DataException("Invalid comparison between dtype=" + column.dtypeName() + " (column '"
                    + column.name() + "') and " + Scalar.typeName(constant) + " with '" + op.symbol() + "', as in"
                    + " pandas; convert the column first (pd.to_datetime(...) for dates, pd.to_timedelta(..., unit=...)"
                    + " is not supported yet: compare numbers instead)");
        }
        boolean[] out = new boolean[column.length()];
        java.util.Arrays.fill(out, op == ComparisonOp.NE);
        return BoolColumn.of(ctx, column.name(), out);
    }

    /** {@code column op constant}; a constant on the left is compared with the operator flipped. */
    static BoolColumn compare(io.stratum.runtime.data.MemoryContext ctx, ComparisonOp op, TimestampColumn column,
                              Scalar constant) {
        int n = column.length();
        if (constant instanceof Scalar.DatetimeScalar t) {
            if ((t.zone() == null) != (column.zone() == null)) {
                return mismatched(ctx, op, column, "Timestamp", n);
            }
            return ticksAgainst(ctx, op, column, column.toTicksArray(), column.unit(), t.ticks(), t.unit());
        }
        if (!(constant instanceof Scalar.StringScalar text)) {
            return mismatched(ctx, op, column, Scalar.typeName(constant), n);
        }
        IsoTimestamp iso;
        try {
            iso = IsoTimestamp.parse(text.value());
        } catch (java.time.DateTimeException e) {
            throw new DataException("comparing the datetime column '" + column.name() + "' with '" + text.value()
                    + "', which is not a valid date (" + e.getMessage() + "); pandas refuses it too");
        }
        if (iso == null) {
            throw new DataException("comparing the datetime column '" + column.name() + "' with '" + text.value()
                    + "': Stratum reads dates in comparisons in ISO 8601 layouts only, where pandas also guesses others;"
                    + " write it as '2020-01-31' or '2020-01-31 13:45:00'");
        }
        if (iso.offset() != null && column.zone() == null) {
            return mismatched(ctx, op, column, "str", n); // pandas: a naive column and an instant with an offset
        }
        Moment constantMoment = moment(iso, column, text.value());
        long[] ticks = column.toTicksArray();
        long perSecond = column.unit().perSecond();
        boolean missingResult = op == ComparisonOp.NE;
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (column.isNull(i)) {
                out[i] = missingResult;
                continue;
            }
            long t = ticks[i];
            long seconds = Math.floorDiv(t, perSecond);
            int c = Long.compare(seconds, constantMoment.seconds);
            if (c == 0) {
                c = Long.compare(Math.floorMod(t, perSecond) * (DatetimeUnit.NS.perSecond() / perSecond),
                        constantMoment.nanos);
            }
            out[i] = op.holds(c);
        }
        return BoolColumn.of(ctx, column.name(), out);
    }

    /** Each row's ticks against one constant's, exactly across units; NaT compares False except with {@code !=}. */
    private static BoolColumn ticksAgainst(io.stratum.runtime.data.MemoryContext ctx, ComparisonOp op, Column column,
                                           long[] ticks, DatetimeUnit unit, long constant, DatetimeUnit constantUnit) {
        int n = ticks.length;
        long pa = unit.perSecond();
        long pb = constantUnit.perSecond();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = column.isNull(i) ? op == ComparisonOp.NE : op.holds(compareTicks(ticks[i], pa, constant, pb));
        }
        return BoolColumn.of(ctx, column.name(), out);
    }

    /**
     * What pandas does with two operands it cannot order: {@code ==} is False and {@code !=} True on every row, an
     * ordering is its "Invalid comparison" TypeError.
     */
    private static BoolColumn mismatched(io.stratum.runtime.data.MemoryContext ctx, ComparisonOp op,
                                         TimestampColumn column, String other, int n) {
        if (op != ComparisonOp.EQ && op != ComparisonOp.NE) {
            String hint = column.zone() == null
                    ? "compare with a datetime column or an ISO 8601 date without an offset, such as '2020-01-31'"
                    : "compare with a time-zone-aware column or a date string; .dt.tz_localize(None) drops the zone";
            throw new DataException("Invalid comparison between dtype=" + column.dtypeName() + " (column '"
                    + column.name() + "') and " + other + " with '" + op.symbol() + "', as in pandas; " + hint);
        }
        boolean[] out = new boolean[n];
        java.util.Arrays.fill(out, op == ComparisonOp.NE);
        return BoolColumn.of(ctx, column.name(), out);
    }

    /** Compares {@code a} ticks of {@code pa} per second with {@code b} ticks of {@code pb} per second, exactly. */
    private static int compareTicks(long a, long pa, long b, long pb) {
        if (pa == pb) {
            return Long.compare(a, b);
        }
        int c = Long.compare(Math.floorDiv(a, pa), Math.floorDiv(b, pb));
        if (c != 0) {
            return c;
        }
        long ns = DatetimeUnit.NS.perSecond();
        return Long.compare(Math.floorMod(a, pa) * (ns / pa), Math.floorMod(b, pb) * (ns / pb));
    }

    /**
     * The constant's instant (an aware column; its offset, else the column's zone as pandas localizes it) or wall
     * clock (a naive column).
     */
    private static Moment moment(IsoTimestamp iso, TimestampColumn column, String text) {
        LocalDateTime local = iso.local();
        int nanos = local.getNano();
        if (iso.offset() != null) {
            return new Moment(local.toEpochSecond(iso.offset()), nanos);
        }
        if (column.zone() == null) {
            return new Moment(iso.localSeconds(), nanos);
        }
        List<ZoneOffset> offsets = TimeZones.zone(column.zone()).getRules().getValidOffsets(local);
        if (offsets.size() != 1) {
            throw new DataException("Invalid comparison between dtype=" + column.dtypeName() + " (column '"
                    + column.name() + "') and str, as in pandas: '" + text + "' " + (offsets.isEmpty()
                    ? "does not exist" : "happens twice") + " in " + column.zone() + " (a daylight-saving change);"
                    + " give the offset, such as '" + text + "+01:00'");
        }
        return new Moment(local.toEpochSecond(offsets.getFirst()), nanos);
    }
}
