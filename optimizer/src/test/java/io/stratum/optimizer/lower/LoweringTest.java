package io.stratum.optimizer.lower;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.call;
import static io.stratum.optimizer.PlanBuilder.choice;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.kw;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.numbers;
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.strs;
import static io.stratum.optimizer.PlanBuilder.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Var;
import io.stratum.ir.physical.AssignColumns;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SplitRows;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.Golden;
import io.stratum.optimizer.OptimizationResult;
import io.stratum.optimizer.Optimizer;
import io.stratum.optimizer.OptimizerConfig;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoweringTest {

    private static LogicalNode data() {
        return var("data", csv("employees.csv"));
    }

    private static LogicalNode features() {
        return markX(call(data(), "drop", kw("columns", strs("salary"))));
    }

    private static LogicalNode target() {
        return markY(col(data(), "salary"));
    }

    private static SearchPlan optimize(LogicalNode plan, boolean on) {
        return new Optimizer(OptimizerConfig.DEFAULT.withEnabled(on)).optimize(plan).searchPlan();
    }

    /** Each candidate's outcomes as label reprs, "-" where a choice does not apply. */
    private static List<String> grid(SearchPlan plan) {
        List<String> out = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            List<String> parts = new ArrayList<>();
            for (Const o : c.outcomes()) {
                parts.add(o == null ? "-" : o.repr());
            }
            out.add(String.join(" ", parts));
        }
        return out;
    }

    @Test
    void flatChoiceGivesOneCandidatePerOutcomeInOrder() {
        LogicalNode plan = search(apply(features(), est("Ridge", "alpha", numbers("alpha", 0.1, 1.0, 10.0)), target()), 5, "r2");
        SearchPlan sp = optimize(plan, true);
        assertEquals(List.of("alpha"), sp.choiceNames());
        assertEquals(List.of("0.1", "1.0", "10.0"), grid(sp));
        // No source statistics here: the solver is left to each fold's Gram statistics.
        assertEquals(io.stratum.ir.physical.RidgeSolvers.PER_FOLD, ((FitPredict) sp.candidates().getFirst().predictions()).kernel());
        assertEquals(Const.of(10.0), ((FitPredict) sp.candidates().get(2).predictions()).spec().param("alpha"));
    }

    @Test
    void productVariesTheFirstChoiceSlowest() {
        Choice scaler = choice("scaling", "yes", est("StandardScaler"), "no_mean", est("StandardScaler", "with_mean",
                io.stratum.ir.logical.Value.of(Const.of(false))));
        LogicalNode scaled = apply(features(), scaler, null);
        LogicalNode plan = search(apply(scaled, est("Ridge", "alpha", numbers("alpha", 0.1, 1.0)), target()), 3, "r2");
        SearchPlan sp = optimize(plan, true);
        // The walk from the root reaches the Ridge's alpha (an input of the outer Apply's estimator) after the
        // scaler choice (in the outer Apply's X input, which comes first).
        assertEquals(List.of("scaling", "alpha"), sp.choiceNames());
        assertEquals(List.of("'yes' 0.1", "'yes' 1.0", "'no_mean' 0.1", "'no_mean' 1.0"), grid(sp));
        assertEquals(3, sp.folds());
    }

    @Test
    void nestedChoiceMultipliesOnlyWithinItsOutcome() {
        Choice model = choice("model",
                "ridge", est("Ridge", "alpha", numbers("alpha", 0.1, 1.0)),
                "ols", est("LinearRegression"));
        LogicalNode plan = search(apply(features(), model, target()), 5, "neg_mean_squared_error");
        SearchPlan sp = optimize(plan, true);
        // skrub numbers a choice when its walk leaves it, so the nested alpha comes before the model that holds it.
        assertEquals(List.of("alpha", "model"), sp.choiceNames());
        assertEquals(List.of("0.1 'ridge'", "1.0 'ridge'", "- 'ols'"), grid(sp));
        assertEquals("lstsq_svd", ((FitPredict) sp.candidates().get(2).predictions()).kernel());
    }

    @Test
    void nestedChoiceSplitsIntoSubgridsAfterFlatChoicesAsSkrubDoes() {
        Choice scaler = choice("scaling", "std", est("StandardScaler"), "ohe", est("OneHotEncoder"));
        Choice model = choice("model",
                "ridge", est("Ridge", "alpha", numbers("alpha", 0.1, 1.0)),
                "ols", est("LinearRegression"));
        LogicalNode plan = search(apply(apply(features(), scaler, null), model, target()), 5, "r2");
        SearchPlan sp = optimize(plan, true);
        assertEquals(List.of("scaling", "alpha", "model"), sp.choiceNames());
        // skrub puts the flat choice in every sub-grid and splits the nesting choice by outcome.
        assertEquals(List.of(
                "'std' 0.1 'ridge'", "'std' 1.0 'ridge'", "'ohe' 0.1 'ridge'", "'ohe' 1.0 'ridge'",
                "'std' - 'ols'", "'ohe' - 'ols'"), grid(sp));
    }

    @Test
    void choiceOverWholePipelinesLowersEachBranch() {
        LogicalNode x = features();
        Choice prep = choice("prep",
                "onehot", apply(x, est("OneHotEncoder"), null, "dept"),
                "scaled", apply(x, est("StandardScaler"), null, "age"));
        SearchPlan sp = optimize(search(apply(prep, est("Ridge"), target()), 5, "r2"), true);
        assertEquals(List.of("'onehot'", "'scaled'"), grid(sp));
        FitTransform first = (FitTransform) ((FitPredict) sp.candidates().get(0).predictions()).features();
        FitTransform second = (FitTransform) ((FitPredict) sp.candidates().get(1).predictions()).features();
        assertEquals("onehot_dense", first.kernel());
        assertEquals(List.of("age"), second.columns());
        assertSame(first.input(), second.input(), "the branches read one split of X");
    }

    @Test
    void theSameChoiceReachedTwiceIsOneChoice() {
        Choice k = numbers("k", 1.0, 2.0);
        LogicalNode x = features();
        // One choice object read by two assigned columns: one column of the results table, two candidates.
        LogicalNode assigned = call(x, "assign",
                kw("scaled", bin(BinaryOperator.MUL, col(x, "age"), k)),
                kw("shifted", bin(BinaryOperator.ADD, col(x, "age"), k)));
        SearchPlan sp = optimize(search(apply(assigned, est("Ridge"), target()), 5, "r2"), true);
        assertEquals(List.of("k"), sp.choiceNames());
        assertEquals(List.of("1.0", "2.0"), grid(sp));
        AssignColumns second = (AssignColumns) ((FitPredict) sp.candidates().get(1).predictions()).features();
        assertEquals("($0.age * 2.0)", second.exprs().get(0).render());
        assertEquals("($0.age + 2.0)", second.exprs().get(1).render());
    }

    @Test
    void choicesUpstreamOfMarkXAreClampedAsInSkrub() {
        Choice alpha = numbers("alpha", 0.1, 1.0);
        LogicalNode first = apply(features(), est("Ridge", "alpha", alpha), target());
        LogicalNode plan = search(apply(markX(first), est("Ridge", "alpha", alpha), target()), 5, "r2");
        SearchPlan sp = optimize(plan, true);
        assertEquals(List.of("0.1"), grid(sp));
    }

    @Test
    void twoDifferentChoicesWithOneNameAreAnError() {
        LogicalNode plan = search(apply(apply(features(), choice("step", "std", est("StandardScaler"), "ohe",
                est("OneHotEncoder")), null), est("Ridge", "alpha", numbers("step", 0.1, 1.0)), target()), 5, "r2");
        StratumError e = assertThrows(StratumError.class, () -> optimize(plan, true));
        assertTrue(e.getMessage().startsWith("two different choices are named 'step'"), e.getMessage());
    }

    @Test
    void choicesUsedToBuildXAreClampedToTheirFirstOutcome() {
        Choice dropped = choice("dropped", "salary", strs("salary"), "both", strs("salary", "age"));
        LogicalNode x = markX(call(data(), "drop", kw("columns", dropped)));
        // drop(columns=<choice>) is not a constant: binding must reject it, like skrub clamps nothing here.
        assertThrows(StratumError.class, () -> optimize(search(apply(x, est("Ridge"), target()), 5, "r2"), true));
        LogicalNode xs = markX(new io.stratum.ir.logical.GetItem(data(), dropped, AT));
        SearchPlan sp = optimize(search(apply(xs, est("Ridge"), target()), 5, "r2"), true);
        assertEquals(List.of("'salary'"), grid(sp));
    }

    /** Four candidate pipelines, each built from scratch: only their learner differs. */
    private static LogicalNode fourSeparatePipelines() {
        List<String> labels = List.of("r01", "r1", "r10", "ols");
        List<LogicalNode> outcomes = List.of(
                apply(apply(features(), est("OneHotEncoder"), null, "dept"), est("Ridge", "alpha", num(0.1)), target()),
                apply(apply(features(), est("OneHotEncoder"), null, "dept"), est("Ridge", "alpha", num(1.0)), target()),
                apply(apply(features(), est("OneHotEncoder"), null, "dept"), est("Ridge", "alpha", num(10.0)), target()),
                apply(apply(features(), est("OneHotEncoder"), null, "dept"), est("LinearRegression"), target()));
        List<Const> ls = new ArrayList<>();
        for (String l : labels) {
            ls.add(Const.of(l));
        }
        return search(new Choice("pipeline", ls, outcomes, AT), 5, "r2");
    }

    @Test
    void separatelyBuiltPipelinesShareOneEncoderOperator() {
        SearchPlan sp = optimize(fourSeparatePipelines(), true);
        Map<Object, Boolean> encoders = new IdentityHashMap<>();
        Map<Object, Boolean> scans = new IdentityHashMap<>();
        for (Candidate c : sp.candidates()) {
            FitTransform enc = assertInstanceOf(FitTransform.class, ((FitPredict) c.predictions()).features());
            encoders.put(enc, true);
            SplitRows y = assertInstanceOf(SplitRows.class, c.target());
            scans.put(y.input().inputs().getFirst(), true);
        }
        assertEquals(4, sp.candidates().size());
        assertEquals(1, encoders.size(), "one shared FitTransform for the encoder");
        assertEquals(1, scans.size(), "one shared scan");
    }

    @Test
    void aChoiceOverWholePipelinesSharesTheirPrefixAsIfPushedDownstream() {
        // choose_from({a: X -> OneHotEncoder -> Ridge(1), b: X -> OneHotEncoder -> Ridge(10)}) lowers to the operators
        // of X -> OneHotEncoder -> Ridge(alpha=choose_from([1, 10])): where the choice sits does not limit sharing,
        // since lowering shares equal sub-plans by fingerprint within and across candidates.
        LogicalNode x = features();
        LogicalNode up = search(choice("model",
                "a", apply(apply(x, est("OneHotEncoder"), null, "dept"), est("Ridge", "alpha", num(1.0)), target()),
                "b", apply(apply(x, est("OneHotEncoder"), null, "dept"), est("Ridge", "alpha", num(10.0)), target())), 5, "r2");
        LogicalNode down = search(apply(apply(x, est("OneHotEncoder"), null, "dept"),
                est("Ridge", "alpha", numbers("model", 1.0, 10.0)), target()), 5, "r2");
        SearchPlan upstream = optimize(up, true);
        SearchPlan downstream = optimize(down, true);
        assertEquals(2, upstream.candidates().size());
        for (int i = 0; i < 2; i++) {
            assertEquals(downstream.candidates().get(i).predictions().fingerprint(),
                    upstream.candidates().get(i).predictions().fingerprint());
        }
        assertEquals(distinctOperators(downstream), distinctOperators(upstream));
        assertSame(((FitPredict) upstream.candidates().get(0).predictions()).features(),
                ((FitPredict) upstream.candidates().get(1).predictions()).features(), "one encoder for both");
    }

    private static int distinctOperators(SearchPlan plan) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<io.stratum.ir.physical.PhysicalOp> stack = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            stack.add(c.predictions());
            stack.add(c.target());
        }
        while (!stack.isEmpty()) {
            io.stratum.ir.physical.PhysicalOp op = stack.removeLast();
            if (seen.put(op, Boolean.TRUE) == null) {
                stack.addAll(op.inputs());
            }
        }
        return seen.size();
    }

    @Test
    void withTheOptimizerOffNothingIsSharedButTheResultIsTheSame() {
        SearchPlan on = optimize(fourSeparatePipelines(), true);
        SearchPlan off = optimize(fourSeparatePipelines(), false);
        Map<Object, Boolean> encoders = new IdentityHashMap<>();
        for (Candidate c : off.candidates()) {
            encoders.put(((FitPredict) c.predictions()).features(), true);
        }
        assertEquals(4, encoders.size(), "without CSE each pipeline keeps its own encoder");
        assertEquals(on.choiceNames(), off.choiceNames());
        assertEquals(grid(on), grid(off));
        for (int i = 0; i < on.candidates().size(); i++) {
            assertEquals(on.candidates().get(i).predictions().fingerprint(), off.candidates().get(i).predictions().fingerprint());
            assertEquals(on.candidates().get(i).target().fingerprint(), off.candidates().get(i).target().fingerprint());
            assertNotSame(on.candidates().get(i).predictions(), off.candidates().get(i).predictions());
        }
    }

    @Test
    void assignWithColumnArithmeticBecomesAssignColumns() {
        LogicalNode x = features();
        LogicalNode assigned = call(x, "assign",
                kw("years", bin(BinaryOperator.SUB, num(2025L), col(x, "year_first_hired"))),
                kw("ratio", bin(BinaryOperator.TRUEDIV, col(x, "age"), col(target(), "salary"))));
        SearchPlan sp = optimize(search(apply(assigned, est("Ridge"), target()), 5, "r2"), true);
        AssignColumns a = assertInstanceOf(AssignColumns.class, ((FitPredict) sp.candidates().getFirst().predictions()).features());
        assertEquals("(2025 - $0.year_first_hired)", a.exprs().get(0).render());
        assertEquals("($0.age / $1.salary)", a.exprs().get(1).render());
        assertEquals(2, a.inputs().size());
    }

    @Test
    void standaloneColumnArithmeticBecomesEvalColumn() {
        LogicalNode y = markY(bin(BinaryOperator.MUL, col(data(), "salary"), num(0.001)));
        SearchPlan sp = optimize(search(apply(features(), est("Ridge"), y), 5, "r2"), true);
        assertEquals("""
                SplitRows role='y'
                  EvalColumn expr='($0.salary * 0.001)'
                    ScanCsv path='employees.csv'
                """, io.stratum.ir.explain.ExplainWriter.explain(sp.candidates().getFirst().target()));
    }

    @Test
    void variableWithoutValueIsAnError() {
        LogicalNode x = markX(new Var("X", null, AT));
        StratumError e = assertThrows(StratumError.class, () -> optimize(search(apply(x, est("Ridge"), target()), 5, "r2"), true));
        assertTrue(e.getMessage().startsWith("variable 'X' has no value; pass one with skrub.var('X', value)"), e.getMessage());
        assertEquals(AT, e.origin());
    }

    @Test
    void regressorWithoutTargetIsAnError() {
        StratumError e = assertThrows(StratumError.class, () -> optimize(search(apply(features(), est("Ridge"), null), 5, "r2"), true));
        assertEquals("Ridge is a supervised estimator and needs a target", e.getMessage());
        assertEquals("pass it with .skb.apply(Ridge(), y=y)", e.hint());
    }

    @Test
    void pipelineEndingInATransformerIsAnError() {
        StratumError e = assertThrows(StratumError.class,
                () -> optimize(search(apply(features(), est("StandardScaler"), null), 5, "r2"), true));
        assertTrue(e.getMessage().startsWith("the searched pipeline must end with a supervised estimator"), e.getMessage());
    }

    @Test
    void unsupportedScoringListsTheSupportedOnes() {
        LogicalNode plan = search(apply(features(), est("Ridge"), target()), 5, "neg_mean_poisson_deviance");
        StratumError e = assertThrows(StratumError.class, () -> optimize(plan, true));
        assertEquals("scoring='neg_mean_poisson_deviance' is not supported", e.getMessage());
        assertTrue(e.hint().startsWith("supported scoring: r2, neg_mean_squared_error, neg_root_mean_squared_error,"),
                e.hint());
        assertTrue(e.hint().contains("neg_max_error"), e.hint());
    }

    @Test
    void tooFewFoldsIsAnError() {
        LogicalNode plan = search(apply(features(), est("Ridge"), target()), 1, "r2");
        assertThrows(StratumError.class, () -> optimize(plan, true));
    }

    @Test
    void endToEndExplainMatchesGolden() {
        Choice model = choice("model",
                "ridge", est("Ridge", "alpha", numbers("alpha", 0.1, 1.0)),
                "ols", est("LinearRegression"));
        LogicalNode x = features();
        LogicalNode assigned = call(x, "assign", kw("years", bin(BinaryOperator.SUB, num(2025L), col(x, "year_first_hired"))));
        LogicalNode encoded = apply(assigned, est("OneHotEncoder"), null, "dept");
        GridSearch plan = search(apply(encoded, model, target()), 5, "r2");
        OptimizationResult result = new Optimizer().optimize(plan);
        Golden.assertMatches("regression_search.txt", result.explain());
        Golden.assertMatches("regression_search_verbose.txt", result.trace().explainVerbose());
        OptimizationResult off = new Optimizer(OptimizerConfig.DEFAULT.withEnabled(false)).optimize(plan);
        Golden.assertMatches("regression_search_optimizer_off.txt", off.searchPlan().explain());
        assertEquals(List.of("bind_frame_methods", "hoist_row_wise_work_above_split", "eliminate_common_subplans"),
                result.trace().firedRules());
        assertEquals(List.of("bind_frame_methods"), off.trace().firedRules());
    }
}
