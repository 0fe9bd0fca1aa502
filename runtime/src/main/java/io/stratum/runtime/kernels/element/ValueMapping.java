package io.stratum.runtime.kernels.element;

import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import java.util.HashMap;
import java.util.Map;

/**
 * pandas' {@code map(dict)} and {@code replace(...)} of a str, int64, float64 or bool column: each value looked up
 * among the keys (numbers by value, as a Python dict finds 1 with 1.0; a missing value finds a None or NaN key),
 * replaced by its value; an unmatched value is missing ({@code map}) or kept ({@code replace}). The result's dtype is
 * pandas': str when every value is text, int64 when every value is an int and none is missing, bool when every value is
 * a bool and none is missing, float64 for numbers otherwise; other mixes are pandas' object dtype and are refused.
 */
final class ValueMapping {
    private ValueMapping() {
    }

    /** A key as Python's dict compares it: numbers by value, text by text, missing as one key. */
    private record Key(Object value) {
        static final Key MISSING = new Key("\u0000missing");

        static Key of(Const c) {
            return switch (c) {
                case Const.NoneConst n -> MISSING;
                case Const.FloatConst f when Double.isNaN(f.value()) -> MISSING;
                case Const.FloatConst f -> new Key(f.value() == 0.0 ? 0.0 : f.value());
                case Const.IntConst i -> new Key((double) i.value());
                case Const.BoolConst b -> new Key(b.value() ? 1.0 : 0.0);
                case Const.StrConst s -> new Key(s.value());
                default -> new Key(c);
            };
        }
    }

    static Column apply(MemoryContext ctx, Column column, ElementOp.MapValues op) {
        String call = op.keepUnmatched() ? "replace()" : "map()";
        if (column.type() == DataType.CATEGORY || column.type() == DataType.DATETIME
                || column.type() == DataType.TIMEDELTA) {
            throw new DataException(call + " of the " + column.dtypeName() + " column '" + column.name() + "' is not"
                    + " supported by Stratum" + (column.type() == DataType.CATEGORY ? " (pandas maps categories, not"
                    + " rows); convert it first with .astype(str)" : "; map a field such as .dt.month"));
        }
        Map<Key, Const> table = new HashMap<>();
        for (int i = 0; i < op.keys().size(); i++) {
            table.put(Key.of(op.keys().get(i)), op.values().get(i)); // a later equal key wins, as in a Python dict
        }
        int n = column.length();
        Const[] out = new Const[n];
        for (int i = 0; i < n; i++) {
            Const v = value(column, i);
            Const found = table.get(Key.of(v));
            out[i] = found != null ? found : op.keepUnmatched() ? v : Const.none();
        }
        return build(ctx, column, out, call);
    }

    private static Const value(Column column, int row) {
        if (column.isMissing(row)) {
            return column.type() == DataType.FLOAT64 ? Const.of(Double.NaN) : Const.none();
        }
        return switch (column) {
            case StringColumn s -> Const.of(s.getString(row));
            case Int64Column l -> Const.of(l.getLong(row));
            case Float64Column f -> Const.of(f.getDouble(row));
            case BoolColumn b -> Const.of(b.getBoolean(row));
            default -> throw new IllegalStateException(column.type().toString());
        };
    }

    private static boolean missing(Const c) {
        return c instanceof Const.NoneConst || c instanceof Const.FloatConst f && Double.isNaN(f.value());
    }

    private static Column build(MemoryContext ctx, Column column, Const[] out, String call) {
        int n = out.length;
        boolean anyMissing = false;
        boolean text = true;
        boolean ints = true;
        boolean bools = true;
        boolean numbers = true;
        for (Const c : out) {
            if (missing(c)) {
                anyMissing = true;
                bools &= false;
                ints &= false;
                continue;
            }
            text &= c instanceof Const.StrConst;
            ints &= c instanceof Const.IntConst;
            bools &= c instanceof Const.BoolConst;
            numbers &= c instanceof Const.IntConst || c instanceof Const.FloatConst;
        }
        if (text && (n == 0 || !allMissing(out) || column.type() == DataType.STRING)) {
            String[] v = new String[n];
            for (int i = 0; i < n; i++) {
                v[i] = out[i] instanceof Const.StrConst s ? s.value() : null;
            }
            return StringColumn.of(ctx, column.name(), v);
        }
        if (ints && !anyMissing) {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = ((Const.IntConst) out[i]).value();
            }
            return Int64Column.of(ctx, column.name(), v);
        }
        if (bools && !anyMissing) {
            boolean[] v = new boolean[n];
            for (int i = 0; i < n; i++) {
                v[i] = ((Const.BoolConst) out[i]).value();
            }
            return BoolColumn.of(ctx, column.name(), v);
        }
        if (numbers) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (out[i]) {
                    case Const.IntConst x -> x.value();
                    case Const.FloatConst x -> x.value();
                    default -> Double.NaN;
                };
            }
            return Float64Column.of(ctx, column.name(), v);
        }
        throw new DataException(call + " of the column '" + column.name() + "' gives values of several types (text"
                + " beside numbers, or bools beside missing values), which pandas holds in an object column that"
                + " Stratum does not have; map to values of one type");
    }

    private static boolean allMissing(Const[] out) {
        for (Const c : out) {
            if (!missing(c)) {
                return false;
            }
        }
        return true;
    }
}
