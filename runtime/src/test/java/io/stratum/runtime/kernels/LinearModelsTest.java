package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.LinearRegressionKernel;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Ridge and LinearRegression coefficients, intercepts and predictions against scikit-learn. */
class LinearModelsTest {
    private static final Pattern RIDGE =
            Pattern.compile("ridge\\(alpha=([0-9.]+)(?:,fit_intercept=(True|False))?(?:,solver=(svd|sparse_cg))?\\).*");
    private static final Pattern LINEAR = Pattern.compile("linear\\((?:fit_intercept=(True|False))?\\).*");

    static FittedLinearModel fit(String model, FeatureMatrix x, double[] y) {
        return fit(model, x, y, null);
    }

    /** The fixture's model fitted with {@code sample_weight=w} ({@code null}: unweighted). */
    static FittedLinearModel fit(String model, FeatureMatrix x, double[] y, double[] w) {
        Matcher m = RIDGE.matcher(model);
        if (m.matches()) {
            boolean fi = m.group(2) == null || m.group(2).equals("True");
            RidgeParams.Solver solver = RidgeParams.Solver.parse(m.group(3));
            double tol = solver == RidgeParams.Solver.SPARSE_CG ? 1e-12 : 1e-4;
            return RidgeKernel.fit(x, y, new RidgeParams(Double.parseDouble(m.group(1)), fi, solver, tol, -1), w);
        }
        m = LINEAR.matcher(model);
        if (m.matches()) {
            return LinearRegressionKernel.fit(x, y, m.group(1) == null || m.group(1).equals("True"),
                    LinearRegressionKernel.DEFAULT_TOL, w);
        }
        throw new IllegalArgumentException("unknown model in fixture: " + model);
    }

    @Test
    void matchScikitLearnOnSmallInputs() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv"));
            List<Map<String, String>> rows = Reference.rows("linear_small.csv");
            assertTrue(rows.size() >= 24);
            int weighted = 0;
            for (Map<String, String> r : rows) {
                String model = r.get("model");
                List<String> features = Reference.words(r.get("features"));
                Table tr = r.get("train_rows").isEmpty() ? train : train.take(Reference.ints(r.get("train_rows")));
                double[] w = r.get("weights").isEmpty() ? null : Reference.numbers(r.get("weights"));
                weighted += w == null ? 0 : 1;
                FittedLinearModel fitted = fit(model, FeatureMatrix.fromTable(tr.select(features)),
                        tr.column("y").toDoubleArray(), w);
                Reference.assertAllClose(Reference.numbers(r.get("coef")), fitted.coef(), model + " coef");
                Reference.assertClose(Reference.number(r.get("intercept")), fitted.intercept(), model + " intercept");
                double[] pred = fitted.predict(FeatureMatrix.fromTable(test.select(features)));
                Reference.assertAllClose(Reference.numbers(r.get("test_predictions")), pred, model + " predictions");
                int rank = Integer.parseInt(r.get("rank"));
                if (rank >= 0) {
                    assertEquals(rank, fitted.rank(), model + " rank");
                }
            }
            assertTrue(weighted >= 10, "weighted fits in the fixture: " + weighted);
        }
    }

    @Test
    void refuseNegativeAndAllZeroWeightsAsScikitLearnDoes() {
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(3, List.of("a"), new double[] {1.0, 2.0, 4.0});
        double[] y = {1.0, 2.0, 3.0};
        for (String model : List.of("ridge(alpha=1.0)", "linear()")) {
            var negative = org.junit.jupiter.api.Assertions.assertThrows(io.stratum.runtime.data.DataException.class,
                    () -> fit(model, x, y, new double[] {1.0, -0.5, 1.0}));
            assertTrue(negative.getMessage().contains("training row 1 is -0.5"), negative.getMessage());
            var zeros = org.junit.jupiter.api.Assertions.assertThrows(io.stratum.runtime.data.DataException.class,
                    () -> fit(model, x, y, new double[3]));
            assertTrue(zeros.getMessage().contains("at least one non-zero number"), zeros.getMessage());
        }
    }
}
