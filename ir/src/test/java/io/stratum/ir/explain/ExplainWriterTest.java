package io.stratum.ir.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainWriterTest {

    @Test
    void sharedNodesAreWrittenOnceAndLabelled() {
        LogicalNode data = new Var("data", new ReadCsv("/abs/x.csv", "x.csv", new Const.DictConst(List.of(), List.of()), Origin.NONE), Origin.NONE);
        LogicalNode y = new MarkY(new GetItem(data, Value.of(Const.of("t")), Origin.NONE), Origin.NONE);
        LogicalNode x = new MarkX(new Drop(data, List.of("t"), Origin.NONE), Origin.NONE);
        LogicalNode ridge = new Estimator("sklearn.linear_model.Ridge", List.of(
                new Estimator.Param("alpha", Value.of(Const.of(0.5)), true),
                new Estimator.Param("fit_intercept", Value.of(Const.of(true)), false)), Origin.NONE);
        LogicalNode plan = new Apply(x, ridge, y, Const.none(), Origin.NONE);
        assertEquals("""
                Apply
                  X: MarkX
                    Drop columns=['t']
                      [#1] Var name='data'
                        ReadCsv path='x.csv'
                  estimator: Estimator class='sklearn.linear_model.Ridge', alpha=0.5
                  y: MarkY
                    GetItem
                      of: [#1] ↑ Var
                      key: Value value='t'
                """, ExplainWriter.explain(plan));
    }

    @Test
    void equalButDistinctObjectsAreNotMergedByTheWriter() {
        // The writer shows the plan as built; merging equal sub-plans is the optimizer's job, visible as a diff.
        LogicalNode a = Value.of(Const.of(1L));
        LogicalNode b = Value.of(Const.of(1L));
        LogicalNode plan = new io.stratum.ir.logical.BinOp(io.stratum.ir.logical.BinaryOperator.ADD, a, b, Origin.NONE);
        assertEquals("""
                BinOp op='+'
                  Value value=1
                  Value value=1
                """, ExplainWriter.explain(plan));
    }
}
