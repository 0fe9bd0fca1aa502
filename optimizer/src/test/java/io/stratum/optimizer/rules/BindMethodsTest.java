package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.EMPLOYEES_AND_DEPTS;
import static io.stratum.optimizer.PlanBuilder.call;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.kw;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.pos;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.strs;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.checkGolden;
import static io.stratum.optimizer.RuleTester.checkUnchanged;

import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.LogicalNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Before/after plans of the two bind rules that had only end-to-end coverage: {@code bind_column_methods} (a column's
 * {@code fillna}, {@code isna}, {@code clip}, {@code astype} to typed element-wise nodes) and
 * {@code bind_relational_methods} ({@code merge}, {@code sort_values}, {@code head}, {@code drop_duplicates} to
 * typed relational nodes, pandas' defaults filled in); each leaves the other's calls, and plans without such calls,
 * unchanged.
 */
class BindMethodsTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));
    private static final LogicalNode DEPTS = var("depts", csv("depts.csv"));

    @Test
    void columnMethodsBecomeElementWiseNodes() {
        LogicalNode rating = col(DATA, "rating");
        LogicalNode plan = call(call(call(rating, "fillna", pos(num(0L))), "clip", kw("lower", num(1L))), "astype",
                pos(str("float64")));
        checkGolden(CoreRules.BIND_COLUMN_METHODS, EMPLOYEES_AND_DEPTS, plan, "bind_column_methods");
        checkGolden(CoreRules.BIND_COLUMN_METHODS, EMPLOYEES_AND_DEPTS, call(col(DATA, "gender"), "isna"),
                "bind_column_methods_isna");
    }

    @Test
    void relationalMethodsBecomeTypedNodesWithPandasDefaults() {
        LogicalNode merged = call(DATA, "merge", pos(DEPTS), kw("on", str("dept")), kw("how", str("left")));
        LogicalNode plan = call(call(call(merged, "sort_values", kw("by", str("rating"))), "head", pos(num(10L))),
                "drop_duplicates", kw("subset", strs("dept")));
        checkGolden(CoreRules.BIND_RELATIONAL_METHODS, EMPLOYEES_AND_DEPTS, plan, "bind_relational_methods");
    }

    @Test
    void eachBindRuleLeavesOtherCallsAndUnrelatedPlansUnchanged() {
        for (LogicalNode plan : List.of(
                call(DATA, "drop", kw("columns", strs("salary"))),
                col(DATA, "rating"),
                call(DATA, "assign", kw("r2", col(DATA, "rating"))))) {
            checkUnchanged(CoreRules.BIND_COLUMN_METHODS, EMPLOYEES_AND_DEPTS, plan, ExplainWriter.explain(plan));
            checkUnchanged(CoreRules.BIND_RELATIONAL_METHODS, EMPLOYEES_AND_DEPTS, plan, ExplainWriter.explain(plan));
        }
        LogicalNode fill = call(col(DATA, "rating"), "fillna", pos(num(0L)));
        checkUnchanged(CoreRules.BIND_RELATIONAL_METHODS, EMPLOYEES_AND_DEPTS, fill, ExplainWriter.explain(fill));
        LogicalNode sort = call(DATA, "sort_values", kw("by", str("rating")));
        checkUnchanged(CoreRules.BIND_COLUMN_METHODS, EMPLOYEES_AND_DEPTS, sort, ExplainWriter.explain(sort));
    }

    @Test
    void fillnaWithAValueComputedFromTheDataBecomesAFillnaOperatorOfThatValue() {
        LogicalNode rating = col(DATA, "rating");
        io.stratum.optimizer.RuleTester.check(CoreRules.BIND_COLUMN_METHODS, call(rating, "fillna", pos(call(rating, "mean"))), """
                CallMethod method='fillna', args=[None]
                  self: [#1] GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='rating'
                  arg0: CallMethod method='mean', args=[]
                    self: [#1] ↑ GetItem
                """, """
                BinOp op='fillna'
                  [#1] GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='rating'
                  CallMethod method='mean', args=[]
                    self: [#1] ↑ GetItem
                """);
    }

    @Test
    void fillnaWithAColumnTakesItsRowsWhereTheColumnIsMissingAndAFrameIsRefused() {
        LogicalNode rating = col(DATA, "rating");
        LogicalNode salary = col(DATA, "salary");
        // before: rating.fillna(salary); after: rating.where(rating.notna(), salary)
        LogicalNode bound = io.stratum.optimizer.RuleTester.run(CoreRules.BIND_COLUMN_METHODS,
                call(rating, "fillna", pos(salary))).plan();
        org.junit.jupiter.api.Assertions.assertEquals(new io.stratum.ir.logical.Where(rating,
                new io.stratum.ir.logical.ElementWise(rating, new io.stratum.ir.logical.ElementOp.IsNa(true), List.of(),
                        io.stratum.optimizer.PlanBuilder.AT), io.stratum.ir.value.Const.of(Double.NaN), salary, io.stratum.optimizer.PlanBuilder.AT),
                bound);
        io.stratum.ir.diagnostics.StratumError e = org.junit.jupiter.api.Assertions.assertThrows(
                io.stratum.ir.diagnostics.StratumError.class, () -> io.stratum.optimizer.RuleTester.run(
                        CoreRules.BIND_COLUMN_METHODS, call(rating, "fillna", pos(DATA))));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("fillna() with a frame fills row by row"),
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals(io.stratum.optimizer.PlanBuilder.AT, e.origin());
    }
}
