package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.physical.ColumnExpr;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.EvalColumn;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FrozenAtFit;
import io.stratum.ir.physical.ReduceRows;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SplitRows;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values computed from the data above the split are skrub's: a reduction runs on the rows each step sees (a fold's
 * training rows when fitting, its test rows when predicting), each once per fold and mode; a frozen one
 * ({@code freeze_after_fit}) gives the test rows the training rows' value and is never computed on the test rows.
 */
class ValuesFromDataTest {
    private static final int FOLDS = 5;

    private record Plan(ScanCsv scan, SplitRows x, SplitRows y, ReduceRows mean, ReduceRows max, FrozenAtFit frozen,
                        EvalColumn scaled, FitPredict ridge) {
    }

    private static Plan plan() {
        ScanCsv scan = new ScanCsv(TestPlans.seattleWeather().toString(), "examples/data/seattle-weather.csv", TestPlans.line(1));
        SplitRows y = new SplitRows(new SelectColumn(scan, "temp_max", TestPlans.line(2)), "y", TestPlans.line(2));
        SplitRows x = new SplitRows(new DropColumns(scan, List.of("temp_max", "date", "weather"), TestPlans.line(3)), "X",
                TestPlans.line(3));
        ReduceRows mean = new ReduceRows(new SelectColumn(x, "wind", TestPlans.line(4)), "mean", Const.none(), TestPlans.line(4));
        ReduceRows max = new ReduceRows(x, "max", Const.none(), TestPlans.line(5));
        FrozenAtFit frozen = new FrozenAtFit(max, TestPlans.line(5));
        // X / X.max().skb.freeze_after_fit() - X["wind"].mean()
        EvalColumn scaled = new EvalColumn(List.of(x, frozen, mean), new ColumnExpr.Binary(BinaryOperator.SUB,
                new ColumnExpr.Binary(BinaryOperator.TRUEDIV, new ColumnExpr.InputColumn(0, null),
                        new ColumnExpr.InputColumn(1, null)), new ColumnExpr.InputColumn(2, null)), TestPlans.line(6));
        FitPredict ridge = new FitPredict(scaled, y, TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(7));
        return new Plan(scan, x, y, mean, max, frozen, scaled, ridge);
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void eachReductionRunsOncePerFoldAndModeAndAFrozenOneOnlyWhenFitting(int threads) {
        Plan p = plan();
        ExecutionStats stats = SearchDriver.standard().run(TestPlans.single(p.ridge(), p.y(), FOLDS),
                new SearchOptions(threads)).stats();
        assertEquals(2 * FOLDS, stats.countFor(p.mean(), LineageKey.Product.OUTPUT), "mean: training and test rows");
        assertEquals(FOLDS, stats.countFor(p.max(), LineageKey.Product.OUTPUT), "frozen max: training rows only");
        assertEquals(2 * FOLDS, stats.countFor(p.scaled(), LineageKey.Product.OUTPUT), "scaled features");
        assertEquals(0, stats.memory().recomputes(), "the task graph names every reader of a value");
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void aReductionOfATrainingFoldDiffersFromItsTestFoldsAndFreezingKeepsTheTrainingValue(int threads) {
        Plan p = plan();
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor before = new PlanExecutor(memory, OperatorKernels.standard(), new ExecutionStats());
            Table all = OperatorKernels.frame(before.output(p.x(), LineageKey.NO_FOLD, Mode.FULL));
            int n = all.rowCount();
            int[] test = java.util.stream.IntStream.range(0, n / 5).toArray();
            int[] train = java.util.stream.IntStream.range(n / 5, n).toArray();
            PlanExecutor executor = before.withFolds(List.of(new FoldSplit(train, test)));

            double trainMean = mean(all, "wind", train);
            double testMean = mean(all, "wind", test);
            assertNotEquals(trainMean, testMean);
            assertEquals(trainMean, value(executor.output(p.mean(), 0, Mode.FIT)), 1e-12);
            assertEquals(testMean, value(executor.output(p.mean(), 0, Mode.PREDICT)), 1e-12);

            RuntimeValue.Row fitted = (RuntimeValue.Row) executor.output(p.frozen(), 0, Mode.FIT);
            RuntimeValue.Row predicted = (RuntimeValue.Row) executor.output(p.frozen(), 0, Mode.PREDICT);
            RuntimeValue.Row testMax = (RuntimeValue.Row) executor.output(p.max(), 0, Mode.PREDICT);
            assertEquals(fitted, predicted, "frozen: the test rows see the training rows' maxima");
            assertEquals(List.of("precipitation", "temp_min", "wind"), fitted.labels());
            assertEquals(max(all, "wind", train), ((Scalar.FloatScalar) fitted.get("wind")).value());
            assertNotEquals(fitted, testMax, "unfrozen, the test rows' maxima differ");

            // The test rows scaled by the training maxima, less the test rows' mean wind.
            Table scaled = OperatorKernels.frame(executor.output(p.scaled(), 0, Mode.PREDICT));
            double wind = all.column("wind").toDoubleArray()[test[3]];
            assertEquals(wind / max(all, "wind", train) - testMean, scaled.column("wind").toDoubleArray()[3], 1e-12);
        }
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void aBranchOnAValueFromTheDataRunsOnlyTheTargetItPicksPerFoldAndMode(int threads) {
        Plan p = plan();
        // (X["wind"].mean() > 3.25).skb.if_else(X * 2, X): KFold(5) of these rows has training and test rows on both sides.
        io.stratum.ir.physical.EvalColumn windy = new EvalColumn(List.of(p.mean()), new ColumnExpr.Binary(BinaryOperator.GT,
                new ColumnExpr.InputColumn(0, null), new ColumnExpr.Literal(Const.of(3.25))), TestPlans.line(8));
        EvalColumn doubled = new EvalColumn(List.of(p.x()), new ColumnExpr.Binary(BinaryOperator.MUL,
                new ColumnExpr.InputColumn(0, null), new ColumnExpr.Literal(Const.of(2L))), TestPlans.line(8));
        io.stratum.ir.physical.SwitchValue branch = new io.stratum.ir.physical.SwitchValue(windy, List.of(),
                List.of(doubled), p.x(), true, TestPlans.line(8));
        FitPredict ridge = new FitPredict(branch, p.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(9));
        ExecutionStats stats = SearchDriver.standard().run(TestPlans.single(ridge, p.y(), FOLDS), new SearchOptions(threads)).stats();
        long doubledRuns = stats.countFor(doubled, LineageKey.Product.OUTPUT);
        // Each fold's training and test rows take one branch each: 10 branch outputs, some of them doubled, not all.
        assertEquals(2 * FOLDS, stats.countFor(branch, LineageKey.Product.OUTPUT));
        org.junit.jupiter.api.Assertions.assertTrue(doubledRuns > 0 && doubledRuns < 2 * FOLDS, "doubled " + doubledRuns);
        assertEquals(0, stats.memory().recomputes());
    }

    @org.junit.jupiter.api.Test
    void aMatchFindsNumbersAsADictDoesAndAMissingKeyIsSkrubsKeyError() {
        Plan p = plan();
        ReduceRows count = new ReduceRows(new SelectColumn(p.x(), "wind", TestPlans.line(4)), "count", Const.none(), TestPlans.line(4));
        io.stratum.ir.physical.ConstantValue many = new io.stratum.ir.physical.ConstantValue(Const.of("many"), TestPlans.line(8));
        io.stratum.ir.physical.SwitchValue found = new io.stratum.ir.physical.SwitchValue(count, List.of(Const.of(1461.0)),
                List.of(many), null, false, TestPlans.line(8));
        io.stratum.ir.physical.SwitchValue missing = new io.stratum.ir.physical.SwitchValue(count, List.of(Const.of(3L)),
                List.of(many), null, false, TestPlans.line(8));
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor executor = new PlanExecutor(memory, OperatorKernels.standard(), new ExecutionStats());
            assertEquals(new RuntimeValue.Scalar(Scalar.of("many")), executor.output(found, LineageKey.NO_FOLD, Mode.FULL));
            io.stratum.ir.diagnostics.StratumError e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.stratum.ir.diagnostics.StratumError.class, () -> executor.output(missing, LineageKey.NO_FOLD, Mode.FULL));
            assertEquals(".skb.match: the value 1461 computed from the data is none of the keys [3] and there is no default"
                    + " (skrub's KeyError)", e.getMessage());
            assertEquals(8, e.origin().line());
        }
    }

    private static double value(RuntimeValue v) {
        return ((Scalar.FloatScalar) ((RuntimeValue.Scalar) v).value()).value();
    }

    private static double mean(Table t, String column, int[] rows) {
        double[] v = t.column(column).toDoubleArray();
        double sum = 0;
        for (int r : rows) {
            sum += v[r];
        }
        return sum / rows.length;
    }

    private static double max(Table t, String column, int[] rows) {
        double[] v = t.column(column).toDoubleArray();
        double m = Double.NEGATIVE_INFINITY;
        for (int r : rows) {
            m = Math.max(m, v[r]);
        }
        return m;
    }
}
