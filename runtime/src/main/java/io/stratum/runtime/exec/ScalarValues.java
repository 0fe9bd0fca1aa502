package io.stratum.runtime.exec;

import io.stratum.ir.value.Const;
import io.stratum.runtime.data.TemporalConstants;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.frame.Scalar;
import java.util.function.UnaryOperator;

/**
 * Values computed from the data (a reduction's number) in the column kernels: broadcast to every row of a column, and
 * combined with each other through the same kernels as columns (a one-row column in, its value out), so a number
 * computed from numbers has pandas' types and arithmetic.
 */
final class ScalarValues {
    private ScalarValues() {
    }

    /** {@code value} repeated on {@code rows} rows, named {@code name}. */
    static Column broadcast(MemoryContext memory, Scalar value, int rows, String name) {
        return switch (value) {
            case Scalar.IntScalar i -> {
                long[] v = new long[rows];
                java.util.Arrays.fill(v, i.value());
                yield Int64Column.of(memory, name, v);
            }
            case Scalar.FloatScalar f -> {
                double[] v = new double[rows];
                java.util.Arrays.fill(v, f.value());
                yield Float64Column.of(memory, name, v);
            }
            case Scalar.BoolScalar b -> {
                boolean[] v = new boolean[rows];
                java.util.Arrays.fill(v, b.value());
                yield BoolColumn.of(memory, name, v);
            }
            case Scalar.StringScalar s -> {
                String[] v = new String[rows];
                java.util.Arrays.fill(v, s.value());
                yield StringColumn.of(memory, name, v);
            }
            case Scalar.DatetimeScalar t -> {
                long[] v = new long[rows];
                java.util.Arrays.fill(v, t.ticks());
                yield io.stratum.runtime.data.TimestampColumn.of(memory, name, v, null, t.unit(), t.zone());
            }
            case Scalar.DurationScalar d -> {
                long[] v = new long[rows];
                java.util.Arrays.fill(v, d.ticks());
                yield io.stratum.runtime.data.TimedeltaColumn.of(memory, name, v, null, d.unit());
            }
        };
    }

    /** The value of a one-row column (a missing value is NaN, as pandas gives it for a scalar). */
    static Scalar of(Column column) {
        if (column.length() != 1) {
            throw new IllegalStateException("a scalar comes from one row, got " + column.length());
        }
        if (column.isMissing(0)) {
            return Scalar.of(Double.NaN);
        }
        return switch (column) {
            case Float64Column f -> Scalar.of(f.getDouble(0));
            case Int64Column l -> Scalar.of(l.getLong(0));
            case BoolColumn b -> Scalar.of(b.getBoolean(0));
            case StringColumn s -> Scalar.of(s.getString(0));
            case io.stratum.runtime.data.TimestampColumn t -> new Scalar.DatetimeScalar(t.getTicks(0), t.unit(), t.zone());
            case io.stratum.runtime.data.TimedeltaColumn d -> new Scalar.DurationScalar(d.getTicks(0), d.unit());
            default -> throw new io.stratum.runtime.data.DataException("a " + column.type() + " value computed from the data"
                    + " is not supported by Stratum");
        };
    }

    /** {@code operation} applied to {@code value} as to a one-row column. */
    static Scalar apply(MemoryContext memory, Scalar value, UnaryOperator<Column> operation) {
        return of(operation.apply(broadcast(memory, value, 1, "value")));
    }

    /** {@code value} as a constant of the plan (for kernels that take one, such as fillna). */
    static Const constant(Scalar value) {
        return switch (value) {
            case Scalar.IntScalar i -> Const.of(i.value());
            case Scalar.FloatScalar f -> Const.of(f.value());
            case Scalar.BoolScalar b -> Const.of(b.value());
            case Scalar.StringScalar s -> Const.of(s.value());
            case Scalar.DatetimeScalar t -> TemporalConstants.timestamp(t.ticks(), t.unit(), t.zone());
            case Scalar.DurationScalar d -> TemporalConstants.timedelta(d.ticks(), d.unit());
        };
    }

    /** Python's {@code str()} of the value, as {@code print} shows a numpy scalar. */
    static String text(Scalar value) {
        return switch (value) {
            case Scalar.IntScalar i -> Long.toString(i.value());
            case Scalar.FloatScalar f -> io.stratum.ir.value.PyFormat.floatRepr(f.value());
            case Scalar.BoolScalar b -> b.value() ? "True" : "False";
            case Scalar.StringScalar s -> s.value();
            case Scalar.DatetimeScalar t -> TemporalConstants.timestamp(t.ticks(), t.unit(), t.zone()).text();
            case Scalar.DurationScalar d -> TemporalConstants.timedelta(d.ticks(), d.unit()).text();
        };
    }
}
