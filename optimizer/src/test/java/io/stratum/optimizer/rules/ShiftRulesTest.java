package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.EMPLOYEES;
import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.call;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.kw;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.pos;
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Shift;
import io.stratum.optimizer.RuleTester;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code shift(periods)}/{@code diff(periods)} through the rules: binding to {@link Shift}, its types, and the rules
 * that must not move work across it (row {@code i} reads row {@code i - periods}: a filter below it, or a split above
 * it, would change which row that is). Each "stays" check has a row-wise twin that the same rule does move.
 */
class ShiftRulesTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));

    private static LogicalNode pipeline(LogicalNode frame, String... features) {
        return search(apply(markX(cols(frame, features)), est("Ridge"), markY(col(frame, "salary"))), 5, "r2");
    }

    private static Assign withColumn(LogicalNode frame, LogicalNode value) {
        return new Assign(frame, List.of("prev"), List.of(value), AT);
    }

    @Test
    void shiftAndDiffBindToOneNodeWithPandasDefaults() {
        LogicalNode shifted = call(col(DATA, "rating"), "shift", pos(num(2)));
        LogicalNode diffed = call(col(DATA, "rating"), "diff");
        LogicalNode lead = call(col(DATA, "rating"), "shift", kw("periods", num(-1)), kw("axis", str("index")));
        LogicalNode plan = pipeline(new Assign(DATA, List.of("a", "b", "c"), List.of(shifted, diffed, lead), AT), "a", "b", "c");
        Assign bound = (Assign) firstAssign(RuleTester.run(CoreRules.BIND_COLUMN_METHODS, plan).plan());
        Shift a = assertInstanceOf(Shift.class, bound.values().get(0));
        Shift b = assertInstanceOf(Shift.class, bound.values().get(1));
        Shift c = assertInstanceOf(Shift.class, bound.values().get(2));
        assertEquals(List.of(2L, false), List.of(a.periods(), a.diff()));
        assertEquals(List.of(1L, true), List.of(b.periods(), b.diff()));
        assertEquals(List.of(-1L, false), List.of(c.periods(), c.diff()));
        assertTrue(ExplainWriter.explain(bound).contains("Shift method='diff', periods=1"), ExplainWriter.explain(bound));
    }

    @Test
    void argumentsStratumDoesNotImplementAreRefusedAtTheirLine() {
        for (Object[] c : new Object[][] {
                {call(col(DATA, "rating"), "shift", kw("fill_value", num(0))), "fillna"},
                {call(col(DATA, "rating"), "shift", kw("freq", str("D"))), "index"},
                {call(col(DATA, "rating"), "shift", kw("axis", num(1))), "axis"},
                {call(col(DATA, "rating"), "diff", pos(str("2"))), "periods must be an int"}}) {
            StratumError e = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_COLUMN_METHODS,
                    pipeline(withColumn(DATA, (LogicalNode) c[0]), "prev")));
            assertTrue((e.getMessage() + " " + e.hint()).contains((String) c[1]), e.getMessage() + " " + e.hint());
            assertEquals(7, e.origin().line());
        }
    }

    @Test
    void aGroupedShiftIsShiftedWithinEachGroup() {
        LogicalNode grouped = call(DATA, "groupby", pos(str("dept")));
        LogicalNode column = new io.stratum.ir.logical.GetItem(grouped, str("salary"), AT);
        for (String method : new String[] {"shift", "diff", "pct_change"}) {
            Assign bound = (Assign) firstAssign(RuleTester.run(CoreRules.BIND_RELATIONAL_METHODS,
                    pipeline(withColumn(DATA, call(column, method, pos(num(2)))), "prev")).plan());
            Shift s = assertInstanceOf(Shift.class, bound.values().getFirst());
            assertEquals(new io.stratum.ir.logical.Grouping(List.of("dept"), List.of("salary"), true, true), s.grouping());
            assertEquals(List.of(2L, method), List.of(s.periods(), s.method().pandasName()));
            assertEquals(DATA, s.input());
            assertEquals(OutputKind.COLUMN, metadata(s).kind());
            assertEquals("salary:float64", schema(s));
        }
    }

    @Test
    void aFilterAboveAShiftStaysAboveIt() {
        LogicalNode shifted = withColumn(DATA, new Shift(col(DATA, "salary"), 1, false, AT));
        LogicalNode filtered = new Filter(shifted, bin(BinaryOperator.GT, col(shifted, "year_first_hired"), num(2000)), AT);
        checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES, pipeline(filtered, "prev"),
                ExplainWriter.explain(pipeline(filtered, "prev")));
        // The twin with a row-wise value instead: the same filter moves below the assign.
        LogicalNode rowWise = withColumn(DATA, new ElementWise(col(DATA, "salary"), new ElementOp.Round(0), List.of(), AT));
        LogicalNode filteredRowWise = new Filter(rowWise, bin(BinaryOperator.GT, col(rowWise, "year_first_hired"), num(2000)), AT);
        assertTrue(RuleTester.run(CoreRules.PUSH_FILTER_TOWARD_SOURCES, pipeline(filteredRowWise, "prev"), EMPLOYEES)
                .trace().firedRules().contains(CoreRules.PUSH_FILTER_TOWARD_SOURCES.name()));
        // A filter of a shifted frame itself stays above it too.
        LogicalNode frame = new Shift(cols(DATA, "salary", "rating"), 2, true, AT);
        LogicalNode onFrame = new Filter(frame, bin(BinaryOperator.GT, col(frame, "rating"), num(0)), AT);
        checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES, pipeline(onFrame, "rating"),
                ExplainWriter.explain(pipeline(onFrame, "rating")));
    }

    @Test
    void aShiftAfterTheMarkStaysPerFold() {
        // skrub shifts a fold's training rows when fitting and its test rows when predicting.
        LogicalNode x = markX(DATA);
        LogicalNode plan = apply(withColumn(x, new Shift(col(x, "salary"), 1, false, AT)), est("Ridge"), markY(col(DATA, "salary")));
        checkUnchanged(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, plan, ExplainWriter.explain(plan));
        LogicalNode rowWise = apply(withColumn(x, new ElementWise(col(x, "salary"), new ElementOp.Round(0), List.of(), AT)),
                est("Ridge"), markY(col(DATA, "salary")));
        assertFalse(RuleTester.run(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, rowWise).trace().firings().isEmpty());
    }

    @Test
    void typesArePandasAndWrongTypesAreRefusedAtTheShift() {
        LogicalNode frame = new Shift(cols(DATA, "dept", "year_first_hired", "rating"), 1, false, AT);
        assertEquals("dept:str year_first_hired:float64 rating:float64", schema(frame));
        assertEquals(OutputKind.FRAME, metadata(frame).kind());
        assertEquals("year_first_hired:int64", schema(new Shift(col(DATA, "year_first_hired"), 0, false, AT)));
        LogicalNode diff = new Shift(col(DATA, "year_first_hired"), 3, true, AT);
        assertEquals("year_first_hired:float64", schema(diff));
        assertEquals(OutputKind.COLUMN, metadata(diff).kind());
        assertEquals(200L, metadata(diff).rows().getAsLong());
        StratumError e = assertThrows(StratumError.class, () -> MetadataDerivation.derive(
                new Shift(col(DATA, "dept"), 1, true, AT), EMPLOYEES, StandardCatalog.get()));
        assertTrue(e.getMessage().contains("diff() of the str column 'dept'"), e.getMessage());
        assertEquals(7, e.origin().line());
    }

    private static LogicalNode firstAssign(LogicalNode plan) {
        if (plan instanceof Assign) {
            return plan;
        }
        for (LogicalNode in : plan.inputs()) {
            LogicalNode found = firstAssign(in);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static NodeMetadata metadata(LogicalNode node) {
        return MetadataDerivation.derive(node, EMPLOYEES, StandardCatalog.get()).find(node).orElseThrow();
    }

    private static String schema(LogicalNode node) {
        NodeMetadata n = metadata(node);
        return String.join(" ", n.schema().orElseThrow().stream().map(c -> c.name() + ":" + c.type().label()).toList());
    }
}
