package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.call;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.kw;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.pos;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.check;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Reduce;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.RuleTester;
import io.stratum.optimizer.metadata.OutputKind;
import org.junit.jupiter.api.Test;

class BindReductionsTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));

    @Test
    void aColumnsMeanBecomesAReduction() {
        check(CoreRules.BIND_REDUCTIONS, call(col(DATA, "salary"), "mean"), """
                CallMethod method='mean', args=[]
                  self: GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='salary'
                """, """
                Reduce function='mean'
                  GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='salary'
                """);
    }

    @Test
    void aQuantileKeepsItsLevelAndAFramesMaxIsOneValuePerColumn() {
        check(CoreRules.BIND_REDUCTIONS, call(col(DATA, "salary"), "quantile", pos(num(0.9))), """
                CallMethod method='quantile', args=[None]
                  self: GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='salary'
                  arg0: Value value=0.9
                """, """
                Reduce function='quantile', argument=0.9
                  GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='salary'
                """);
        Reduce max = (Reduce) RuleTester.run(CoreRules.BIND_REDUCTIONS, call(DATA, "max")).plan();
        assertEquals("max", max.function());
        assertEquals(OutputKind.VALUE, OutputKind.of(max));
        Reduce std = (Reduce) RuleTester.run(CoreRules.BIND_REDUCTIONS, call(DATA, "std", kw("ddof", num(0L)))).plan();
        assertEquals(Const.of(0L), std.argument());
        Reduce var = (Reduce) RuleTester.run(CoreRules.BIND_REDUCTIONS, call(DATA, "var")).plan();
        assertEquals(Const.of(1L), var.argument());
    }

    @Test
    void anyAndAllOfAFrameOrColumnBecomeReductions() {
        check(CoreRules.BIND_REDUCTIONS, call(call(DATA, "isna"), "any"), """
                CallMethod method='any', args=[]
                  self: CallMethod method='isna', args=[]
                    self: Var name='data'
                      ReadCsv path='employees.csv'
                """, """
                Reduce function='any'
                  CallMethod method='isna', args=[]
                    self: Var name='data'
                      ReadCsv path='employees.csv'
                """);
        Reduce all = (Reduce) RuleTester.run(CoreRules.BIND_REDUCTIONS, call(col(DATA, "salary"), "all")).plan();
        assertEquals("all", all.function());
        assertRefused(call(DATA, "any", kw("bool_only", new io.stratum.ir.logical.Value(Const.of(true), AT))),
                "any(bool_only=True) is not supported by Stratum yet");
        assertRefused(call(DATA, "all", kw("axis", num(1L))), "all(axis=1) reduces each row, which Stratum does not compute yet");
    }

    @Test
    void quantilesOfAListAreATableWithTheQuantilesInTheIndex() {
        LogicalNode qs = new io.stratum.ir.logical.Value(new Const.ListConst(java.util.List.of(Const.of(0.1), Const.of(1L))), AT);
        LogicalNode bound = RuleTester.run(CoreRules.BIND_RELATIONAL_METHODS, call(col(DATA, "salary"), "quantile",
                pos(qs))).plan();
        assertEquals("""
                IndexedResult levels=1, values=['salary'], series=True, index_named=False
                  Reduce function='quantile', argument=[0.1, 1.0]
                    GetItem
                      of: Var name='data'
                        ReadCsv path='employees.csv'
                      key: Value value='salary'
                """, ExplainWriter.explain(bound));
    }

    @Test
    void aModeIsAColumnAndItsFirstItemOneValue() {
        LogicalNode mode = call(col(DATA, "dept"), "mode");
        LogicalNode first = new io.stratum.ir.logical.GetItem(mode, num(0L), AT);
        assertEquals("""
                Reduce function='mode', argument=0
                  GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='dept'
                """, ExplainWriter.explain(RuleTester.run(CoreRules.BIND_REDUCTIONS, first).plan()));
        assertEquals("Reduce function='mode'", ExplainWriter.explain(RuleTester.run(CoreRules.BIND_REDUCTIONS, mode).plan())
                .lines().findFirst().orElseThrow());
    }

    @Test
    void otherMethodsAreUnchanged() {
        LogicalNode head = call(DATA, "head", pos(num(3L)));
        checkUnchanged(CoreRules.BIND_REDUCTIONS, head, ExplainWriter.explain(head));
    }

    @Test
    void argumentsStratumDoesNotImplementAreRefusedAtTheCall() {
        assertRefused(call(DATA, "mean", kw("axis", num(1L))), "mean(axis=1) reduces each row, which Stratum does not compute yet");
        assertRefused(call(DATA, "max", kw("skipna", new io.stratum.ir.logical.Value(Const.of(false), AT))),
                "max(skipna=False) is not supported by Stratum yet");
        assertRefused(call(DATA, "sum", kw("numeric_only", new io.stratum.ir.logical.Value(Const.of(true), AT))),
                "sum(numeric_only=True) is not supported by Stratum yet");
        assertRefused(call(col(DATA, "salary"), "quantile", pos(new io.stratum.ir.logical.Value(
                Const.ofStrings(java.util.List.of("a")), AT))), "quantile(q=['a']): the quantiles must be numbers");
        assertRefused(call(DATA, "mode"), "a frame's mode() (the modes of every column, padded with NaN) is not supported by"
                + " Stratum");
        assertRefused(call(col(DATA, "salary"), "quantile", pos(num(1.5))),
                "quantile(q=1.5): percentiles should all be in the interval [0, 1]");
        assertRefused(call(col(DATA, "salary"), "quantile", kw("interpolation", str("nearest"))),
                "quantile(interpolation='nearest') is not supported by Stratum yet");
        assertRefused(call(col(DATA, "salary"), "mean", kw("skpna", num(1L))), "mean() got an unexpected keyword argument 'skpna'");
    }

    private static void assertRefused(LogicalNode call, String message) {
        StratumError e = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_REDUCTIONS, call));
        assertEquals(message, e.getMessage());
        assertEquals(AT, e.origin());
    }
}
