package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.call;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.kw;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.pos;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.strs;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.check;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.RuleTester;
import org.junit.jupiter.api.Test;

class BindFrameMethodsTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));

    @Test
    void duplicatedBecomesAPositionInItsGroupPastTheFirst() {
        // pandas' df.duplicated(subset): groupby(subset, dropna=False).cumcount() > 0, missing keys grouped together
        check(CoreRules.BIND_FRAME_METHODS, call(DATA, "duplicated", kw("subset", strs("dept", "grade"))), """
                CallMethod method='duplicated', args=['subset']
                  self: Var name='data'
                    ReadCsv path='employees.csv'
                  subset: Value value=['dept', 'grade']
                """, """
                BinOp op='>'
                  Window method='cumcount', keys=['dept', 'grade'], dropna=False
                    Var name='data'
                      ReadCsv path='employees.csv'
                  Value value=0
                """);
    }

    @Test
    void flexibleArithmeticMethodsBecomeTheOperators() {
        LogicalNode other = var("other", csv("bonus.csv"));
        check(CoreRules.BIND_FRAME_METHODS, call(col(DATA, "salary"), "sub", pos(col(other, "bonus"))), """
                CallMethod method='sub', args=[None]
                  self: GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='salary'
                  arg0: GetItem
                    of: Var name='other'
                      ReadCsv path='bonus.csv'
                    key: Value value='bonus'
                """, """
                BinOp op='-'
                  GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='salary'
                  GetItem
                    of: Var name='other'
                      ReadCsv path='bonus.csv'
                    key: Value value='bonus'
                """);
        // the reflected method swaps the operands: rdiv(10) is 10 / salary
        check(CoreRules.BIND_FRAME_METHODS, call(col(DATA, "salary"), "rdiv", pos(num(10L))), """
                CallMethod method='rdiv', args=[None]
                  self: GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='salary'
                  arg0: Value value=10
                """, """
                BinOp op='/'
                  Value value=10
                  GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value='salary'
                """);
        StratumError fill = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(col(DATA, "salary"), "add", pos(num(1L)), kw("fill_value", num(0L)))));
        assertTrue(fill.getMessage().contains("fill_value=...) is not supported"), fill.getMessage());
        StratumError rows = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(DATA, "div", pos(col(DATA, "salary")), kw("axis", num(0L)))));
        assertTrue(rows.getMessage().contains("axis=0) is not supported"), rows.getMessage());
    }

    @Test
    void duplicatedRefusesWhatItCannotCount() {
        StratumError last = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(DATA, "duplicated", kw("subset", str("dept")), kw("keep", str("last")))));
        assertTrue(last.getMessage().contains("keep='last') is not supported by Stratum yet"), last.getMessage());
        StratumError none = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(DATA, "duplicated", kw("subset", str("dept")), kw("keep", new io.stratum.ir.logical.Value(
                        io.stratum.ir.value.Const.of(false), AT)))));
        assertTrue(none.getMessage().contains("keep=False) is not supported by Stratum yet"), none.getMessage());
        StratumError every = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(DATA, "duplicated")));
        assertTrue(every.getMessage().contains("every column of a frame whose columns the plan cannot tell"),
                every.getMessage());
        StratumError column = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(col(DATA, "dept"), "duplicated")));
        assertTrue(column.getMessage().contains("a column's duplicated()"), column.getMessage());
    }

    @Test
    void dropWithColumnsKeywordBecomesDrop() {
        check(CoreRules.BIND_FRAME_METHODS, call(DATA, "drop", kw("columns", strs("salary", "id"))), """
                CallMethod method='drop', args=['columns']
                  self: Var name='data'
                    ReadCsv path='employees.csv'
                  columns: Value value=['salary', 'id']
                """, """
                Drop columns=['salary', 'id']
                  Var name='data'
                    ReadCsv path='employees.csv'
                """);
    }

    @Test
    void dropWithPositionalLabelsAndAxisOneBecomesDrop() {
        check(CoreRules.BIND_FRAME_METHODS, call(DATA, "drop", pos(strs("salary")), kw("axis", num(1L))), """
                CallMethod method='drop', args=[None, 'axis']
                  self: Var name='data'
                    ReadCsv path='employees.csv'
                  arg0: Value value=['salary']
                  axis: Value value=1
                """, """
                Drop columns=['salary']
                  Var name='data'
                    ReadCsv path='employees.csv'
                """);
    }

    @Test
    void addPrefixAndAddSuffixBecomeAffix() {
        check(CoreRules.BIND_FRAME_METHODS, call(DATA, "add_prefix", pos(str("x_"))), """
                CallMethod method='add_prefix', args=[None]
                  self: Var name='data'
                    ReadCsv path='employees.csv'
                  arg0: Value value='x_'
                """, """
                Affix prefix='x_'
                  Var name='data'
                    ReadCsv path='employees.csv'
                """);
        check(CoreRules.BIND_FRAME_METHODS, call(DATA, "add_suffix", kw("suffix", str("_1")), kw("axis", num(1L))), """
                CallMethod method='add_suffix', args=['suffix', 'axis']
                  self: Var name='data'
                    ReadCsv path='employees.csv'
                  suffix: Value value='_1'
                  axis: Value value=1
                """, """
                Affix suffix='_1'
                  Var name='data'
                    ReadCsv path='employees.csv'
                """);
    }

    @Test
    void affixesOfRowsOrOfAColumnAreRefusedWithAFix() {
        StratumError rows = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(DATA, "add_prefix", pos(str("x_")), kw("axis", num(0L)))));
        assertTrue(rows.getMessage().contains("index labels") && rows.hint().contains("leave axis out"), rows.getMessage());
        StratumError column = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(col(DATA, "salary"), "add_suffix", pos(str("_1")))));
        assertTrue(column.getMessage().contains("column's add_suffix()") && column.hint().contains("rename"),
                column.getMessage());
        StratumError missing = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(DATA, "add_prefix", pos(num(3L)))));
        assertTrue(missing.getMessage().contains("as a str"), missing.getMessage());
    }

    @Test
    void dropWithLabelsAndAxisColumnsAcceptsOneName() {
        LogicalNode out = RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(DATA, "drop", kw("labels", str("salary")), kw("axis", str("columns")))).plan();
        assertEquals(java.util.List.of("salary"), ((Drop) out).columns());
    }

    @Test
    void assignBecomesAssignKeepingExpressions() {
        LogicalNode plan = call(DATA, "assign", kw("age", bin(BinaryOperator.SUB, num(2025L), col(DATA, "year"))));
        check(CoreRules.BIND_FRAME_METHODS, plan, """
                CallMethod method='assign', args=['age']
                  self: [#1] Var name='data'
                    ReadCsv path='employees.csv'
                  age: BinOp op='-'
                    Value value=2025
                    GetItem
                      of: [#1] ↑ Var
                      key: Value value='year'
                """, """
                Assign names=['age']
                  frame: [#1] Var name='data'
                    ReadCsv path='employees.csv'
                  age: BinOp op='-'
                    Value value=2025
                    GetItem
                      of: [#1] ↑ Var
                      key: Value value='year'
                """);
    }

    @Test
    void planWithoutMethodCallsIsUnchanged() {
        checkUnchanged(CoreRules.BIND_FRAME_METHODS, col(DATA, "salary"), """
                GetItem
                  of: Var name='data'
                    ReadCsv path='employees.csv'
                  key: Value value='salary'
                """);
    }

    @Test
    void dropIgnoringMissingColumnsDropsThoseTheFrameHas() {
        // the source's columns are known from its statistics: 'target' is not one of them, as in new data without it
        check(CoreRules.BIND_FRAME_METHODS, io.stratum.optimizer.PlanBuilder.EMPLOYEES, call(DATA, "drop",
                kw("columns", strs("salary", "target")), kw("errors", str("ignore"))), """
                CallMethod method='drop', args=['columns', 'errors']
                  self: Var name='data'
                    ReadCsv path='employees.csv'
                  columns: Value value=['salary', 'target']
                  errors: Value value='ignore'
                """, """
                Drop columns=['salary']
                  Var name='data'
                    ReadCsv path='employees.csv'
                """);
    }

    @Test
    void droppingASamplesRowsKeepsTheRowsTheSampleDidNotPick() {
        LogicalNode sample = new io.stratum.ir.logical.RowsByPosition(DATA,
                new io.stratum.ir.value.RowPositions.PandasSample(null, 0.8, 42), AT);
        check(CoreRules.BIND_FRAME_METHODS, call(DATA, "drop", pos(new io.stratum.ir.logical.GetAttr(sample, "index", AT))), """
                CallMethod method='drop', args=[None]
                  self: [#1] Var name='data'
                    ReadCsv path='employees.csv'
                  arg0: GetAttr name='index'
                    RowsByPosition rows='sample frac=0.8 random_state=42'
                      [#1] ↑ Var
                """, """
                RowsByPosition rows='rows not in sample frac=0.8 random_state=42'
                  Var name='data'
                    ReadCsv path='employees.csv'
                """);
        // a sample of another frame is not its rest
        StratumError e = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(var("other", csv("depts.csv")), "drop", pos(new io.stratum.ir.logical.GetAttr(sample, "index", AT)))));
        assertTrue(e.getMessage().contains("of another frame than the one sampled"), e.getMessage());
    }

    @Test
    void dropIgnoringMissingColumnsNeedsTheColumnsKnown() {
        StratumError e = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(DATA, "drop", kw("columns", strs("target")), kw("errors", str("ignore")))));
        assertTrue(e.getMessage().contains("drop(errors='ignore') needs the frame's columns known"), e.getMessage());
        assertEquals(AT, e.origin());
    }

    @Test
    void unknownMethodNamesTheNearestKnownOne() {
        StratumError e = assertThrows(StratumError.class,
                () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS, call(DATA, "dorp", kw("columns", strs("a")))));
        assertEquals("unknown DataFrame method 'dorp'", e.getMessage());
        assertEquals("did you mean 'drop' or 'corr'?", e.hint());
        assertEquals(AT, e.origin());
    }

    @Test
    void aReductionStratumDoesNotComputeListsThoseItDoes() {
        for (String method : new String[] {"prod", "idxmax", "sem"}) {
            StratumError e = assertThrows(StratumError.class,
                    () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS, call(col(DATA, "salary"), method)));
            assertEquals("." + method + "() is a reduction Stratum does not compute", e.getMessage());
            assertTrue(e.hint().startsWith("Stratum computes these reductions of a column or a frame: "), e.hint());
            for (String bound : BindReductions.METHODS) {
                assertTrue(e.hint().contains(bound), e.hint());
            }
            assertEquals(AT, e.origin());
        }
    }

    @Test
    void anUnknownMethodFarFromAnyNameListsEveryBoundMethodNearestFirst() {
        StratumError e = assertThrows(StratumError.class,
                () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS, call(DATA, "pivot_table")));
        assertEquals("unknown DataFrame method 'pivot_table'", e.getMessage());
        String prefix = "Stratum supports these DataFrame methods, nearest first: ";
        assertTrue(e.hint().startsWith(prefix), e.hint());
        java.util.List<String> listed = java.util.List.of(e.hint().substring(prefix.length()).split(", "));
        // Every method the bind batch binds, not only the catalog's drop and assign.
        for (String m : java.util.List.of("assign", "drop", "merge", "groupby", "sort_values", "head", "fillna", "astype",
                "rename", "dropna", "where", "mean", "quantile", "value_counts", "reset_index")) {
            assertTrue(listed.contains(m), m + " missing from " + listed);
        }
        assertEquals(listed, io.stratum.ir.diagnostics.NearestNames.byCloseness("pivot_table", listed));
        assertEquals(BindFrameMethods.boundMethods(io.stratum.ir.catalog.StandardCatalog.get()).size(), listed.size());
    }

    @Test
    void misspelledKeywordNamesTheNearestParameter() {
        StratumError e = assertThrows(StratumError.class,
                () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS, call(DATA, "drop", kw("colums", strs("a")))));
        assertEquals("drop() got an unexpected keyword argument 'colums'", e.getMessage());
        assertEquals("did you mean 'columns'?", e.hint());
    }

    @Test
    void droppingRowsIsRejectedWithAFix() {
        StratumError e = assertThrows(StratumError.class,
                () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS, call(DATA, "drop", pos(strs("a")))));
        assertTrue(e.getMessage().contains("removes rows"), e.getMessage());
        assertTrue(e.hint().contains("axis=1"), e.hint());
    }

    @Test
    void nonConstantColumnsAreRejected() {
        StratumError e = assertThrows(StratumError.class,
                () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS, call(DATA, "drop", kw("columns", col(DATA, "a")))));
        assertTrue(e.getMessage().contains("must be a constant"), e.getMessage());
    }

    @Test
    void unsupportedValueOfAKnownParameterIsRejected() {
        StratumError e = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS,
                call(DATA, "drop", kw("columns", strs("a")), kw("inplace", io.stratum.ir.logical.Value.of(
                        io.stratum.ir.value.Const.of(true))))));
        assertTrue(e.getMessage().contains("inplace=True is valid but not supported"), e.getMessage());
    }

    @Test
    void assignRejectsPositionalArguments() {
        StratumError e = assertThrows(StratumError.class,
                () -> RuleTester.run(CoreRules.BIND_FRAME_METHODS, call(DATA, "assign", pos(num(1L)))));
        assertEquals("assign() takes only keyword arguments", e.getMessage());
    }
}
