package io.stratum.ir.logical;

import io.stratum.ir.node.PlanNode;

/**
 * A node of the logical plan: what a DataOps script said, before any choice of algorithm. Generic nodes
 * ({@link CallMethod}, {@link Call}, {@link GetAttr}) mirror the script; binding turns them into typed
 * operators ({@link Drop}, {@link Assign}, ...).
 */
public sealed interface LogicalNode extends PlanNode<LogicalNode>
        permits Var, Value, ReadCsv, ReadFile, GetItem, GetAttr, CallMethod, Call, Drop, Assign, BinOp, UnaryOp,
        MarkX, MarkY, Estimator, Apply, Choice, SearchRoot, Numeric, ElementWise, Rename, DropNa, Where,
        Filter, Join, GroupBy, Aggregate, GroupTransform, Shift, Window, Affix, SortValues, Limit, RowsByPosition, Subsample, Switch, Concat, DropDuplicates, ValueCounts,
        FrameLiteral, TrainTestRows, Reduce, FreezeAfterFit, IndexedResult {
}
