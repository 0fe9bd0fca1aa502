package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.check;
import static io.stratum.optimizer.RuleTester.checkUnchanged;

import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.Assign;
import io.stratum.optimizer.RuleTester;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.NumericFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoistRulesTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));

    @Test
    void assignDropAndSelectionMoveAboveTheMark() {
        // X = data.skb.mark_as_X()[["rating", "dept"]]; X = X.assign(r2=X["rating"] * 2).drop(columns=["dept"])
        LogicalNode x = cols(markX(DATA), "rating", "dept");
        LogicalNode assigned = new Assign(x, List.of("r2"), List.of(bin(BinaryOperator.MUL, col(x, "rating"), num(2))), AT);
        LogicalNode plan = apply(new Drop(assigned, List.of("dept"), AT), est("StandardScaler"), null);
        // One step per round: a mark built in a round has readers the round's analysis has not seen.
        RuleTester.checkToFixpoint(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, plan, """
                Apply
                  X: Drop columns=['dept']
                    Assign names=['r2']
                      frame: [#1] GetItem
                        of: MarkX
                          Var name='data'
                            ReadCsv path='employees.csv'
                        key: Value value=['rating', 'dept']
                      r2: BinOp op='*'
                        GetItem
                          of: [#1] ↑ GetItem
                          key: Value value='rating'
                        Value value=2
                  estimator: Estimator class='sklearn.preprocessing.StandardScaler'
                """, """
                Apply
                  X: MarkX
                    Drop columns=['dept']
                      Assign names=['r2']
                        frame: [#1] GetItem
                          of: Var name='data'
                            ReadCsv path='employees.csv'
                          key: Value value=['rating', 'dept']
                        r2: BinOp op='*'
                          GetItem
                            of: [#1] ↑ GetItem
                            key: Value value='rating'
                          Value value=2
                  estimator: Estimator class='sklearn.preprocessing.StandardScaler'
                """);
    }

    @Test
    void stringMethodsMoveAboveTheMarkAndACastOnlyWhenEveryRowIsInAFold() {
        LogicalNode x = markX(DATA);
        LogicalNode lower = new io.stratum.ir.logical.ElementWise(col(x, "dept"),
                new io.stratum.ir.logical.ElementOp.StringMethod(io.stratum.ir.logical.StringFunction.LOWER, List.of()), List.of(), AT);
        LogicalNode assigned = new Assign(x, List.of("dept_lower"), List.of(lower), AT);
        // Under an encoder: the driver keeps the root's operator.
        LogicalNode after = RuleTester.run(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT,
                apply(assigned, est("OneHotEncoder"), null, "dept_lower")).plan();
        org.junit.jupiter.api.Assertions.assertEquals("""
                Apply cols=['dept_lower']
                  X: MarkX
                    Assign names=['dept_lower']
                      frame: [#1] Var name='data'
                        ReadCsv path='employees.csv'
                      dept_lower: ElementWise op='str.lower()'
                        GetItem
                          of: [#1] ↑ Var
                          key: Value value='dept'
                  estimator: Estimator class='sklearn.preprocessing.OneHotEncoder'
                """, io.stratum.ir.explain.ExplainWriter.explain(after));
        // astype raises on a value it cannot convert: it moves only when every row is in some fold anyway (KFold),
        // not for ShuffleSplit, which leaves rows out, nor when the plan's splitter is not known.
        LogicalNode cast = new io.stratum.ir.logical.ElementWise(col(x, "rating"), new io.stratum.ir.logical.ElementOp.Cast("int64"), List.of(), AT);
        LogicalNode castAssigned = apply(new Assign(x, List.of("r"), List.of(cast), AT), est("Ridge"), markY(col(DATA, "salary")));
        org.junit.jupiter.api.Assertions.assertTrue(
                RuleTester.run(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, castAssigned).trace().firings().isEmpty());
        org.junit.jupiter.api.Assertions.assertFalse(RuleTester.run(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT,
                io.stratum.optimizer.PlanBuilder.search(castAssigned, 5, "r2")).trace().firings().isEmpty());
        io.stratum.ir.value.Const.DictConst shuffle = new io.stratum.ir.value.Const.DictConst(
                List.of(io.stratum.ir.value.Const.of("splitter"), io.stratum.ir.value.Const.of("n_splits")),
                List.of(io.stratum.ir.value.Const.of("ShuffleSplit"), io.stratum.ir.value.Const.of(5L)));
        org.junit.jupiter.api.Assertions.assertTrue(RuleTester.run(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT,
                new io.stratum.ir.logical.GridSearch(castAssigned, shuffle, io.stratum.ir.value.Const.of("r2"), false, AT))
                .trace().firings().isEmpty());
        // astype("category") takes its categories from the rows it sees (each fold's, in skrub), and so do the codes
        // and remove_unused_categories after it: none of it moves, even when every row is in a fold.
        LogicalNode category = new io.stratum.ir.logical.ElementWise(col(x, "dept"),
                new io.stratum.ir.logical.ElementOp.Cast("category"), List.of(), AT);
        LogicalNode unused = new io.stratum.ir.logical.ElementWise(category,
                new io.stratum.ir.logical.ElementOp.RemoveUnusedCategories(), List.of(), AT);
        LogicalNode codes = new io.stratum.ir.logical.ElementWise(unused,
                new io.stratum.ir.logical.ElementOp.CategoryCodes(), List.of(), AT);
        org.junit.jupiter.api.Assertions.assertTrue(RuleTester.run(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT,
                io.stratum.optimizer.PlanBuilder.search(apply(new Assign(x, List.of("c"), List.of(codes), AT), est("Ridge"),
                        markY(col(DATA, "salary"))), 5, "r2")).trace().firings().isEmpty());
    }

    @Test
    void aMarkOthersStillReadStaysWhereItIs() {
        // The scaler reads X as marked, so hoisting the assign would split the rows twice.
        LogicalNode x = markX(DATA);
        LogicalNode assigned = new Assign(x, List.of("r2"), List.of(bin(BinaryOperator.MUL, col(x, "rating"), num(2))), AT);
        LogicalNode plan = apply(assigned, est("Ridge"), apply(x, est("StandardScaler"), null));
        checkUnchanged(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, plan, """
                Apply
                  X: Assign names=['r2']
                    frame: [#1] MarkX
                      Var name='data'
                        ReadCsv path='employees.csv'
                    r2: BinOp op='*'
                      GetItem
                        of: [#1] ↑ MarkX
                        key: Value value='rating'
                      Value value=2
                  estimator: Estimator class='sklearn.linear_model.Ridge'
                  y: Apply
                    X: [#1] ↑ MarkX
                    estimator: Estimator class='sklearn.preprocessing.StandardScaler'
                """);
    }

    @Test
    void aFunctionOfTheMarkedTargetStaysBelowTheMark() {
        // skrub's named scorers compare the predictions with the marked salary, not with its log1p.
        checkUnchanged(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, markX(new Numeric(NumericFunction.LOG1P, markY(col(DATA, "salary")), AT)), """
                MarkX
                  Numeric function='log1p'
                    MarkY
                      GetItem
                        of: Var name='data'
                          ReadCsv path='employees.csv'
                        key: Value value='salary'
                """);
    }

    @Test
    void assignReadingAnotherFrameAndFittedStepsStayBelowTheMark() {
        LogicalNode x = markX(DATA);
        // The value comes from the unsplit frame: its rows are not the fold's rows.
        LogicalNode other = new Assign(x, List.of("r"), List.of(col(DATA, "rating")), AT);
        checkUnchanged(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, other, """
                Assign names=['r']
                  frame: MarkX
                    [#1] Var name='data'
                      ReadCsv path='employees.csv'
                  r: GetItem
                    of: [#1] ↑ Var
                    key: Value value='rating'
                """);
        // A value computed from the marked rows (skrub computes it on the fold's training or test rows): it stays per fold,
        // and so does arithmetic reading it, on X or on y.
        LogicalNode centered = new Assign(x, List.of("c"), List.of(bin(BinaryOperator.SUB, col(x, "rating"),
                new io.stratum.ir.logical.Reduce(col(x, "rating"), "mean", io.stratum.ir.value.Const.none(), AT))), AT);
        checkUnchanged(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, centered, ExplainWriter.explain(centered));
        LogicalNode y = markY(col(DATA, "salary"));
        LogicalNode target = markX(bin(BinaryOperator.SUB, y, new io.stratum.ir.logical.Reduce(y, "mean",
                io.stratum.ir.value.Const.none(), AT)));
        checkUnchanged(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, target, ExplainWriter.explain(target));
        // A scaler is fitted on the training rows: it must stay per fold.
        checkUnchanged(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, apply(x, est("StandardScaler"), null), """
                Apply
                  X: MarkX
                    Var name='data'
                      ReadCsv path='employees.csv'
                  estimator: Estimator class='sklearn.preprocessing.StandardScaler'
                """);
    }
}
