package io.stratum.optimizer.metadata;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Shift;

/**
 * The column pandas makes of one column by {@code shift(periods)}, {@code diff(periods)} or {@code pct_change(periods)}, and the compile-time error
 * for a column Stratum does not shift (the runtime's {@code ShiftKernel} types and refuses the same).
 */
final class ShiftTypes {
    private ShiftTypes() {
    }

    static ColumnStats shifted(ColumnStats in, Shift s) {
        ColumnType t = in.type();
        if (t == ColumnType.UNKNOWN) {
            return ColumnStats.of(in.name(), ColumnType.UNKNOWN);
        }
        if (s.method() == Shift.Method.FFILL || s.method() == Shift.Method.BFILL) {
            // The dtype is kept; only which values are missing changes.
            return ColumnStats.of(in.name(), t);
        }
        if (s.method() != Shift.Method.SHIFT) {
            if (t != ColumnType.INT64 && t != ColumnType.FLOAT64) {
                throw new StratumError(s.origin(), s.method().pandasName() + "() of the " + t.label() + " column '" + in.name()
                        + "': Stratum computes differences of numbers only", "select the numeric columns first, or"
                        + " convert the column (pd.to_numeric, astype(float))");
            }
            return ColumnStats.of(in.name(), ColumnType.FLOAT64);
        }
        if (s.periods() == 0) {
            return in;
        }
        return switch (t) {
            case INT64, FLOAT64 -> ColumnStats.of(in.name(), ColumnType.FLOAT64);
            case BOOL -> throw new StratumError(s.origin(), "shift() of the bool column '" + in.name() + "' gives"
                    + " pandas' object column of True, False and NaN, which Stratum does not hold",
                    "shift astype(int) (or astype(float)) of it instead");
            default -> ColumnStats.of(in.name(), t);
        };
    }
}
