package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.call;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.pos;
import static io.stratum.optimizer.PlanBuilder.unary;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.check;
import static io.stratum.optimizer.RuleTester.checkUnchanged;

import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.value.RowPositions;
import org.junit.jupiter.api.Test;

/** {@code df[~df.index.isin(sample.index)]}: the rest of a sample, as agents hold out the rows a sample left. */
class BindSampleMembershipTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));
    private static final LogicalNode SAMPLE = new RowsByPosition(DATA, new RowPositions.PandasSample(null, 0.8, 42), AT);

    private static LogicalNode isin(LogicalNode frame, LogicalNode sample) {
        return call(new GetAttr(frame, "index", AT), "isin", pos(new GetAttr(sample, "index", AT)));
    }

    @Test
    void notInTheSampleIsItsRest() {
        check(CoreRules.BIND_SAMPLE_MEMBERSHIP, new GetItem(DATA, unary(UnaryOperator.INVERT, isin(DATA, SAMPLE)), AT, null), """
                GetItem
                  of: [#1] Var name='data'
                    ReadCsv path='employees.csv'
                  key: UnaryOp op='~'
                    CallMethod method='isin', args=[None]
                      self: GetAttr name='index'
                        [#1] ↑ Var
                      arg0: GetAttr name='index'
                        RowsByPosition rows='sample frac=0.8 random_state=42'
                          [#1] ↑ Var
                """, """
                RowsByPosition rows='rows not in sample frac=0.8 random_state=42'
                  Var name='data'
                    ReadCsv path='employees.csv'
                """);
    }

    @Test
    void inTheSampleIsItsRowsInTheFramesOrder() {
        check(CoreRules.BIND_SAMPLE_MEMBERSHIP, new GetItem(DATA, isin(DATA, SAMPLE), AT, null), """
                GetItem
                  of: [#1] Var name='data'
                    ReadCsv path='employees.csv'
                  key: CallMethod method='isin', args=[None]
                    self: GetAttr name='index'
                      [#1] ↑ Var
                    arg0: GetAttr name='index'
                      RowsByPosition rows='sample frac=0.8 random_state=42'
                        [#1] ↑ Var
                """, """
                RowsByPosition rows='rows of sample frac=0.8 random_state=42 in order'
                  Var name='data'
                    ReadCsv path='employees.csv'
                """);
    }

    @Test
    void aSampleOfAnotherFrameIsLeftAlone() {
        LogicalNode other = var("other", csv("depts.csv"));
        checkUnchanged(CoreRules.BIND_SAMPLE_MEMBERSHIP, new GetItem(other, isin(other, SAMPLE), AT, null), """
                GetItem
                  of: [#1] Var name='other'
                    ReadCsv path='depts.csv'
                  key: CallMethod method='isin', args=[None]
                    self: GetAttr name='index'
                      [#1] ↑ Var
                    arg0: GetAttr name='index'
                      RowsByPosition rows='sample frac=0.8 random_state=42'
                        Var name='data'
                          ReadCsv path='employees.csv'
                """);
    }
}
