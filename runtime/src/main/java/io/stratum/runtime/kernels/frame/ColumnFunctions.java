package io.stratum.runtime.kernels.frame;

import io.stratum.ir.logical.NumericFunction;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;

/**
 * numpy's element-wise functions ({@code np.log}, {@code np.exp}, {@code np.sqrt}, ...) on a column, as pandas
 * applies them to a Series.
 *
 * <p>Types: float64 in, float64 out, NaN in, NaN out; int64 gives float64 except for {@code abs} and
 * {@code square}, which stay int64 and wrap on overflow as numpy's int64 loops do. Domain errors give what numpy
 * gives without raising: log of 0 is -inf, log of a negative number NaN, sqrt of a negative number NaN, exp
 * overflows to inf. Booleans keep their type under {@code abs} and {@code square}; the other functions would give
 * numpy's float16, which Stratum does not have, so they are refused, as are strings. The result keeps the input's
 * name, as a pandas Series does.
 */
public final class ColumnFunctions {
    private ColumnFunctions() {
    }

    public static Column apply(MemoryContext ctx, NumericFunction function, Column column) {
        int n = column.length();
        return switch (column) {
            case Float64Column f -> Float64Column.of(ctx, column.name(), applyFloat(function, f.toDoubleArray()));
            case Int64Column l -> {
                boolean[] nulls = nullMask(l);
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = l.getLong(i);
                }
                if (function.keepsIntegers()) {
                    yield Int64Column.of(ctx, column.name(), applyInteger(function, values), nulls);
                }
                double[] asDoubles = new double[n];
                for (int i = 0; i < n; i++) {
                    // A null int64 (only kernels make them) reads as NaN, so the float result is NaN there.
                    asDoubles[i] = nulls != null && nulls[i] ? Double.NaN : (double) values[i];
                }
                yield Float64Column.of(ctx, column.name(), applyFloat(function, asDoubles));
            }
            case BoolColumn b -> {
                if (function.keepsIntegers()) {
                    // |b| and b*b are b for booleans; numpy keeps the bool dtype.
                    yield b;
                }
                throw new DataException("np." + function.numpyName() + " of the boolean column '" + column.name()
                        + "' would be float16 in numpy, which Stratum does not support; convert it first with "
                        + ".astype(float)");
            }
            case TimestampColumn t -> throw new DataException("np." + function.numpyName() + " does not support the"
                    + " datetime column '" + column.name() + "'; apply it to a field such as .dt.hour");
            case TimedeltaColumn t -> throw new DataException("np." + function.numpyName() + " of the duration column '"
                    + column.name() + "' is not supported; apply it to numbers such as .dt.total_seconds()");
            case StringColumn s -> throw new DataException("np." + function.numpyName() + " does not support the"
                    + " string column '" + column.name() + "' (numpy: loop of ufunc does not support argument 0 of"
                    + " type str); apply it to a numeric column");
        };
    }

    /** The function of a constant operand: an int stays an int for {@code abs} and {@code square}. */
    public static Scalar apply(NumericFunction function, Scalar value) {
        return switch (value) {
            case Scalar.IntScalar i -> function.keepsIntegers() ? Scalar.of(function.applyInteger(i.value()))
                    : Scalar.of(function.apply(i.value()));
            case Scalar.FloatScalar f -> Scalar.of(function.apply(f.value()));
            case Scalar.BoolScalar b when function.keepsIntegers() -> b;
            case Scalar.BoolScalar b -> throw new DataException("np." + function.numpyName() + " of a boolean would be"
                    + " float16 in numpy, which Stratum does not support; use a float constant");
            case Scalar.StringScalar s -> throw new DataException("np." + function.numpyName() + " does not support"
                    + " the string " + s.value() + "; apply it to a number");
            case Scalar.DatetimeScalar t -> throw new DataException("np." + function.numpyName() + " of a Timestamp is"
                    + " not supported; apply it to a number");
            case Scalar.DurationScalar d -> throw new DataException("np." + function.numpyName() + " of a Timedelta is"
                    + " not supported; apply it to a number such as its .total_seconds()");
        };
    }

    /** One loop per function, so the function is chosen once per column and not once per row. */
    static double[] applyFloat(NumericFunction function, double[] in) {
        int n = in.length;
        double[] out = new double[n];
        switch (function) {
            case LOG -> {
                for (int i = 0; i < n; i++) {
                    out[i] = StrictMath.log(in[i]);
                }
            }
            case LOG1P -> {
                for (int i = 0; i < n; i++) {
                    out[i] = StrictMath.log1p(in[i]);
                }
            }
            case EXP -> {
                for (int i = 0; i < n; i++) {
                    out[i] = StrictMath.exp(in[i]);
                }
            }
            case EXPM1 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = StrictMath.expm1(in[i]);
                }
            }
            case SQRT -> {
                for (int i = 0; i < n; i++) {
                    out[i] = StrictMath.sqrt(in[i]);
                }
            }
            case SQUARE -> {
                for (int i = 0; i < n; i++) {
                    out[i] = in[i] * in[i];
                }
            }
            case ABS, FABS -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Math.abs(in[i]);
                }
            }
            case SIN -> {
                for (int i = 0; i < n; i++) {
                    out[i] = StrictMath.sin(in[i]);
                }
            }
            case COS -> {
                for (int i = 0; i < n; i++) {
                    out[i] = StrictMath.cos(in[i]);
                }
            }
        }
        return out;
    }

    static long[] applyInteger(NumericFunction function, long[] in) {
        int n = in.length;
        long[] out = new long[n];
        switch (function) {
            case ABS -> {
                for (int i = 0; i < n; i++) {
                    // Long.MIN_VALUE stays negative, as numpy's int64 absolute wraps.
                    out[i] = in[i] < 0 ? -in[i] : in[i];
                }
            }
            case SQUARE -> {
                for (int i = 0; i < n; i++) {
                    out[i] = in[i] * in[i];
                }
            }
            default -> throw new IllegalArgumentException("np." + function.numpyName() + " does not keep integers");
        }
        return out;
    }

    private static boolean[] nullMask(Column c) {
        if (c.nullCount() == 0) {
            return null;
        }
        int n = c.length();
        boolean[] nulls = new boolean[n];
        for (int i = 0; i < n; i++) {
            nulls[i] = c.isNull(i);
        }
        return nulls;
    }
}
