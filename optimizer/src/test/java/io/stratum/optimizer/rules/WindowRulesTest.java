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
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.Grouping;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Window;
import io.stratum.optimizer.RuleTester;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cumulative, expanding and rolling methods (and a group-by's cumulative ones) through the rules: binding to one
 * {@link Window} node, pandas' types, refusals at the call's line, and the rules that must not move work across it (a
 * row's value reads the rows before it: a filter below it, or a split above it, would change which rows those are).
 * Each "stays" check has a row-wise twin that the same rule does move.
 */
class WindowRulesTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));

    private static LogicalNode pipeline(LogicalNode frame, String... features) {
        return search(apply(markX(cols(frame, features)), est("Ridge"), markY(col(frame, "salary"))), 5, "r2");
    }

    private static Assign withColumns(LogicalNode frame, LogicalNode... values) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            names.add("w" + i);
        }
        return new Assign(frame, names, List.of(values), AT);
    }

    private static Assign bound(LogicalNode... values) {
        LogicalNode plan = pipeline(withColumns(DATA, values), "w0");
        for (var rule : List.of(CoreRules.BIND_RELATIONAL_METHODS, CoreRules.BIND_COLUMN_METHODS)) {
            plan = RuleTester.run(rule, plan).plan();
        }
        return (Assign) firstAssign(plan);
    }

    @Test
    void everyMethodBindsToOneWindowNodeWithPandasDefaults() {
        LogicalNode rating = col(DATA, "rating");
        Assign a = bound(call(rating, "cumsum"), call(call(rating, "rolling", pos(num(7))), "mean"),
                call(call(rating, "rolling", kw("window", num(3)), kw("min_periods", num(1))), "std", kw("ddof", num(0))),
                call(call(rating, "expanding"), "count"), call(call(rating, "expanding", pos(num(5))), "max"),
                call(rating, "cummin", kw("skipna", flag(true))));
        List<String> seen = a.values().stream().map(v -> {
            Window w = assertInstanceOf(Window.class, v);
            assertEquals(rating, w.input());
            assertEquals(Grouping.NONE, w.grouping());
            return w.method() + " " + w.frame().size() + " " + w.frame().minPeriods() + " " + w.frame().ddof();
        }).toList();
        assertEquals(List.of("cumsum 0 0 1", "rolling.mean 7 7 1", "rolling.std 3 1 0", "expanding.count 0 1 1",
                "expanding.max 0 5 1", "cummin 0 0 1"), seen);
        assertTrue(ExplainWriter.explain(a).contains("Window method='rolling.mean', window=7, min_periods=7"),
                ExplainWriter.explain(a));
    }

    @Test
    void aGroupByCumulativeMethodBindsPerGroup() {
        LogicalNode grouped = call(DATA, "groupby", pos(str("dept")));
        Assign a = bound(call(new GetItem(grouped, str("salary"), AT), "cumsum"), call(grouped, "cumcount"),
                call(new GetItem(call(DATA, "groupby", pos(str("gender"))), str("year_first_hired"), AT), "cummax"));
        Window sum = assertInstanceOf(Window.class, a.values().get(0));
        assertEquals(new Grouping(List.of("dept"), List.of("salary"), true, true), sum.grouping());
        assertEquals(DATA, sum.input());
        assertEquals("salary:float64", schema(sum));
        Window count = assertInstanceOf(Window.class, a.values().get(1));
        assertEquals("cumcount", count.method());
        assertEquals(OutputKind.COLUMN, metadata(count).kind());
        // dept is never missing: the positions stay int64; gender may be, so an int column's type depends on the data
        assertEquals("cumcount:int64", schema(count));
        assertEquals("year_first_hired:?", schema(a.values().get(2)));
    }

    @Test
    void argumentsStratumDoesNotImplementAreRefusedAtTheirLine() {
        LogicalNode rating = col(DATA, "rating");
        for (Object[] c : new Object[][] {
                {call(call(rating, "rolling", pos(num(0))), "mean"), "positive number of rows"},
                {call(call(rating, "rolling", pos(str("7D"))), "mean"), "number of rows"},
                {call(call(rating, "rolling", pos(num(3)), kw("closed", str("left"))), "mean"), "closed='left'"},
                {call(call(rating, "rolling", pos(num(3)), kw("min_periods", num(4))), "sum"), "must be <= window 3"},
                {call(call(rating, "rolling", pos(num(3)), kw("win_type", str("gaussian"))), "sum"), "win_type"},
                {call(call(rating, "rolling", pos(num(3))), "apply", pos(str("f"))), "no Python runs"},
                {call(rating, "cumsum", kw("skipna", flag(false))), "skipna"},
                {call(rating, "pct_change", kw("fill_method", str("pad"))), "ffill"}}) {
            StratumError e = assertThrows(StratumError.class, () -> bound((LogicalNode) c[0]));
            assertTrue((e.getMessage() + " " + e.hint()).contains((String) c[1]), e.getMessage() + " " + e.hint());
            assertEquals(7, e.origin().line());
        }
    }

    @Test
    void aFilterAboveAWindowStaysAboveIt() {
        Window avg = new Window(col(DATA, "salary"), Window.Function.MEAN, new Window.Frame(Window.Kind.ROLLING, 3, 3, 1), AT);
        LogicalNode windowed = withColumns(DATA, avg);
        LogicalNode filtered = new Filter(windowed, bin(BinaryOperator.GT, col(windowed, "year_first_hired"), num(2000)), AT);
        checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES, pipeline(filtered, "w0"),
                ExplainWriter.explain(pipeline(filtered, "w0")));
        // The twin with a row-wise value instead: the same filter moves below the assign.
        LogicalNode rowWise = withColumns(DATA, new ElementWise(col(DATA, "salary"), new ElementOp.Round(0), List.of(), AT));
        LogicalNode filteredRowWise = new Filter(rowWise, bin(BinaryOperator.GT, col(rowWise, "year_first_hired"), num(2000)), AT);
        assertTrue(RuleTester.run(CoreRules.PUSH_FILTER_TOWARD_SOURCES, pipeline(filteredRowWise, "w0"), EMPLOYEES)
                .trace().firedRules().contains(CoreRules.PUSH_FILTER_TOWARD_SOURCES.name()));
        // Nor below a group-by's cumulative sum, nor below a cumulative frame.
        Window grouped = new Window(DATA, new Grouping(List.of("dept"), List.of("salary"), true, true), Window.Function.SUM,
                Window.Frame.cumulative(), AT);
        LogicalNode perGroup = withColumns(DATA, grouped);
        LogicalNode filteredGroup = new Filter(perGroup, bin(BinaryOperator.GT, col(perGroup, "rating"), num(2)), AT);
        checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES, pipeline(filteredGroup, "w0"),
                ExplainWriter.explain(pipeline(filteredGroup, "w0")));
        LogicalNode frame = new Window(cols(DATA, "salary", "rating"), Window.Function.MAX, Window.Frame.cumulative(), AT);
        LogicalNode onFrame = new Filter(frame, bin(BinaryOperator.GT, col(frame, "rating"), num(0)), AT);
        checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES, pipeline(onFrame, "rating"),
                ExplainWriter.explain(pipeline(onFrame, "rating")));
    }

    @Test
    void aWindowAfterTheMarkStaysPerFold() {
        // skrub computes a fold's training rows' window when fitting and its test rows' when predicting.
        LogicalNode x = markX(DATA);
        LogicalNode plan = apply(withColumns(x, new Window(col(x, "salary"), Window.Function.SUM, Window.Frame.cumulative(), AT)),
                est("Ridge"), markY(col(DATA, "salary")));
        checkUnchanged(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, plan, ExplainWriter.explain(plan));
        LogicalNode rowWise = apply(withColumns(x, new ElementWise(col(x, "salary"), new ElementOp.Round(0), List.of(), AT)),
                est("Ridge"), markY(col(DATA, "salary")));
        assertFalse(RuleTester.run(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, rowWise).trace().firings().isEmpty());
    }

    @Test
    void typesArePandasAndWrongTypesAreRefusedAtTheWindow() {
        LogicalNode frame = new Window(cols(DATA, "year_first_hired", "rating"), Window.Function.SUM, Window.Frame.cumulative(), AT);
        assertEquals("year_first_hired:int64 rating:float64", schema(frame));
        assertEquals(OutputKind.FRAME, metadata(frame).kind());
        LogicalNode rolled = new Window(col(DATA, "year_first_hired"), Window.Function.MEDIAN,
                new Window.Frame(Window.Kind.ROLLING, 4, 2, 1), AT);
        assertEquals("year_first_hired:float64", schema(rolled));
        assertEquals(OutputKind.COLUMN, metadata(rolled).kind());
        assertEquals(200L, metadata(rolled).rows().getAsLong());
        StratumError e = assertThrows(StratumError.class, () -> MetadataDerivation.derive(new Window(col(DATA, "dept"),
                Window.Function.MEAN, new Window.Frame(Window.Kind.EXPANDING, 0, 1, 1), AT), EMPLOYEES, StandardCatalog.get()));
        assertTrue(e.getMessage().contains("expanding().mean() of the str column 'dept'"), e.getMessage());
        assertEquals(7, e.origin().line());
        StratumError text = assertThrows(StratumError.class, () -> MetadataDerivation.derive(new Window(col(DATA, "dept"),
                Window.Function.SUM, Window.Frame.cumulative(), AT), EMPLOYEES, StandardCatalog.get()));
        assertTrue(text.getMessage().contains("cumsum() of the str column 'dept'"), text.getMessage());
    }

    private static LogicalNode flag(boolean b) {
        return io.stratum.ir.logical.Value.of(io.stratum.ir.value.Const.of(b));
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
