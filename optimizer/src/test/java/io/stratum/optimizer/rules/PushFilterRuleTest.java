package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.EMPLOYEES_AND_DEPTS;
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
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.checkGolden;
import static io.stratum.optimizer.RuleTester.checkUnchanged;

import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.AggregateSpec;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Rename;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code push_filter_toward_sources}: below assign, rename, selections and into one side of inner joins; only where exact. */
class PushFilterRuleTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));
    private static final LogicalNode DEPTS = var("depts", csv("depts.csv"));

    private static LogicalNode pipeline(LogicalNode frame, String... features) {
        return search(apply(markX(cols(frame, features)), est("Ridge"), markY(col(frame, "salary"))), 5, "r2");
    }

    private static Filter where(LogicalNode frame, String column, long above) {
        return new Filter(frame, bin(BinaryOperator.GT, col(frame, column), num(above)), AT);
    }

    private static Assign ratio(LogicalNode frame, BinaryOperator op) {
        return new Assign(frame, List.of("ratio"), List.of(bin(op, col(frame, "salary"), col(frame, "rating"))), AT);
    }

    private static Aggregate groupBy(LogicalNode frame, boolean keysAsIndex) {
        return new Aggregate(frame, List.of("dept"), List.of(new AggregateSpec("n", null, "size"),
                new AggregateSpec("salary", "salary", "mean")), true, keysAsIndex, AT);
    }

    private static Join join(LogicalNode left, LogicalNode right, String how) {
        return new Join(left, right, how, List.of("dept"), List.of("dept"), "_x", "_y", AT);
    }

    @Test
    void filterMovesBelowARowWiseAssign() {
        LogicalNode plan = pipeline(where(ratio(DATA, BinaryOperator.TRUEDIV), "year_first_hired", 2000), "ratio");
        checkGolden(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, plan, "push_filter_below_assign");
    }

    @Test
    void filterMovesBelowARenameWithItsNamesMappedBack() {
        LogicalNode renamed = new Rename(DATA, List.of("year_first_hired"), List.of("hired"), AT);
        LogicalNode plan = pipeline(where(renamed, "hired", 2000), "rating");
        checkGolden(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, plan, "push_filter_below_rename");
    }

    @Test
    void filterMovesIntoTheSideOfAnInnerJoinItReads() {
        LogicalNode plan = pipeline(where(join(DATA, DEPTS, "inner"), "floor", 1), "rating", "budget");
        checkGolden(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, plan, "push_filter_into_inner_join");
    }

    @Test
    void suffixedNamesAreMappedBackToTheirSide() {
        LogicalNode again = var("again", csv("employees.csv"));
        LogicalNode joined = join(DATA, again, "inner");
        LogicalNode filtered = new Filter(joined, bin(BinaryOperator.LT, col(joined, "rating_y"), num(3L)), AT);
        LogicalNode plan = search(apply(markX(cols(filtered, "rating_x")), est("Ridge"), markY(col(filtered, "salary_x"))), 5, "r2");
        checkGolden(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, plan, "push_filter_into_join_suffixed");
    }

    @Test
    void filterMovesIntoThePreservedSideOfALeftJoin() {
        // the right side brings only str and float64 columns, whose dtype no unmatched row changes
        LogicalNode plan = pipeline(where(join(DATA, cols(DEPTS, "dept", "budget"), "left"), "rating", 2),
                "rating", "budget");
        checkGolden(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, plan, "push_filter_into_left_join");
    }

    @Test
    void filterOnTheKeyMovesIntoThePreservedSideOfARightJoin() {
        LogicalNode joined = join(cols(DEPTS, "dept", "budget"), cols(DATA, "dept", "rating", "salary"), "right");
        LogicalNode filtered = new Filter(joined, bin(BinaryOperator.NE, col(joined, "dept"), str("hr")), AT);
        LogicalNode plan = pipeline(new Filter(filtered, bin(BinaryOperator.GT, col(filtered, "rating"), num(1L)), AT),
                "rating", "budget");
        checkGolden(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, plan, "push_filter_into_right_join");
    }

    @Test
    void filterOnGroupKeysMovesBelowTheAggregation() {
        LogicalNode agg = new Aggregate(DATA, List.of("dept", "gender"), List.of(
                new AggregateSpec("mean_rating", "rating", "mean"), new AggregateSpec("salary", "salary", "median"),
                new AggregateSpec("n", null, "size")), true, false, AT);
        LogicalNode mask = bin(BinaryOperator.AND, bin(BinaryOperator.NE, col(agg, "dept"), str("ops")),
                bin(BinaryOperator.EQ, col(agg, "gender"), str("F")));
        LogicalNode plan = pipeline(new Filter(agg, mask, AT), "mean_rating", "n");
        checkGolden(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, plan, "push_filter_below_groupby");
    }

    @Test
    void aFilterWhoseColumnsAreAlignedOnlyWithItsOwnRowsStillMovesIntoTheJoin() {
        // The merged rows' labels are read only by steps of the same filtered rows: renumbering them changes nothing.
        LogicalNode filtered = where(join(DATA, DEPTS, "inner"), "floor", 1);
        LogicalNode own = new Assign(filtered, List.of("cost"), List.of(bin(BinaryOperator.MUL, col(filtered, "budget"),
                col(filtered, "rating"))), AT);
        checkGolden(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, pipeline(own, "rating", "cost"),
                "push_filter_into_join_labels_unobserved");
    }

    @Test
    void aFilterWhoseRowLabelsAnotherFrameAlignsOnStaysAboveMergesAndGroupBys() {
        // pandas labels the filtered rows by their positions in the merge's (group-by's) result, and a column of them
        // assigned to another frame is aligned on those labels; below the merge they would be 0..k-1.
        LogicalNode joined = where(join(DATA, DEPTS, "inner"), "floor", 1);
        LogicalNode grouped = new Filter(groupBy(DATA, false), bin(BinaryOperator.NE, col(groupBy(DATA, false), "dept"),
                str("ops")), AT);
        LogicalNode again = where(joined, "rating", 2);
        for (LogicalNode plan : List.of(
                pipeline(new Assign(DATA, List.of("budget"), List.of(col(joined, "budget")), AT), "rating", "budget"),
                pipeline(new Assign(DATA, List.of("n"), List.of(col(grouped, "n")), AT), "rating", "n"),
                // through a further selection of the filtered rows, which keeps their labels
                pipeline(new Assign(DATA, List.of("budget"), List.of(col(again, "budget")), AT), "rating", "budget"),
                // a mask of the filtered rows selecting rows of another frame
                pipeline(new Filter(DATA, bin(BinaryOperator.GT, col(joined, "budget"), num(10L)), AT), "rating"))) {
            checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, plan, ExplainWriter.explain(plan));
        }
    }

    @Test
    void filtersThatCouldChangeValuesDtypesOrErrorsStay() {
        LogicalNode sharedAssign = ratio(DATA, BinaryOperator.MUL);
        for (LogicalNode plan : List.of(
                pipeline(DATA, "rating"),
                // the mask reads the assigned column
                pipeline(where(ratio(DATA, BinaryOperator.TRUEDIV), "ratio", 2), "ratio"),
                // // of two columns: pandas' dtype depends on whether a divisor is zero
                pipeline(where(ratio(DATA, BinaryOperator.FLOORDIV), "year_first_hired", 2000), "ratio"),
                // a left join's unmatched rows decide the right columns' dtype (floor is int64)
                pipeline(where(join(DATA, DEPTS, "left"), "rating", 2), "rating", "budget"),
                // the same for a right join's left columns (year_first_hired is int64)
                pipeline(where(join(DEPTS, DATA, "right"), "rating", 2),
                        "rating", "budget"),
                // never into the null-producing side of a left join, nor into either side of an outer join
                pipeline(where(join(DATA, cols(DEPTS, "dept", "budget"), "left"), "budget", 2), "rating", "budget"),
                pipeline(where(join(DATA, cols(DEPTS, "dept", "budget"), "outer"), "rating", 2), "rating", "budget"),
                // nor into the null-producing (left) side of a right join
                pipeline(where(join(cols(DEPTS, "dept", "budget"), cols(DATA, "dept", "rating", "salary"), "right"),
                        "budget", 0), "rating"),
                // a mask on aggregated values, and one on keys that are the index
                pipeline(where(groupBy(DATA, false), "n", 3), "n"),
                pipeline(where(groupBy(DATA, true), "n", 3), "n"),
                // the mask reads both sides of the join
                pipeline(new Filter(join(DATA, DEPTS, "inner"), bin(BinaryOperator.GT, col(join(DATA, DEPTS, "inner"), "rating"),
                        col(join(DATA, DEPTS, "inner"), "floor")), AT), "rating"),
                // the assign is also read unfiltered elsewhere: pushing would compute it twice
                search(apply(markX(cols(where(sharedAssign, "year_first_hired", 2000), "ratio")), est("Ridge"),
                        markY(col(sharedAssign, "salary"))), 5, "r2"),
                // a mask of membership in another column
                pipeline(new Filter(ratio(DATA, BinaryOperator.MUL), bin(BinaryOperator.ISIN,
                        col(ratio(DATA, BinaryOperator.MUL), "dept"), col(DEPTS, "dept")), AT), "ratio"),
                // a mask comparing with a value computed from the data (a mean over the filtered frame's rows, which
                // the rows below an assign or in one side of a join are not)
                pipeline(new Filter(ratio(DATA, BinaryOperator.MUL), bin(BinaryOperator.GT,
                        col(ratio(DATA, BinaryOperator.MUL), "rating"), new io.stratum.ir.logical.Reduce(
                                col(ratio(DATA, BinaryOperator.MUL), "rating"), "mean", io.stratum.ir.value.Const.none(), AT)),
                        AT), "ratio"),
                pipeline(new Filter(join(DATA, DEPTS, "inner"), bin(BinaryOperator.GT, col(join(DATA, DEPTS, "inner"), "rating"),
                        new io.stratum.ir.logical.Reduce(col(join(DATA, DEPTS, "inner"), "rating"), "quantile",
                                io.stratum.ir.value.Const.of(0.9), AT)), AT), "rating"),
                // a selection that lacks the column the mask reads (an error to keep)
                pipeline(where(cols(DATA, "rating", "salary"), "year_first_hired", 2000), "rating"))) {
            checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES_AND_DEPTS, plan, ExplainWriter.explain(plan));
        }
    }
}
