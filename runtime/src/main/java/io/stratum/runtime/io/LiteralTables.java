package io.stratum.runtime.io;

import io.stratum.ir.value.Const;
import io.stratum.ir.value.LiteralColumns;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/** The table of {@code pd.DataFrame({...})} written in a script, each column typed as pandas types its list. */
public final class LiteralTables {
    private LiteralTables() {
    }

    public static Table table(MemoryContext ctx, List<String> names, List<Const.ListConst> columns) {
        List<Column> out = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            List<Const> values = columns.get(j).items();
            String dtype = LiteralColumns.dtype(values);
            if (dtype == null) {
                throw new DataException("pd.DataFrame: column '" + names.get(j) + "' " + LiteralColumns.problem(values));
            }
            int n = values.size();
            out.add(switch (dtype) {
                case "int64" -> {
                    long[] v = new long[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = ((Const.IntConst) values.get(i)).value();
                    }
                    yield Int64Column.of(ctx, names.get(j), v);
                }
                case "float64" -> {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = switch (values.get(i)) {
                            case Const.IntConst x -> x.value();
                            case Const.FloatConst x -> x.value();
                            default -> Double.NaN;
                        };
                    }
                    yield Float64Column.of(ctx, names.get(j), v);
                }
                case "bool" -> {
                    boolean[] v = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = ((Const.BoolConst) values.get(i)).value();
                    }
                    yield BoolColumn.of(ctx, names.get(j), v);
                }
                default -> {
                    String[] v = new String[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = values.get(i) instanceof Const.StrConst s ? s.value() : null;
                    }
                    yield StringColumn.of(ctx, names.get(j), v);
                }
            });
        }
        return out.isEmpty() ? Table.empty(0) : Table.of(out);
    }
}
