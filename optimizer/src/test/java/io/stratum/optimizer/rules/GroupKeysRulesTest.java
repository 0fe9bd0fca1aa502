package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.EMPLOYEES;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.call;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.kw;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.pos;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.GroupBy;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * {@code df.groupby(series)} where the Series is computed from the grouped frame's columns: grouped by a column of its
 * own named after the Series, which becomes the Series' name where the keys become columns, and the Series pandas
 * would not group this way (another frame's, one without a name) refused at the call's line.
 */
class GroupKeysRulesTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));
    private static final LogicalNode HIRED_LATE = bin(BinaryOperator.GT, col(DATA, "year_first_hired"), num(2000));

    private static LogicalNode bound(LogicalNode plan) {
        return RuleTester.run(CoreRules.BIND_RELATIONAL_METHODS, plan, EMPLOYEES).plan();
    }

    @Test
    void aComputedKeyIsAColumnOfItsOwnNamedAfterTheSeries() {
        LogicalNode mean = call(new GetItem(call(DATA, "groupby", pos(HIRED_LATE)), str("salary"), AT), "mean");
        // the key column's name ends in a separator no script writes (shown as \\x1e), then its position
        assertEquals("""
                IndexedResult levels=1, index=['year_first_hired\\x1e0'], values=['salary'], series=True
                  Aggregate keys=['year_first_hired\\x1e0'], salary='mean(salary)', sort=True, keys_as_index=False
                    Assign names=['year_first_hired\\x1e0']
                      frame: [#1] Var name='data'
                        ReadCsv path='employees.csv'
                      year_first_hired\u001e0: BinOp op='>'
                        GetItem
                          of: [#1] \u2191 Var
                          key: Value value='year_first_hired'
                        Value value=2000
                """, ExplainWriter.explain(bound(mean)));
        assertEquals("year_first_hired", GroupBy.shownName(GroupBy.computedKeyColumn("year_first_hired", 0)));
        assertEquals("salary", GroupBy.shownName("salary"));
    }

    @Test
    void resetIndexNamesTheKeyAfterTheSeriesAndAsIndexFalseDropsOneAColumnHas() {
        LogicalNode byHire = call(DATA, "groupby", pos(HIRED_LATE));
        String reset = ExplainWriter.explain(bound(call(call(new GetItem(byHire, str("salary"), AT), "mean"), "reset_index")));
        assertTrue(reset.startsWith("""
                Rename from=['year_first_hired\\x1e0'], to=['year_first_hired']
                  Aggregate keys=['year_first_hired\\x1e0'], salary='mean(salary)', sort=True, keys_as_index=False
                """), reset);
        LogicalNode own = call(DATA, "groupby", pos(HIRED_LATE), kw("as_index", new Value(Const.of(false), AT)));
        String dropped = ExplainWriter.explain(bound(call(new GetItem(own, str("year_first_hired"), AT), "max")));
        assertTrue(dropped.startsWith("""
                Drop columns=['year_first_hired\\x1e0']
                  Aggregate keys=['year_first_hired\\x1e0'], year_first_hired='max(year_first_hired)', sort=True, \
                keys_as_index=False
                """), dropped);
    }

    @Test
    void resetIndexWhereAColumnHasTheKeysNameFailsAsInPandas() {
        LogicalNode max = call(new GetItem(call(DATA, "groupby", pos(HIRED_LATE)), str("year_first_hired"), AT), "max");
        StratumError e = assertThrows(StratumError.class, () -> bound(call(max, "reset_index")));
        assertTrue(e.getMessage().contains("cannot insert year_first_hired, already exists"), e.getMessage());
        assertEquals(7, e.origin().line());
    }

    @Test
    void aSeriesOfAnotherFrameOrWithoutANameIsRefusedAtTheCall() {
        LogicalNode other = var("other", csv("depts.csv"));
        StratumError foreign = assertThrows(StratumError.class,
                () -> bound(call(call(DATA, "groupby", pos(col(other, "dept"))), "size")));
        assertTrue(foreign.getMessage().contains("a Series of the grouped frame itself")
                && foreign.hint().contains("df.assign(k=...).groupby(\"k\")"), foreign.getMessage());
        LogicalNode difference = bin(BinaryOperator.SUB, col(DATA, "salary"), col(DATA, "rating"));
        StratumError unnamed = assertThrows(StratumError.class,
                () -> bound(call(call(DATA, "groupby", pos(difference)), "size")));
        assertTrue(unnamed.getMessage().contains("without a name"), unnamed.getMessage());
        assertEquals(7, unnamed.origin().line());
    }
}
