package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.physical.ColumnExpr;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.EvalColumn;
import io.stratum.ir.physical.FilterRows;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.ReduceRows;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SplitRows;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code len(df[mask])} is counted from the mask: the same number and the same errors as running the filter and
 * taking its length, without running the filter (no column gathered), and the task graph names what the count reads.
 */
class FilteredRowCountTest {
    private static final ScanCsv SCAN = new ScanCsv(TestPlans.seattleWeather().toString(), "examples/data/seattle-weather.csv",
            TestPlans.line(1));

    /** {@code df[(df.wind > 4) & (df.precipitation < 1)]} (a fused mask) or {@code df[df.wind > 4]}. */
    private static FilterRows windy(PhysicalOp input, boolean fused) {
        ColumnExpr gt = new ColumnExpr.Binary(BinaryOperator.GT, new ColumnExpr.InputColumn(0, "wind"),
                new ColumnExpr.Literal(Const.of(4L)));
        ColumnExpr mask = fused ? new ColumnExpr.Binary(BinaryOperator.AND, gt, new ColumnExpr.Binary(BinaryOperator.LT,
                new ColumnExpr.InputColumn(0, "precipitation"), new ColumnExpr.Literal(Const.of(1.0)))) : gt;
        return new FilterRows(input, new EvalColumn(List.of(input), mask, TestPlans.line(2)), TestPlans.line(2));
    }

    private static long len(RuntimeValue v) {
        return ((Scalar.IntScalar) ((RuntimeValue.Scalar) v).value()).value();
    }

    @ParameterizedTest(name = "fused={0}")
    @ValueSource(booleans = {true, false})
    void theCountIsTheFiltersRowsAndTheFilterDoesNotRun(boolean fused) {
        FilterRows filter = windy(SCAN, fused);
        ReduceRows count = new ReduceRows(filter, "len", Const.none(), TestPlans.line(3));
        ReduceRows columnCount = new ReduceRows(new FilterRows(new SelectColumn(SCAN, "temp_max", TestPlans.line(3)),
                filter.mask(), TestPlans.line(3)), "len", Const.none(), TestPlans.line(3));
        try (MemoryContext memory = MemoryContext.open()) {
            ExecutionStats stats = new ExecutionStats();
            PlanExecutor executor = new PlanExecutor(memory, OperatorKernels.standard(), stats);
            long counted = len(executor.output(count, LineageKey.NO_FOLD, Mode.FULL));
            long countedColumn = len(executor.output(columnCount, LineageKey.NO_FOLD, Mode.FULL));
            assertEquals(0, stats.countFor(filter, LineageKey.Product.OUTPUT), "the filter itself never ran");
            int kept = executor.output(filter, LineageKey.NO_FOLD, Mode.FULL).rows();
            assertEquals(kept, counted);
            assertEquals(kept, countedColumn);
            assertTrue(kept > 100 && kept < 1461, "a real selection: " + kept);
        }
    }

    @Test
    void aMaskTheFilterRefusesIsRefusedWithTheFiltersMessage() {
        // df[df["wind"]]: not a boolean mask
        FilterRows notBool = new FilterRows(SCAN, new SelectColumn(SCAN, "wind", TestPlans.line(2)), TestPlans.line(2));
        ReduceRows count = new ReduceRows(notBool, "len", Const.none(), TestPlans.line(3));
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor executor = new PlanExecutor(memory, OperatorKernels.standard(), new ExecutionStats());
            StratumError counted = assertThrows(StratumError.class, () -> executor.output(count, LineageKey.NO_FOLD, Mode.FULL));
            StratumError filtered = assertThrows(StratumError.class, () -> executor.output(notBool, LineageKey.NO_FOLD, Mode.FULL));
            assertEquals(filtered.getMessage(), counted.getMessage());
            assertEquals(2, counted.origin().line(), "the filter's line, as running the filter reports it");
            assertEquals(2, filtered.origin().line());
            assertTrue(counted.getMessage().startsWith("cannot select rows with column 'wind' of dtype float64"),
                    counted.getMessage());
        }
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void aCountAboveTheSplitReadsWhatTheTaskGraphNames(int threads) {
        // X["wind"] / len(X[X["wind"] > 4]) per fold and mode: the pool must free the count's inputs after it and
        // recompute nothing.
        SplitRows y = new SplitRows(new SelectColumn(SCAN, "temp_max", TestPlans.line(2)), "y", TestPlans.line(2));
        SplitRows x = new SplitRows(new DropColumns(SCAN, List.of("temp_max", "date", "weather"), TestPlans.line(3)), "X",
                TestPlans.line(3));
        FilterRows filter = windy(x, true);
        ReduceRows count = new ReduceRows(filter, "len", Const.none(), TestPlans.line(4));
        EvalColumn scaled = new EvalColumn(List.of(x, count), new ColumnExpr.Binary(BinaryOperator.TRUEDIV,
                new ColumnExpr.InputColumn(0, null), new ColumnExpr.InputColumn(1, null)), TestPlans.line(5));
        FitPredict ridge = new FitPredict(scaled, y, TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(6));
        ExecutionStats stats = SearchDriver.standard().run(TestPlans.single(ridge, y, 5), new SearchOptions(threads)).stats();
        assertEquals(10, stats.countFor(count, LineageKey.Product.OUTPUT), "training and test rows of 5 folds");
        assertEquals(0, stats.countFor(filter, LineageKey.Product.OUTPUT));
        assertEquals(0, stats.memory().recomputes(), "the task graph names every reader");
        assertEquals(0, stats.memory().heldOutputs(), "nothing is held once the search finished");
    }
}
