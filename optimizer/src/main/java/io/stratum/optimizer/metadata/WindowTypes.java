package io.stratum.optimizer.metadata;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Grouping;
import io.stratum.ir.logical.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns pandas makes by a window method ({@link Window}) and by a grouped shift, and the compile-time errors for
 * columns Stratum does not compute them of (the runtime's {@code WindowColumns} types and refuses the same).
 */
final class WindowTypes {
    private WindowTypes() {
    }

    /** The column {@code w} makes of {@code in}; {@code rowsMayMiss}: a row may be in no group (its value missing). */
    static ColumnStats windowed(ColumnStats in, Window w, boolean rowsMayMiss) {
        ColumnType t = in.type();
        if (t == ColumnType.UNKNOWN) {
            return ColumnStats.of(in.name(), ColumnType.UNKNOWN);
        }
        String method = w.method().replace(".", "().") + "()";
        if (w.frame().kind() != Window.Kind.CUMULATIVE) {
            if (t != ColumnType.INT64 && t != ColumnType.FLOAT64 && t != ColumnType.BOOL) {
                throw new StratumError(w.origin(), method + " of the " + t.label() + " column '" + in.name()
                        + "': pandas computes window statistics of numbers (and bools, as 0 and 1) only",
                        "select the numeric columns first, or convert the column (astype(float))");
            }
            return ColumnStats.of(in.name(), ColumnType.FLOAT64);
        }
        if (t != ColumnType.INT64 && t != ColumnType.FLOAT64 && t != ColumnType.BOOL) {
            throw new StratumError(w.origin(), method + " of the " + t.label() + " column '" + in.name()
                    + "': Stratum accumulates numbers and bools only", "select the numeric columns first, or convert"
                    + " the column (pd.to_numeric, astype(float))");
        }
        boolean extreme = w.function() == Window.Function.MAX || w.function() == Window.Function.MIN;
        ColumnType out = t == ColumnType.FLOAT64 ? t : t == ColumnType.BOOL && extreme ? ColumnType.BOOL : ColumnType.INT64;
        // A row in no group gets NaN, which makes an int64 result float64 (and a bool one object, refused at run time).
        return ColumnStats.of(in.name(), rowsMayMiss && out != ColumnType.FLOAT64 ? ColumnType.UNKNOWN : out);
    }

    /** True when a grouping by {@code keys} under {@code dropna} may leave a row in no group. */
    static boolean rowsMayMiss(List<ColumnStats> columns, Grouping g) {
        if (!g.grouped() || !g.dropna()) {
            return false;
        }
        for (String k : g.keys()) {
            ColumnStats c = SchemaRules.find(columns, k);
            if (c != null && c.type() != ColumnType.INT64 && c.type() != ColumnType.BOOL
                    && !(c.nullFraction().isPresent() && c.nullFraction().getAsDouble() == 0)) {
                return true;
            }
        }
        return false;
    }

    /** The input columns a grouped method computes (the selection in its order, or every column but the keys). */
    static List<ColumnStats> selected(List<ColumnStats> columns, Grouping g) {
        if (!g.grouped()) {
            return columns;
        }
        List<ColumnStats> out = new ArrayList<>();
        if (g.columns() != null) {
            for (String name : g.columns()) {
                out.add(SchemaRules.find(columns, name));
            }
        } else {
            for (ColumnStats c : columns) {
                if (!g.keys().contains(c.name())) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
