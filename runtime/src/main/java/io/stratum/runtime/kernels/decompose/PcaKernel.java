package io.stratum.runtime.kernels.decompose;

import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.split.LegacyRandomState;
import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.kernels.NumpySums;
import java.util.List;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * Fits scikit-learn 1.9's {@code PCA} on dense numeric columns: the solver {@code svd_solver="auto"} picks as
 * scikit-learn picks it (the covariance eigendecomposition for tall and narrow data, the full SVD for small data or
 * {@code "mle"}, the randomized SVD for few components of large data; {@code "arpack"} only when asked for),
 * {@code n_components} as an int, a variance fraction in (0, 1), {@code "mle"} (Minka's rule) or None, and the signs
 * of {@code svd_flip(u_based_decision=False)}: the entry of largest magnitude of every component is positive.
 */
public final class PcaKernel {
    private PcaKernel() {
    }

    /** {@code svd_solver}; {@code AUTO} is resolved by {@link #resolve}. */
    public enum Solver {
        AUTO, FULL, COVARIANCE_EIGH, ARPACK, RANDOMIZED;

        public static Solver parse(String name) {
            return switch (name) {
                case "auto" -> AUTO;
                case "full" -> FULL;
                case "covariance_eigh" -> COVARIANCE_EIGH;
                case "arpack" -> ARPACK;
                case "randomized" -> RANDOMIZED;
                default -> throw new DataException("PCA: svd_solver must be 'auto', 'full', 'covariance_eigh',"
                        + " 'arpack' or 'randomized', got '" + name + "'");
            };
        }
    }

    /**
     * {@code n_components}: exactly one of {@code count} (an int), {@code fraction} (a float in (0, 1)), {@code mle};
     * all absent for None.
     */
    public record Components(Integer count, Double fraction, boolean mle) {
        public static final Components ALL = new Components(null, null, false);

        public Components {
            if (fraction != null && !(fraction > 0.0 && fraction < 1.0)) {
                throw new DataException("PCA: a float n_components must be strictly between 0 and 1, got " + fraction);
            }
            if (count != null && count < 0) {
                throw new DataException("PCA: n_components must be non-negative, got " + count);
            }
        }
    }

    /**
     * PCA's parameters; {@code iteratedPower} is null for "auto", {@code seed} null for {@code random_state=None}
     * (drawn as seed 0, since scikit-learn then draws from numpy's global state).
     */
    public record Params(Components components, boolean whiten, Solver solver, Integer iteratedPower, int nOversamples,
                         RandomizedSvd.Normalizer normalizer, Long seed) {
    }

    /** scikit-learn's choice for {@code svd_solver="auto"} on dense input of the given shape. */
    public static Solver resolve(Solver solver, Components components, int rows, int cols) {
        if (solver != Solver.AUTO) {
            return solver;
        }
        if (cols <= 1_000 && rows >= 10L * cols) {
            return Solver.COVARIANCE_EIGH;
        }
        if (Math.max(rows, cols) <= 500 || components.mle()) {
            return Solver.FULL;
        }
        int count = components.count() != null ? components.count()
                : components.fraction() != null ? -1 : Math.min(rows, cols);
        if (count >= 1 && count < 0.8 * Math.min(rows, cols)) {
            return Solver.RANDOMIZED;
        }
        return Solver.FULL;
    }

    public static FittedPca fit(Table input, Params params) {
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(ScratchMemory.doubles(2L * input.rowCount() * input.columnCount()), "PCA's copies of X")) {
            return fitUnreserved(input, params);
        }
    }

    private static FittedPca fitUnreserved(Table input, Params params) {
        int n = input.rowCount();
        int p = input.columnCount();
        double[][] x = columns(input);
        if (n < 1 || p < 1) {
            throw new DataException("PCA needs at least one row and one column, got " + n + " rows and " + p
                    + " columns");
        }
        Solver solver = resolve(params.solver(), params.components(), n, p);
        double[] mean = new double[p];
        for (int j = 0; j < p; j++) {
            mean[j] = NumpySums.mean(x[j]);
        }
        return solver == Solver.RANDOMIZED || solver == Solver.ARPACK
                ? fitTruncated(input.columnNames(), x, mean, n, p, solver, params)
                : fitFull(input.columnNames(), x, mean, n, p, solver, params);
    }

    private static FittedPca fitFull(List<String> names, double[][] x, double[] mean, int n, int p, Solver solver,
                                     Params params) {
        Components comp = params.components();
        if (comp.mle() && n < p) {
            throw new DataException("PCA: n_components='mle' is only supported if n_samples >= n_features, got "
                    + n + " rows and " + p + " columns");
        }
        if (comp.count() != null && comp.count() > Math.min(n, p)) {
            throw new DataException("PCA: n_components=" + comp.count() + " must be between 0 and min(n_samples,"
                    + " n_features)=" + Math.min(n, p) + " with svd_solver='" + solverName(solver) + "'");
        }
        double[] variance;
        double[] vt;
        int r;
        if (solver == Solver.COVARIANCE_EIGH) {
            // C = XᵀX - n·mean·meanᵀ, scaled by 1/(n-1), as scikit-learn forms it (no centered copy of X)
            R064Store c = R064Store.FACTORY.make(p, p);
            for (int a = 0; a < p; a++) {
                for (int b = a; b < p; b++) {
                    double s = 0.0;
                    double[] xa = x[a];
                    double[] xb = x[b];
                    for (int i = 0; i < n; i++) {
                        s += xa[i] * xb[i];
                    }
                    double v = (s - n * mean[a] * mean[b]) / (n - 1);
                    c.set(a, b, v);
                    c.set(b, a, v);
                }
            }
            Eigenvalue<Double> eigen = Eigenvalue.R064.make(c, true);
            if (!eigen.decompose(c)) {
                throw new DataException("PCA: the eigendecomposition of the covariance matrix did not converge");
            }
            double[] values = new double[p];
            MatrixStore<Double> d = eigen.getD();
            MatrixStore<Double> v = eigen.getV();
            Integer[] order = new Integer[p];
            for (int j = 0; j < p; j++) {
                values[j] = d.doubleValue(j, j);
                order[j] = j;
            }
            // eigh's ascending order flipped: largest first
            java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
            r = p;
            variance = new double[p];
            vt = new double[p * p];
            for (int k = 0; k < p; k++) {
                variance[k] = Math.max(0.0, values[order[k]]);
                for (int j = 0; j < p; j++) {
                    vt[k * p + j] = v.doubleValue(j, order[k]);
                }
            }
        } else {
            R064Store centered = R064Store.FACTORY.make(n, p);
            for (int j = 0; j < p; j++) {
                for (int i = 0; i < n; i++) {
                    centered.set(i, j, x[j][i] - mean[j]);
                }
            }
            SingularValue<Double> svd = SingularValue.R064.make(centered, false);
            if (!svd.decompose(centered)) {
                throw new DataException("PCA: the singular value decomposition did not converge");
            }
            r = Math.min(n, p);
            double[] s = new double[(int) Math.min(svd.getSingularValues().count(), Integer.MAX_VALUE)];
            svd.getSingularValues(s);
            MatrixStore<Double> v = svd.getV();
            variance = new double[r];
            vt = new double[r * p];
            int have = (int) Math.min(v.countColumns(), r);
            for (int k = 0; k < r; k++) {
                double sk = k < s.length ? s[k] : 0.0;
                variance[k] = sk * sk / (n - 1);
                for (int j = 0; j < p && k < have; j++) {
                    vt[k * p + j] = v.doubleValue(j, k);
                }
            }
        }
        SvdFlip.rowsByLargestEntry(vt, r, p);
        double total = NumpySums.sum(variance);
        int k;
        if (comp.mle()) {
            k = MinkaDimension.infer(variance, n);
        } else if (comp.fraction() != null) {
            double cumulative = 0.0;
            k = r;
            for (int j = 0; j < r; j++) {
                cumulative += variance[j] / total;
                // searchsorted(side="right") + 1: the first component whose cumulative ratio exceeds the fraction
                if (cumulative > comp.fraction()) {
                    k = j + 1;
                    break;
                }
            }
            k = Math.min(k, r);
        } else {
            k = comp.count() != null ? comp.count() : r;
        }
        return new FittedPca(names, mean, java.util.Arrays.copyOf(vt, k * p), java.util.Arrays.copyOf(variance, k), k,
                params.whiten());
    }

    /**
     * The randomized SVD, or ({@code svd_solver="arpack"}) the exact leading singular triplets of the centered data
     * that scipy's ARPACK converges to ({@link ExactTruncatedSvd}), with scikit-learn's checks of
     * {@code n_components} (None is {@code min(n_samples, n_features) - 1} for arpack, which needs fewer).
     */
    private static FittedPca fitTruncated(List<String> names, double[][] x, double[] mean, int n, int p, Solver solver,
                                          Params params) {
        Components comp = params.components();
        String solverName = solverName(solver);
        if (comp.mle()) {
            throw new DataException("PCA: n_components='mle' cannot be a string with svd_solver='" + solverName + "'");
        }
        int min = Math.min(n, p);
        int all = solver == Solver.ARPACK ? min - 1 : min;
        int k = comp.count() != null ? comp.count() : comp.fraction() == null ? all : -1;
        if (k < 1 || k > min) {
            throw new DataException("PCA: n_components=" + (comp.fraction() != null ? comp.fraction() : k)
                    + " must be between 1 and min(n_samples, n_features)=" + min + " with svd_solver='" + solverName
                    + "'");
        }
        if (solver == Solver.ARPACK && k == min) {
            throw new DataException("PCA: n_components=" + k + " must be strictly less than min(n_samples,"
                    + " n_features)=" + min + " with svd_solver='arpack'");
        }
        // the centered data as a (fully stored) CSR matrix: the randomized SVD only multiplies by it
        int[] indptr = new int[n + 1];
        int[] indices = new int[n * p];
        double[] data = new double[n * p];
        for (int i = 0; i < n; i++) {
            indptr[i + 1] = (i + 1) * p;
            for (int j = 0; j < p; j++) {
                indices[i * p + j] = j;
                data[i * p + j] = x[j][i] - mean[j];
            }
        }
        CsrMatrix centered = new CsrMatrix(n, p, indptr, indices, data);
        double[] vt;
        double[] s;
        if (solver == Solver.ARPACK) {
            ExactTruncatedSvd.Result result;
            try {
                result = ExactTruncatedSvd.compute(centered, k, "svd_solver='arpack'");
            } catch (IllegalArgumentException e) {
                throw new DataException("PCA: " + e.getMessage());
            }
            vt = result.vt();
            s = result.s();
        } else {
            int nIter = params.iteratedPower() != null ? params.iteratedPower() : k < 0.1 * min ? 7 : 4;
            RandomizedSvd.Result result = RandomizedSvd.compute(centered, k, params.nOversamples(), nIter,
                    params.normalizer(), new LegacyRandomState(params.seed() == null ? 0L : params.seed()));
            vt = result.vt();
            s = result.s();
        }
        SvdFlip.rowsByLargestEntry(vt, k, p);
        double[] variance = new double[k];
        for (int c = 0; c < k; c++) {
            variance[c] = s[c] * s[c] / (n - 1);
        }
        return new FittedPca(names, mean, vt, variance, k, params.whiten());
    }

    /** The input's columns as float64 arrays; text columns and missing values are refused as scikit-learn does. */
    static double[][] columns(Table input) {
        double[][] x = new double[input.columnCount()][];
        for (int j = 0; j < input.columnCount(); j++) {
            Column c = input.column(j);
            if (!c.type().isNumeric() && c.type() != DataType.BOOL) {
                throw new DataException("PCA needs numeric columns, but column '" + c.name() + "' is "
                        + c.type().pandasName() + "; encode it first or leave it out of the step");
            }
            x[j] = c.toDoubleArray();
            for (int i = 0; i < x[j].length; i++) {
                if (!Double.isFinite(x[j][i])) {
                    throw new DataException("PCA: column '" + c.name() + "' has "
                            + (Double.isNaN(x[j][i]) ? "a missing value (NaN)" : "an infinite value") + " in row " + i
                            + "; scikit-learn refuses them (Input X contains NaN or infinity): impute them first");
                }
            }
        }
        return x;
    }

    private static String solverName(Solver s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }
}
