package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.check;
import static io.stratum.optimizer.RuleTester.checkUnchanged;

import io.stratum.ir.logical.Estimator;
import io.stratum.optimizer.RuleTester;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trees are not in the catalog yet (another engineer adds them), so the learner is built by its qualified name. */
class RemoveScalingBeforeTreesTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));
    private static final LogicalNode X = markX(DATA);
    private static final LogicalNode Y = markY(col(DATA, "salary"));
    private static final Estimator TREE = new Estimator("sklearn.ensemble.HistGradientBoostingRegressor", List.of(), AT);

    @Test
    void aScalerOfEveryColumnInFrontOfATreeIsRemoved() {
        check(CoreRules.REMOVE_SCALING_BEFORE_TREES, apply(apply(X, est("StandardScaler"), null), TREE, Y), """
                Apply
                  X: Apply
                    X: MarkX
                      [#1] Var name='data'
                        ReadCsv path='employees.csv'
                    estimator: Estimator class='sklearn.preprocessing.StandardScaler'
                  estimator: Estimator class='sklearn.ensemble.HistGradientBoostingRegressor'
                  y: MarkY
                    GetItem
                      of: [#1] ↑ Var
                      key: Value value='salary'
                """, """
                Apply
                  X: MarkX
                    [#1] Var name='data'
                      ReadCsv path='employees.csv'
                  estimator: Estimator class='sklearn.ensemble.HistGradientBoostingRegressor'
                  y: MarkY
                    GetItem
                      of: [#1] ↑ Var
                      key: Value value='salary'
                """);
    }

    @Test
    void aMinMaxScalerWithAnIncreasingRangeIsRemovedToo() {
        LogicalNode scaled = apply(X, est("MinMaxScaler", "feature_range", Value.of(new Const.ListConst(List.of(Const.of(-1L), Const.of(1L)), true)),
                "clip", Value.of(Const.of(true))), null);
        LogicalNode after = RuleTester.run(CoreRules.REMOVE_SCALING_BEFORE_TREES, apply(scaled, TREE, Y)).plan();
        org.junit.jupiter.api.Assertions.assertEquals(X, after.inputs().getFirst());
    }

    @Test
    void aScalerOfSomeColumnsStaysBecauseSkrubMovesThemToTheEnd() {
        checkUnchanged(CoreRules.REMOVE_SCALING_BEFORE_TREES, apply(apply(X, est("StandardScaler"), null, "rating"), TREE, Y), """
                Apply
                  X: Apply cols=['rating']
                    X: MarkX
                      [#1] Var name='data'
                        ReadCsv path='employees.csv'
                    estimator: Estimator class='sklearn.preprocessing.StandardScaler'
                  estimator: Estimator class='sklearn.ensemble.HistGradientBoostingRegressor'
                  y: MarkY
                    GetItem
                      of: [#1] ↑ Var
                      key: Value value='salary'
                """);
    }

    @Test
    void aScalerInFrontOfALinearModelOrANonMonotoneStepStays() {
        checkUnchanged(CoreRules.REMOVE_SCALING_BEFORE_TREES, apply(apply(X, est("StandardScaler"), null), est("Ridge"), Y), """
                Apply
                  X: Apply
                    X: MarkX
                      [#1] Var name='data'
                        ReadCsv path='employees.csv'
                    estimator: Estimator class='sklearn.preprocessing.StandardScaler'
                  estimator: Estimator class='sklearn.linear_model.Ridge'
                  y: MarkY
                    GetItem
                      of: [#1] ↑ Var
                      key: Value value='salary'
                """);
        // RobustScaler is monotone too, but not listed; a decreasing feature_range is refused by scikit-learn.
        checkUnchanged(CoreRules.REMOVE_SCALING_BEFORE_TREES, apply(apply(X, est("RobustScaler"), null), TREE, Y), """
                Apply
                  X: Apply
                    X: MarkX
                      [#1] Var name='data'
                        ReadCsv path='employees.csv'
                    estimator: Estimator class='sklearn.preprocessing.RobustScaler'
                  estimator: Estimator class='sklearn.ensemble.HistGradientBoostingRegressor'
                  y: MarkY
                    GetItem
                      of: [#1] ↑ Var
                      key: Value value='salary'
                """);
        LogicalNode flipped = apply(X, est("MinMaxScaler", "feature_range", Value.of(new Const.ListConst(List.of(Const.of(1L), Const.of(0L)), true))), null);
        org.junit.jupiter.api.Assertions.assertTrue(
                RuleTester.run(CoreRules.REMOVE_SCALING_BEFORE_TREES, apply(flipped, TREE, Y)).trace().firings().isEmpty());
    }
}
