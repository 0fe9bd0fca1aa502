package io.stratum.runtime.kernels.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lasso and ElasticNet on a scipy sparse matrix (the word TF-IDF of the committed film titles) against scikit-learn
 * 1.9.1's {@code sparse_enet_coordinate_descent} ({@code make_sparse_enet_reference.py}), and on the same matrix dense
 * with {@code positive} and {@code selection="random"}. The sweeps are scikit-learn's, step for step (the same
 * coordinates in the same order, random ones drawn from the same generator); its BLAS may sum the gap's dot products
 * in another order. Measured: the sparse fits' coefficients are the same bits (y centered by numpy's pairwise mean:
 * scikit-learn's implicit centering multiplies {@code sum(y - y_offset)} by the column count, and a naive mean moved
 * them by 1e-11), the dense ones (X centered explicitly) within 6.7e-14. Held to {@link #COEF_ATOL} on coefficients
 * (whose largest magnitude is about 1) and the intercept, the same exact zeros, the same {@code n_iter_}, and the
 * dual gap to {@link #GAP_RTOL} (1e-12 absolute for a gap at rounding level). A second test holds the two layouts of
 * one problem to each other.
 */
class SparseElasticNetParityTest {
    static final double COEF_ATOL = 1e-12;
    static final double GAP_RTOL = 1e-5;

    private static FeatureMatrix matrix(Map<String, String> m) {
        int rows = Integer.parseInt(m.get("rows"));
        int cols = Integer.parseInt(m.get("cols"));
        CsrMatrix csr = new CsrMatrix(rows, cols, Reference.ints(m.get("indptr")), Reference.ints(m.get("indices")),
                Reference.numbers(m.get("data")));
        List<String> names = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            names.add("x" + j);
        }
        return FeatureMatrix.withSparseBlock(rows, List.of(), new double[0], names, csr);
    }

    private static ElasticNetParams params(Map<String, String> r) {
        return new ElasticNetParams(Double.parseDouble(r.get("alpha")), Double.parseDouble(r.get("l1_ratio")),
                r.get("fit_intercept").equals("True"), Integer.parseInt(r.get("max_iter")),
                Double.parseDouble(r.get("tol")), r.get("positive").equals("True"), r.get("selection").equals("random"),
                r.get("random_state").equals("nan") ? null : Long.valueOf(r.get("random_state")));
    }

    @Test
    void fitsMatchScikitLearnOnTheSparseMatrixAndOnItsDenseCopy() {
        Map<String, String> m = Reference.rows("inputs/sparse_enet_matrix.csv").get(0);
        FeatureMatrix sparse = matrix(m);
        FeatureMatrix dense = FeatureMatrix.ofColumnMajor(sparse.rows(), sparse.featureNames(),
                sparse.toColumnMajorArray());
        double[] y = Reference.numbers(m.get("y"));
        int cases = 0;
        for (Map<String, String> r : Reference.rows("sparse_enet.csv")) {
            String what = r.get("case");
            boolean isSparse = r.get("layout").equals("sparse");
            CoordinateDescentFit fit = CoordinateDescentKernel.fit(isSparse ? sparse : dense, y, params(r),
                    r.get("estimator"));
            double[] coef = Reference.numbers(r.get("coef"));
            double[] ours = fit.model().coef();
            assertEquals(coef.length, ours.length, what);
            double worst = 0;
            int nonZero = 0;
            for (int j = 0; j < coef.length; j++) {
                worst = Math.max(worst, Math.abs(coef[j] - ours[j]));
                nonZero += coef[j] != 0 ? 1 : 0;
                // Exact zeros are the same zeros: the soft threshold and the screening take the same decisions.
                assertEquals(coef[j] == 0, ours[j] == 0, what + ": coef " + j + " " + coef[j] + " vs " + ours[j]);
            }
            assertTrue(worst <= COEF_ATOL, what + ": largest coefficient difference " + worst);
            assertEquals(Double.parseDouble(r.get("intercept")), fit.model().intercept(), COEF_ATOL, what + ": intercept");
            assertEquals(Integer.parseInt(r.get("n_iter")), fit.nIter(), what + ": n_iter_");
            double gap = Double.parseDouble(r.get("dual_gap"));
            // A gap at rounding level (the ridge-like case's 1e-14) is compared on an absolute scale of 1e-12.
            assertEquals(gap, fit.dualGap(), Math.max(GAP_RTOL * Math.abs(gap), 1e-12), what + ": dual_gap_");
            if (isSparse && what.startsWith("lasso_small")) {
                assertTrue(nonZero > 0, "a case with coefficients");
            }
            cases++;
        }
        assertEquals(14, cases);
    }

    @Test
    void theSparseFitAgreesWithTheDenseOneToRounding() {
        Map<String, String> m = Reference.rows("inputs/sparse_enet_matrix.csv").get(0);
        FeatureMatrix sparse = matrix(m);
        FeatureMatrix dense = FeatureMatrix.ofColumnMajor(sparse.rows(), sparse.featureNames(),
                sparse.toColumnMajorArray());
        double[] y = Reference.numbers(m.get("y"));
        ElasticNetParams p = new ElasticNetParams(0.001, 0.9, true, 1000, 1e-6);
        double[] a = CoordinateDescentKernel.fit(sparse, y, p, "ElasticNet").model().coef();
        double[] b = CoordinateDescentKernel.fit(dense, y, p, "ElasticNet").model().coef();
        for (int j = 0; j < a.length; j++) {
            assertEquals(b[j], a[j], 1e-9, "coef " + j);
        }
    }
}
