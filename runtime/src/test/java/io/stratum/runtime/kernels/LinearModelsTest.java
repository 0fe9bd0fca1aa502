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
    private static final Pattern RIDGE = Pattern.compile("ridge\\(alpha=([0-9.]+)(?:,fit_intercept=(True|False))?\\).*");
    private static final Pattern LINEAR = Pattern.compile("linear\\((?:fit_intercept=(True|False))?\\).*");

    static FittedLinearModel fit(String model, FeatureMatrix x, double[] y) {
        Matcher m = RIDGE.matcher(model);
        if (m.matches()) {
            boolean fi = m.group(2) == null || m.group(2).equals("True");
            return RidgeKernel.fit(x, y, new RidgeParams(Double.parseDouble(m.group(1)), fi));
        }
        m = LINEAR.matcher(model);
        if (m.matches()) {
            return LinearRegressionKernel.fit(x, y, m.group(1) == null || m.group(1).equals("True"));
        }
        throw new IllegalArgumentException("unknown model in fixture: " + model);
    }

    @Test
    void matchScikitLearnOnSmallInputs() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv"));
            List<Map<String, String>> rows = Reference.rows("linear_small.csv");
            assertTrue(rows.size() >= 12);
            for (Map<String, String> r : rows) {
                String model = r.get("model");
                List<String> features = Reference.words(r.get("features"));
                Table tr = r.get("train_rows").isEmpty() ? train : train.take(Reference.ints(r.get("train_rows")));
                FittedLinearModel fitted = fit(model, FeatureMatrix.fromTable(tr.select(features)),
                        tr.column("y").toDoubleArray());
                Reference.assertAllClose(Reference.numbers(r.get("coef")), fitted.coef(), model + " coef");
                Reference.assertClose(Reference.number(r.get("intercept")), fitted.intercept(), model + " intercept");
                double[] pred = fitted.predict(FeatureMatrix.fromTable(test.select(features)));
                Reference.assertAllClose(Reference.numbers(r.get("test_predictions")), pred, model + " predictions");
                int rank = Integer.parseInt(r.get("rank"));
                if (rank >= 0) {
                    assertEquals(rank, fitted.rank(), model + " rank");
                }
            }
        }
    }
}
