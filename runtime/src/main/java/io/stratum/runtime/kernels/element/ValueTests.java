package io.stratum.runtime.kernels.element;

import io.stratum.ir.value.Const;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** pandas' {@code isin}: membership of each value in a list of constants. */
final class ValueTests {
    private ValueTests() {
    }

    /**
     * Numbers match numbers by value (1 matches 1.0, True matches 1) and NaN matches a NaN in the list but not None;
     * strings match strings, and a missing string matches None or NaN in the list. Values of other types never
     * match, as in pandas.
     */
    static BoolColumn isIn(MemoryContext ctx, Column column, List<Const> values) {
        int n = column.length();
        boolean[] out = new boolean[n];
        switch (column.type()) {
            case FLOAT64, INT64, BOOL -> {
                double[] wanted = new double[values.size()];
                int k = 0;
                boolean nan = false;
                for (Const c : values) {
                    switch (c) {
                        case Const.IntConst i -> wanted[k++] = i.value();
                        case Const.FloatConst f when Double.isNaN(f.value()) -> nan = true;
                        case Const.FloatConst f -> wanted[k++] = f.value();
                        case Const.BoolConst b -> wanted[k++] = b.value() ? 1 : 0;
                        default -> {
                        }
                    }
                }
                double[] sorted = Arrays.copyOf(wanted, k);
                Arrays.sort(sorted);
                double[] v = column.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    double x = v[i];
                    out[i] = Double.isNaN(x) ? nan : Arrays.binarySearch(sorted, x == 0.0 ? 0.0 : x) >= 0
                            || (x == 0.0 && Arrays.binarySearch(sorted, -0.0) >= 0);
                }
            }
            case STRING, CATEGORY -> {
                Set<String> wanted = new HashSet<>();
                boolean missing = false;
                for (Const c : values) {
                    switch (c) {
                        case Const.StrConst s -> wanted.add(s.value());
                        case Const.NoneConst none -> missing = true;
                        case Const.FloatConst f when Double.isNaN(f.value()) -> missing = true;
                        default -> {
                        }
                    }
                }
                String[] v = ((StringColumn) column).toStringArray();
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == null ? missing : wanted.contains(v[i]);
                }
            }
            case DATETIME -> throw new DataException("isin on the datetime column '" + column.name()
                    + "' is not supported; compare a field instead, e.g. df['" + column.name() + "'].dt.year.isin([...])");
        }
        return BoolColumn.of(ctx, column.name(), out);
    }
}
