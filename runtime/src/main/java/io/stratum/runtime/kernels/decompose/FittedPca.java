package io.stratum.runtime.kernels.decompose;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted {@code PCA}: the training means, the components (row-major {@code k x p}) and their explained variances.
 * {@link #transform} is scikit-learn's {@code _transform}: {@code X·Vᵀ - mean·Vᵀ}, divided by the standard deviation
 * of each component when whitening (clipped below at machine epsilon); outputs are named {@code pca0, pca1, ...}.
 */
public final class FittedPca {
    private final List<String> columns;
    private final double[] mean;
    private final double[] components;
    private final double[] variance;
    private final int k;
    private final boolean whiten;

    FittedPca(List<String> columns, double[] mean, double[] components, double[] variance, int k, boolean whiten) {
        this.columns = List.copyOf(columns);
        this.mean = mean;
        this.components = components;
        this.variance = variance;
        this.k = k;
        this.whiten = whiten;
    }

    /** {@code n_components_}. */
    public int componentCount() {
        return k;
    }

    /** {@code components_}, row-major {@code k x n_features}. */
    public double[] components() {
        return components.clone();
    }

    /** {@code explained_variance_}. */
    public double[] explainedVariance() {
        return variance.clone();
    }

    public Table transform(MemoryContext ctx, Table input) {
        int n = input.rowCount();
        int p = columns.size();
        List<Column> present = new ArrayList<>(p);
        for (String name : columns) {
            if (!input.hasColumn(name)) {
                throw new DataException("PCA was fitted on column '" + name + "', which the input lacks");
            }
            present.add(input.column(name));
        }
        double[][] x = PcaKernel.columns(Table.of(present));
        List<Column> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            double shift = 0.0;
            for (int j = 0; j < p; j++) {
                shift += mean[j] * components[c * p + j];
            }
            double scale = 1.0;
            if (whiten) {
                scale = Math.max(Math.sqrt(variance[c]), Math.ulp(1.0));
            }
            double[] v = new double[n];
            for (int j = 0; j < p; j++) {
                double w = components[c * p + j];
                double[] xj = x[j];
                for (int i = 0; i < n; i++) {
                    v[i] += xj[i] * w;
                }
            }
            for (int i = 0; i < n; i++) {
                v[i] = whiten ? (v[i] - shift) / scale : v[i] - shift;
            }
            out.add(Float64Column.of(ctx, "pca" + c, v));
        }
        return k == 0 ? Table.empty(n) : Table.of(out);
    }
}
