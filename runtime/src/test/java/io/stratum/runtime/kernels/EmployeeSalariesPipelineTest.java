package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.KFoldKernel;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Foundation milestone's pipeline end to end on employee_salaries.csv: one-hot encode three columns, scale
 * year_first_hired, fit Ridge or LinearRegression per KFold(5) fold, score r2 and MSE; every number against
 * scikit-learn. LinearRegression here is rank-deficient (one-hot columns plus an intercept).
 */
class EmployeeSalariesPipelineTest {
    private static final List<String> CATEGORICAL = List.of("gender", "department", "assignment_category");
    private static final List<String> NUMERIC = List.of("year_first_hired");

    /** Fits encoder and scaler on {@code train}, returns the design matrices of train and test. */
    private static FeatureMatrix[] design(MemoryContext ctx, Table train, Table test) {
        FittedOneHot ohe = OneHotEncoderKernel.fit(train.select(CATEGORICAL),
                new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE));
        FittedStandardScaler scaler = StandardScalerKernel.fit(train.select(NUMERIC), ScalerParams.DEFAULT);
        FeatureMatrix[] out = new FeatureMatrix[2];
        Table[] parts = {train, test};
        for (int k = 0; k < 2; k++) {
            Table encoded = ohe.transform(ctx, parts[k].select(CATEGORICAL));
            Table scaled = scaler.transform(ctx, parts[k].select(NUMERIC));
            out[k] = FeatureMatrix.fromTable(encoded.concatColumns(scaled));
        }
        return out;
    }

    @Test
    void scoresAndCoefficientsMatchScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table data = CsvReader.read(ctx, Reference.sharedData("employee_salaries.csv"));
            double[] y = data.column("current_annual_salary").toDoubleArray();
            List<Fold> folds = KFoldKernel.split(data.rowCount(), 5);
            int[] all = new int[data.rowCount()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            List<String> failures = new ArrayList<>();
            for (Map<String, String> r : Reference.rows("employee_models.csv")) {
                String split = r.get("split");
                int[] trainRows = split.equals("all") ? all : folds.get(split.charAt(4) - '0').train();
                int[] testRows = split.equals("all") ? all : folds.get(split.charAt(4) - '0').test();
                Table train = data.take(trainRows);
                Table test = data.take(testRows);
                FeatureMatrix[] xs = design(ctx, train, test);
                String what = r.get("model") + " " + split;
                assertEquals(Reference.words(r.get("features")), xs[0].featureNames(), what + " features");
                double[] yTrain = train.column("current_annual_salary").toDoubleArray();
                double[] yTest = test.column("current_annual_salary").toDoubleArray();
                FittedLinearModel model = LinearModelsTest.fit(r.get("model"), xs[0], yTrain);
                double[] pred = model.predict(xs[1]);
                try {
                    Reference.assertAllClose(Reference.numbers(r.get("coef")), model.coef(), what + " coef");
                    Reference.assertClose(Reference.number(r.get("intercept")), model.intercept(), what + " intercept");
                    Reference.assertClose(Reference.number(r.get("r2")), RegressionScores.r2(yTest, pred), what + " r2");
                    Reference.assertClose(Reference.number(r.get("neg_mean_squared_error")),
                            RegressionScores.negMeanSquaredError(yTest, pred), what + " neg_mse");
                    int rank = Integer.parseInt(r.get("rank"));
                    if (rank >= 0) {
                        assertEquals(rank, model.rank(), what + " rank");
                    }
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
                assertEquals(y.length, data.rowCount());
            }
            assertEquals(List.of(), failures);
        }
    }
}
