package io.stratum.runtime.kernels.features;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted {@code PolynomialFeatures}: the list of monomials. A monomial {@code x_i1 * x_i2 * ... * x_id} is computed
 * as scikit-learn's dense path builds it, {@code x_i1 * (x_i2 * (... * x_id))}, so the products are bit-identical.
 */
public final class FittedPolynomialFeatures {
    private final List<String> columns;
    private final List<int[]> terms;

    FittedPolynomialFeatures(List<String> columns, List<int[]> terms) {
        this.columns = List.copyOf(columns);
        this.terms = List.copyOf(terms);
    }

    /** scikit-learn's {@code get_feature_names_out()}. */
    public List<String> outputNames() {
        List<String> out = new ArrayList<>(terms.size());
        for (int[] t : terms) {
            out.add(name(t));
        }
        return out;
    }

    private String name(int[] term) {
        if (term.length == 0) {
            return "1";
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < term.length) {
            int k = i;
            while (k < term.length && term[k] == term[i]) {
                k++;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(columns.get(term[i]));
            if (k - i > 1) {
                b.append('^').append(k - i);
            }
            i = k;
        }
        return b.toString();
    }

    public Table transform(MemoryContext ctx, Table input) {
        int n = input.rowCount();
        double[][] x = new double[columns.size()][];
        for (int j = 0; j < columns.size(); j++) {
            Column c = input.column(columns.get(j));
            PolynomialFeaturesKernel.requireNumeric(c);
            x[j] = c.toDoubleArray();
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(x[j][i])) {
                    throw new DataException("PolynomialFeatures: column '" + c.name() + "' has "
                            + (Double.isNaN(x[j][i]) ? "a missing value (NaN)" : "an infinite value") + " in row " + i
                            + "; scikit-learn refuses them (Input X contains NaN or infinity): impute them first");
                }
            }
        }
        List<String> names = outputNames();
        List<Column> out = new ArrayList<>(terms.size());
        for (int t = 0; t < terms.size(); t++) {
            int[] term = terms.get(t);
            double[] v = new double[n];
            if (term.length == 0) {
                java.util.Arrays.fill(v, 1.0);
            } else {
                double[] last = x[term[term.length - 1]];
                System.arraycopy(last, 0, v, 0, n);
                for (int k = term.length - 2; k >= 0; k--) {
                    double[] f = x[term[k]];
                    for (int i = 0; i < n; i++) {
                        v[i] = f[i] * v[i];
                    }
                }
            }
            out.add(Float64Column.of(ctx, names.get(t), v));
        }
        return Table.of(out);
    }
}
