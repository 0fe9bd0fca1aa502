package io.stratum.runtime.kernels.features;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted {@code KBinsDiscretizer}: each column's bin edges. A value's bin is the number of inner edges at or below
 * it ({@code np.searchsorted(edges[1:-1], x, side="right")}), so values beyond the training range fall in the end
 * bins; encoded as that number (ordinal, float64) or as one-hot indicators named {@code <col>_<bin>.0}. With
 * {@code dtype=np.float32} the value placed is its float32 rounding (the outputs, small integers, are the same numbers
 * as float32).
 */
public final class FittedKBins {
    private final List<String> columns;
    private final List<double[]> edges;
    private final KBinsDiscretizerKernel.Encode encode;
    private final boolean float32;

    FittedKBins(List<String> columns, List<double[]> edges, KBinsDiscretizerKernel.Encode encode, boolean float32) {
        this.columns = List.copyOf(columns);
        this.edges = List.copyOf(edges);
        this.encode = encode;
        this.float32 = float32;
    }

    /** scikit-learn's {@code bin_edges_[j]}. */
    public double[] edges(int j) {
        return edges.get(j).clone();
    }

    public Table transform(MemoryContext ctx, Table input) {
        int n = input.rowCount();
        List<Column> out = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            Column c = input.column(columns.get(j));
            double[] x = KBinsDiscretizerKernel.values(c);
            double[] e = edges.get(j);
            int bins = e.length - 1;
            int[] bin = new int[n];
            for (int i = 0; i < n; i++) {
                int b = 0;
                // dtype=np.float32: numpy compares the float32 value, widened, with the float64 edges
                double v = float32 ? (double) (float) x[i] : x[i];
                // inner edges e[1..bins-1]; few bins, so a linear scan
                while (b < bins - 1 && e[b + 1] <= v) {
                    b++;
                }
                bin[i] = b;
            }
            if (encode == KBinsDiscretizerKernel.Encode.ORDINAL) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = bin[i];
                }
                out.add(Float64Column.of(ctx, c.name(), v));
            } else {
                for (int b = 0; b < bins; b++) {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = bin[i] == b ? 1.0 : 0.0;
                    }
                    out.add(Float64Column.of(ctx, c.name() + "_" + b + ".0", v));
                }
            }
        }
        return out.isEmpty() ? Table.empty(n) : Table.of(out);
    }
}
