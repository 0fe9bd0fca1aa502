package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.EMPLOYEES_AND_DEPTS;
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
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.unary;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.checkGolden;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.optimizer.RuleTester;
import org.junit.jupiter.api.Test;

/** {@code rewrite_isin_filter_to_semi_join}: membership masks to semi and anti joins, and only those. */
class SemiJoinRuleTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));
    private static final LogicalNode DEPTS = csv("depts.csv");

    private static LogicalNode pipeline(LogicalNode frame) {
        return search(apply(markX(cols(frame, "rating")), est("Ridge"), markY(col(frame, "salary"))), 5, "r2");
    }

    private static LogicalNode isin(LogicalNode frame, String key, LogicalNode other, String otherKey) {
        return bin(BinaryOperator.ISIN, col(frame, key), col(other, otherKey));
    }

    @Test
    void isinMaskBecomesASemiJoin() {
        LogicalNode plan = pipeline(new Filter(DATA, isin(DATA, "dept", DEPTS, "dept"), AT));
        checkGolden(CoreRules.REWRITE_ISIN_FILTER_TO_SEMI_JOIN, EMPLOYEES_AND_DEPTS, plan, "isin_to_semi_join");
    }

    @Test
    void negatedIsinMaskBecomesAnAntiJoin() {
        LogicalNode plan = pipeline(new Filter(DATA, unary(UnaryOperator.INVERT, isin(DATA, "dept", DEPTS, "dept")), AT));
        checkGolden(CoreRules.REWRITE_ISIN_FILTER_TO_SEMI_JOIN, EMPLOYEES_AND_DEPTS, plan, "isin_to_anti_join");
    }

    @Test
    void unrelatedPlansAndOtherMasksAreLeftAlone() {
        LogicalNode other = var("other", csv("employees.csv"));
        for (LogicalNode plan : new LogicalNode[] {
                pipeline(DATA),
                // a comparison mask
                pipeline(new Filter(DATA, bin(BinaryOperator.GT, col(DATA, "rating"), num(1L)), AT)),
                // the key column comes from another frame than the filtered one: not a semi join of DATA
                pipeline(new Filter(DATA, isin(other, "dept", DEPTS, "dept"), AT)),
                // membership combined with another condition
                pipeline(new Filter(DATA, bin(BinaryOperator.AND, isin(DATA, "dept", DEPTS, "dept"),
                        bin(BinaryOperator.GT, col(DATA, "rating"), num(1L))), AT)),
                // a column filtered by its membership: no frame to join
                search(apply(markX(cols(DATA, "rating")), est("Ridge"), markY(new Filter(col(DATA, "salary"),
                        isin(DATA, "dept", DEPTS, "dept"), AT))), 5, "r2")}) {
            checkUnchanged(CoreRules.REWRITE_ISIN_FILTER_TO_SEMI_JOIN, EMPLOYEES_AND_DEPTS, plan, ExplainWriter.explain(plan));
        }
    }

    @Test
    void theLookupSideIsThenReadForItsKeyOnly() {
        LogicalNode plan = pipeline(new Filter(DATA, isin(DATA, "dept", DEPTS, "dept"), AT));
        LogicalNode joined = RuleTester.run(CoreRules.REWRITE_ISIN_FILTER_TO_SEMI_JOIN, plan, EMPLOYEES_AND_DEPTS).plan();
        String pruned = ExplainWriter.explain(RuleTester.run(CoreRules.PRUNE_UNREAD_COLUMNS, joined, EMPLOYEES_AND_DEPTS).plan());
        assertTrue(pruned.contains("ReadCsv path='depts.csv', columns=['dept']"), pruned);
        assertTrue(pruned.contains("ReadCsv path='employees.csv', columns=['dept', 'rating', 'salary']"), pruned);
    }

}
