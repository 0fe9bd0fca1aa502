package io.stratum.runtime.kernels.features;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.features.SplineTransformerKernel.Extrapolation;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted {@code SplineTransformer}: one B-spline basis per column. Outside the base interval the values follow
 * {@code extrapolation} as scikit-learn does (constant: the first/last {@code degree} splines keep their boundary
 * values and the others are 0; linear: those splines continue along their boundary tangent; continue: the end
 * polynomials; periodic: x wrapped into the period; error: refused). Output columns are named {@code <col>_sp_<j>}.
 */
public final class FittedSplines {
    private final List<String> columns;
    private final List<BSplineBasis> bases;
    private final SplineTransformerKernel.Params params;

    FittedSplines(List<String> columns, List<BSplineBasis> bases, SplineTransformerKernel.Params params) {
        this.columns = List.copyOf(columns);
        this.bases = List.copyOf(bases);
        this.params = params;
    }

    /** The number of splines per column before the last one is dropped for {@code include_bias=False}. */
    private int splines() {
        int n = bases.getFirst().count();
        return params.extrapolation() == Extrapolation.PERIODIC ? n - params.degree() : n;
    }

    /** scikit-learn's {@code get_feature_names_out()}. */
    public List<String> outputNames() {
        List<String> out = new ArrayList<>();
        int kept = splines() - (params.includeBias() ? 0 : 1);
        for (String c : columns) {
            for (int j = 0; j < kept; j++) {
                out.add(c + "_sp_" + j);
            }
        }
        return out;
    }

    /** The knot vector of column {@code j} (base knots extended on both sides), as scikit-learn's {@code bsplines_[j].t}. */
    public double[] knots(int j) {
        return bases.get(j).knots();
    }

    public Table transform(MemoryContext ctx, Table input) {
        int n = input.rowCount();
        List<String> names = outputNames();
        List<Column> out = new ArrayList<>(names.size());
        int s = splines();
        int kept = s - (params.includeBias() ? 0 : 1);
        int degree = params.degree();
        for (int f = 0; f < columns.size(); f++) {
            Column c = input.column(columns.get(f));
            double[] x = SplineTransformerKernel.values(c, params.missingAsZeros());
            double[][] values = new double[s][n];
            BSplineBasis basis = bases.get(f);
            // scikit-learn's transform loop raises its degree variable to 2 (once per fit) when linear extrapolation
            // meets degree 0 or 1, and later columns read their range bounds t[degree], t[-degree-1] with the raised
            // value: kept, so the numbers are scikit-learn's.
            int boundDegree = degree;
            if (params.extrapolation() == Extrapolation.LINEAR && degree <= 1) {
                degree++;
            }
            fill(basis, c.name(), x, values, boundDegree, degree);
            for (int j = 0; j < kept; j++) {
                out.add(Float64Column.of(ctx, names.get(f * kept + j), values[j]));
            }
        }
        return out.isEmpty() ? Table.empty(n) : Table.of(out);
    }

    private void fill(BSplineBasis basis, String column, double[] x, double[][] values, int boundDegree,
                      int linearTerms) {
        int n = x.length;
        int s = values.length;
        int k = params.degree();
        int count = basis.count();
        double[] t = basis.knots();
        boolean raised = params.extrapolation() == Extrapolation.LINEAR;
        double lo = raised ? t[boundDegree] : basis.lower();
        double hi = raised ? t[t.length - boundDegree - 1] : basis.upper();
        double[] row = new double[count];
        double[] atLow = new double[count];
        double[] atHigh = new double[count];
        basis.evaluate(lo, 0, atLow, 0);
        basis.evaluate(hi, 0, atHigh, 0);
        double[] slopeLow = new double[count];
        double[] slopeHigh = new double[count];
        if (params.extrapolation() == Extrapolation.LINEAR) {
            basis.evaluate(lo, 1, slopeLow, 0);
            basis.evaluate(hi, 1, slopeHigh, 0);
        }
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                continue; // handle_missing='zeros'
            }
            java.util.Arrays.fill(row, 0.0);
            switch (params.extrapolation()) {
                case PERIODIC -> {
                    double period = hi - lo;
                    double wrapped = period > 0 ? lo + floorMod(v - lo, period) : 0.0;
                    basis.evaluate(wrapped, 0, row, 0);
                    for (int j = 0; j < s; j++) {
                        values[j][i] = row[j] + (j < k ? row[j + s] : 0.0);
                    }
                    continue;
                }
                case CONTINUE -> basis.evaluate(v, 0, row, 0);
                case ERROR -> {
                    if (v < lo || v > hi) {
                        throw new DataException("SplineTransformer: column '" + column + "' has the value " + v
                                + " in row " + i + ", beyond the limits of the knots [" + lo + ", " + hi
                                + "] (extrapolation='error'); choose another extrapolation");
                    }
                    basis.evaluate(v, 0, row, 0);
                }
                case CONSTANT -> {
                    if (v < lo) {
                        System.arraycopy(atLow, 0, row, 0, k);
                    } else if (v > hi) {
                        System.arraycopy(atHigh, count - k, row, count - k, k);
                    } else {
                        basis.evaluate(v, 0, row, 0);
                    }
                }
                case LINEAR -> {
                    if (v >= lo && v <= hi) {
                        basis.evaluate(v, 0, row, 0);
                    } else {
                        int terms = Math.min(count, linearTerms);
                        for (int j = 0; j < terms; j++) {
                            if (v < lo) {
                                row[j] = atLow[j] + (v - lo) * slopeLow[j];
                            } else {
                                int m = count - 1 - j;
                                row[m] = atHigh[m] + (v - hi) * slopeHigh[m];
                            }
                        }
                    }
                }
            }
            for (int j = 0; j < s; j++) {
                values[j][i] = row[j];
            }
        }
    }

    /** Python's {@code %} on floats: the result has the sign of the divisor. */
    private static double floorMod(double a, double b) {
        double r = a % b;
        return r != 0 && (r < 0) != (b < 0) ? r + b : r;
    }
}
