package io.stratum.optimizer.metadata;

import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.choice;
import static io.stratum.optimizer.PlanBuilder.num;
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
        // Both alphas read one Gram per fold (rows x features²), then each solves (features³ / 3).
        double gram = 200 * 2 * 2 * 5;
        double solve = 2 * 2 * 2 / 3.0 * 5;
        double once = scan + selectX + splitX + selectY + splitY;
        assertEquals(once + gram + 2 * solve, w.workShared().orElseThrow(), 1e-9);
        assertEquals(2 * (once + gram + solve), w.workUnshared().orElseThrow(), 1e-9);
        assertEquals("""
                logical operators: 14 before optimization, 14 after
                physical operators: 7 with sharing, 12 without
                estimated work: 13087 with sharing, 26147 without; saved 13060 (49.9%)
                estimated work without rewrites: 17087 with sharing; rules save 4000 (23.4%)
                """, w.describe());
    }

    @Test
    void aTableVectorizersWidthIsEstimatedSoTheWorkIsANumber() {
        // dept (3 categories) and gender (F, M and missing) are one-hot encoded: 3 + 3 columns; the numbers pass.
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode x = apply(markX(cols(data, "dept", "gender", "year_first_hired", "rating")), est("TableVectorizer"), null);
        LogicalNode plan = search(apply(x, est("Ridge", "alpha", numbers("alpha", 0.1, 1.0)), markY(col(data, "salary"))), 5, "r2");
        WorkEstimate w = new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES).optimize(plan).work();
        double scan = 10 * 200 * 5;
        double selectX = 0.1 * 200 * 4;
        double splitX = 200 * 4 * 5;
        double vectorize = (2 * 200 * 4 + 200 * 8) * 5;
        double selectY = 0.1 * 200;
        double splitY = 200 * 5;
        double gram = 200 * 8 * 8 * 5;
        double solve = 8 * 8 * 8 / 3.0 * 5;
        double once = scan + selectX + splitX + vectorize + selectY + splitY;
        assertEquals(once + gram + 2 * solve, w.workShared().orElseThrow(), 1e-9);
        assertEquals(2 * (once + gram + solve), w.workUnshared().orElseThrow(), 1e-9);
        assertTrue(w.describe().contains("estimated work: 96807 with sharing, 191907 without; saved 95100 (49.6%)"),
                w.describe());
        // A text column at or above cardinality_threshold counts StringEncoder's 30 components, and its work.
        LogicalNode low = apply(markX(cols(data, "dept", "rating")), est("TableVectorizer", "cardinality_threshold", num(3L)), null);
        WorkEstimate w2 = new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES)
                .optimize(search(apply(low, est("Ridge"), markY(col(data, "salary"))), 5, "r2")).work();
        double fit2 = 200 * 31 * 31 * 5 + 31 * 31 * 31 / 3.0 * 5;
        assertEquals(10 * 200 * 3 + 0.1 * 200 * 2 + 200 * 2 * 5 + (2 * 200 * 2 + 200 * 31) * 5 + 0.1 * 200 + 200 * 5 + fit2
                + STRING_ENCODER_PER_VALUE * 200 * 5, w2.workShared().orElseThrow(), 1e-6);
    }

    /**
     * A StringEncoder value with skrub's defaults (n_components=30, char_wb n-grams of sizes 3 and 4, TruncatedSVD with
     * n_iter=5 and n_oversamples=10), 20 characters assumed: 40 n-grams at 10 each; 12 products of the 40 TF-IDF
     * entries with 40 columns; 6 QR factorizations of 40 columns (2 x 40² each); the transform's 40 x 30.
     */
    private static final double STRING_ENCODER_PER_VALUE = 40 * 10 + 12 * 40 * 40 + 6 * 2 * 40 * 40 + 40 * 30;

    @Test
    void stringEncoderWorkFollowsItsCostShape() {
        // On its own: the transformer's passes plus the text work per value, per fold.
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode encoded = apply(markX(cols(data, "dept", "rating")), est("StringEncoder"), null, "dept");
        WorkEstimate alone = new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES)
                .optimize(search(apply(encoded, est("Ridge"), markY(col(data, "salary"))), 5, "r2")).work();
        double fit = 200 * 31 * 31 * 5 + 31 * 31 * 31 / 3.0 * 5;
        double encode = (2 * 200 * 1 + 200 * 30 + STRING_ENCODER_PER_VALUE * 200) * 5;
        assertEquals(10 * 200 * 3 + 0.1 * 200 * 2 + 200 * 2 * 5 + encode + 0.1 * 200 + 200 * 5 + fit,
                alone.workShared().orElseThrow(), 1e-6);
        // Three feature sets vectorizing the same text column: expand_table_vectorizer shares its StringEncoder, one
        // fit per fold instead of three, and the estimate now says so. Measured on employee_salaries' three feature
        // sets (docs/benchmarks.md, TableVectorizer expansion) the optimizer saved 1.5-1.7x of the wall time; the
        // estimate before this cost shape said about 0% (the SVD counted as 32 cells per value).
        LogicalNode x = markX(cols(data, "dept", "year_first_hired", "rating"));
        LogicalNode tv = est("TableVectorizer", "cardinality_threshold", num(3L));
        LogicalNode y = markY(col(data, "salary"));
        LogicalNode plan = search(choice("features",
                "all", apply(apply(x, tv, null), est("Ridge"), y),
                "no_rating", apply(apply(new io.stratum.ir.logical.Drop(x, List.of("rating"), io.stratum.optimizer.PlanBuilder.AT),
                        tv, null), est("Ridge"), y),
                "no_year", apply(apply(new io.stratum.ir.logical.Drop(x, List.of("year_first_hired"),
                        io.stratum.optimizer.PlanBuilder.AT), tv, null), est("Ridge"), y)), 5, "r2");
        OptimizationResult on = new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES).optimize(plan);
        assertTrue(on.trace().firedRules().contains("expand_table_vectorizer"), on.trace().firedRules().toString());
        WorkEstimate w = on.work();
        double saved = 1 - w.workShared().getAsDouble() / w.workWithoutRewrites().getAsDouble();
        assertTrue(saved > 0.6, w.describe());
    }

    @Test
    void expandedVectorizersAndRowFiltersHaveAWorkEstimate() {
        // Two feature sets sharing a vectorizer: expand_table_vectorizer puts runs side by side (a concat), and the
        // saving is a number; a row filter before the split counts its input's rows (an upper bound).
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode kept = new io.stratum.ir.logical.Filter(data, bin(io.stratum.ir.logical.BinaryOperator.GT,
                col(data, "rating"), num(1L)), io.stratum.optimizer.PlanBuilder.AT);
        LogicalNode x = markX(cols(kept, "dept", "gender", "year_first_hired", "rating"));
        LogicalNode tv = est("TableVectorizer");
        LogicalNode ridge = est("Ridge");
        LogicalNode y = markY(col(kept, "salary"));
        LogicalNode plan = search(choice("features",
                "all", apply(apply(x, tv, null), ridge, y),
                "no_gender", apply(apply(new io.stratum.ir.logical.Drop(x, List.of("gender"), io.stratum.optimizer.PlanBuilder.AT),
                        tv, null), ridge, y)), 5, "r2");
        OptimizationResult on = new Optimizer(OptimizerConfig.DEFAULT, MetadataDerivationTest.EMPLOYEES).optimize(plan);
        assertTrue(on.trace().firedRules().contains("expand_table_vectorizer"), on.trace().firedRules().toString());
        WorkEstimate w = on.work();
        assertTrue(w.workShared().isPresent() && w.workUnshared().isPresent() && w.workWithoutRewrites().isPresent(),
                w.describe());
        assertTrue(w.workShared().getAsDouble() < w.workUnshared().getAsDouble(), w.describe());
        assertFalse(w.describe().contains("unknown"), w.describe());
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
