package io.stratum.optimizer.metadata;

import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.numbers;
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.OptimizationResult;
import io.stratum.optimizer.Optimizer;
import io.stratum.optimizer.OptimizerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operator counts and work with and without sharing, checked against costs worked out by hand. */
class WorkEstimateTest {

    /** Two columns of employees.csv, a Ridge over two alphas, salary as the target, 5 folds. */
    private static LogicalNode ridgeGrid() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode x = markX(cols(data, "year_first_hired", "rating"));
        LogicalNode y = markY(col(data, "salary"));
        return search(apply(x, est("Ridge", "alpha", numbers("alpha", 0.1, 1.0)), y), 5, "r2");
    }

    @Test
    void sharedWorkIsCountedOnceAndPerFoldWorkFiveTimes() {
        OptimizationResult r = new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES).optimize(ridgeGrid());
        WorkEstimate w = r.work();
        // Per candidate: ScanCsv, SelectColumns, SplitRows X, SelectColumn, SplitRows y, FitPredict.
        assertEquals(12, w.physicalUnshared());
        // Shared: everything but the two fits.
        assertEquals(7, w.physicalShared());
        // The read keeps the three columns the plan reads (prune_unread_columns), of the file's five.
        double scan = 10 * 200 * 3;
        double selectX = 0.1 * 200 * 2;
        double splitX = 200 * 2 * 5;
        double selectY = 0.1 * 200;
        double splitY = 200 * 5;
        double fit = 200 * 2 * 2 * 5;
        double once = scan + selectX + splitX + selectY + splitY;
        assertEquals(once + 2 * fit, w.workShared().orElseThrow(), 1e-9);
        assertEquals(2 * (once + fit), w.workUnshared().orElseThrow(), 1e-9);
        assertEquals("""
                logical operators: 14 before optimization, 14 after
                physical operators: 7 with sharing, 12 without
                estimated work: 17060 with sharing, 26120 without; saved 9060 (34.7%)
                estimated work without rewrites: 21060 with sharing; rules save 4000 (19.0%)
                """, w.describe());
    }

    @Test
    void withoutStatisticsTheWorkIsUnknownButOperatorsAreCounted() {
        OptimizationResult r = new Optimizer(OptimizerConfig.DEFAULT).optimize(ridgeGrid());
        assertEquals(7, r.work().physicalShared());
        assertTrue(r.work().workShared().isEmpty());
        assertTrue(r.work().describe().contains("estimated work: unknown"), r.work().describe());
    }

    @Test
    void optimizerReportsMissingColumnsBeforeLowering() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode plan = search(apply(markX(cols(data, "rating")), est("Ridge"), markY(col(data, "salry"))), 5, "r2");
        StratumError e = assertThrows(StratumError.class,
                () -> new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES).optimize(plan));
        assertTrue(e.getMessage().startsWith("no column 'salry'"), e.getMessage());
        // Without statistics the plan compiles; the runtime's own check reports the column.
        new Optimizer(OptimizerConfig.DEFAULT).optimize(plan);
    }

    @Test
    void anEncoderNoChoiceReachesIsNamedAsFittedOnceForAllCandidates() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode x = apply(markX(cols(data, "dept", "rating")), est("OneHotEncoder"), null, "dept");
        LogicalNode plan = search(apply(x, est("Ridge", "alpha", numbers("alpha", 0.1, 1.0, 10.0)), markY(col(data, "salary"))), 5, "r2");
        WorkEstimate w = new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES).optimize(plan).work();
        assertEquals(List.of("OneHotEncoder() on [dept] for 3 candidates"), w.sharedFits());
        assertTrue(w.describe().endsWith("fitted once per fold for several candidates: OneHotEncoder() on [dept] for 3 candidates\n"),
                w.describe());
        // No transformer at all: nothing to name.
        assertEquals(List.of(), new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES)
                .optimize(ridgeGrid()).work().sharedFits());
    }

    @Test
    void rulesThatDidNotFireAreNamed() {
        OptimizationResult r = new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES).optimize(ridgeGrid());
        assertTrue(r.rulesRun().containsAll(r.rulesNotFired()));
        assertTrue(r.rulesNotFired().contains("remove_empty_drop"), r.rulesNotFired().toString());
        for (String fired : r.trace().firedRules()) {
            assertFalse(r.rulesNotFired().contains(fired), fired);
        }
        OptimizationResult off = new Optimizer(OptimizerConfig.DEFAULT.withEnabled(false), MetadataDerivationTest.EMPLOYEES)
                .optimize(ridgeGrid());
        assertFalse(off.rulesRun().contains("eliminate_common_subplans"), "only binding runs with the optimizer off");
    }
}
