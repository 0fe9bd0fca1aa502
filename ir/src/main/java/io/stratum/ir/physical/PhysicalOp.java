package io.stratum.ir.physical;

import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;

/**
 * A node of the physical plan: an operator with its kernel chosen and every choice resolved. The runtime
 * executes these; it never sees the logical plan. Operators above a {@link SplitRows} run once per fold and
 * mode (fit on training rows, predict on test rows); operators below it run once.
 */
public sealed interface PhysicalOp extends PlanNode<PhysicalOp>
        permits ScanCsv, ScanFile, SelectColumns, SelectColumn, DropColumns, AssignColumns, EvalColumn, SplitRows,
        FitTransform, FitPredict, MapColumns, RenameColumns, AffixColumns, DropMissingRows,
        FilterRows, HashJoin, HashAggregate, HashGroupTransform, ShiftRows, WindowRows, SortRows, SliceRows, TakeRows, ConcatFrames, DropDuplicateRows, CountValues, LiteralFrame,
        TakeSplitRows, ReduceRows, FrozenAtFit, SwitchValue, ConstantValue {

    /** Writes an estimator's display form and, as identity, every parameter. */
    static void estimatorTerms(Terms t, EstimatorSpec spec) {
        t.display("estimator", spec.repr());
        t.identity("class", Const.of(spec.qualifiedName()));
        for (int i = 0; i < spec.names().size(); i++) {
            t.identity(spec.names().get(i), spec.values().get(i));
        }
    }
}
