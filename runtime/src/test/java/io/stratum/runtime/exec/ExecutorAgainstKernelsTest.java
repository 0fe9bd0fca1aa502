package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.physical.ColumnExpr;
import io.stratum.ir.physical.EvalColumn;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SelectColumns;
import io.stratum.ir.physical.SplitRows;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import io.stratum.runtime.kernels.scale.ScalerMoments;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.KFoldKernel;
import io.stratum.runtime.search.CandidateScores;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The executor's plumbing checked against the kernels called by hand: estimators are fitted on each fold's
 * training rows and applied to its test rows, a transformer without {@code cols} sees the whole frame, and a
 * target computed by column arithmetic before the split is split like the features. Same kernels, same order,
 * so the fold scores must be bit for bit equal.
 */
class ExecutorAgainstKernelsTest {
    private static final List<String> FEATURES = List.of("precipitation", "temp_min", "wind");

    @Test
    void scalerOnAllColumnsRidgeAndComputedTargetMatchHandCalls() {
        ScanCsv scan = new ScanCsv(TestPlans.seattleWeather().toString(), "seattle-weather.csv", TestPlans.line(1));
        // y = data["temp_max"] * 1.8 + 32, before the split
        EvalColumn fahrenheit = new EvalColumn(List.of(new SelectColumn(scan, "temp_max", TestPlans.line(2))),
                new ColumnExpr.Binary(BinaryOperator.ADD, new ColumnExpr.Binary(BinaryOperator.MUL,
                        new ColumnExpr.InputColumn(0, null), new ColumnExpr.Literal(Const.of(1.8))),
                        new ColumnExpr.Literal(Const.of(32L))), TestPlans.line(2));
        SplitRows y = new SplitRows(fahrenheit, "y", TestPlans.line(2));
        SplitRows x = new SplitRows(new SelectColumns(scan, FEATURES, TestPlans.line(3)), "X", TestPlans.line(3));
        FitTransform scaled = new FitTransform(x, TestPlans.scaler(), null, "standard_scaler", TestPlans.line(4));
        FitPredict ridge = new FitPredict(scaled, y, TestPlans.ridge(3.0), "ridge_cholesky", TestPlans.line(5));
        SearchPlan plan = TestPlans.single(ridge, y, 4);

        CandidateScores scores = SearchDriver.standard().run(plan, new SearchOptions(2)).scores().get(0);

        try (MemoryContext ctx = MemoryContext.open()) {
            Table data = CsvReader.read(ctx, TestPlans.seattleWeather());
            double[] temp = data.column("temp_max").toDoubleArray();
            double[] target = new double[temp.length];
            for (int i = 0; i < temp.length; i++) {
                target[i] = temp[i] * 1.8 + 32;
            }
            Table features = data.select(FEATURES);
            List<Fold> folds = KFoldKernel.split(data.rowCount(), 4);
            double[] expected = new double[folds.size()];
            for (int f = 0; f < folds.size(); f++) {
                Table train = features.take(folds.get(f).train());
                Table test = features.take(folds.get(f).test());
                // KFold's test sets partition the rows: the executor fits the scaler from the moments of the other
                // folds' test rows, in fold order (fold algebra).
                List<ScalerMoments> parts = new java.util.ArrayList<>();
                for (int p = 0; p < folds.size(); p++) {
                    if (p != f) {
                        parts.add(ScalerMoments.of(features.take(folds.get(p).test())));
                    }
                }
                FittedStandardScaler scaler = StandardScalerKernel.fromPartitions(parts, ScalerParams.DEFAULT);
                var model = RidgeKernel.fit(FeatureMatrix.fromTable(scaler.transform(ctx, train)),
                        pick(target, folds.get(f).train()), new RidgeParams(3.0, true));
                double[] predicted = model.predict(FeatureMatrix.fromTable(scaler.transform(ctx, test)));
                expected[f] = RegressionScores.r2(pick(target, folds.get(f).test()), predicted);
            }
            assertEquals(4, scores.foldScores().length);
            assertArrayEquals(expected, scores.foldScores());
        }
    }

    private static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }
}
