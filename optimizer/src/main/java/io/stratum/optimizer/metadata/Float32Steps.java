package io.stratum.optimizer.metadata;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Concat;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.DropDuplicates;
import io.stratum.ir.logical.DropNa;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.FreezeAfterFit;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.Subsample;
import io.stratum.ir.logical.Switch;
import io.stratum.ir.logical.TrainTestRows;
import io.stratum.ir.logical.Var;
import io.stratum.ir.value.Const;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which steps may read a float32 column ({@code astype("float32")}). The runtime has no float32 column: it holds the
 * values rounded to float32 precision in float64 columns, the same numbers pandas holds, and the plan types them
 * {@link ColumnType#FLOAT32} so that {@code df.dtypes} and {@code select_dtypes} say float32. Steps that only move,
 * select, order, compare for equality or drop those values give pandas' answer that way, and so do estimators, which
 * read the same numbers (scikit-learn's trees and the boosting libraries compare them as float32 or float64 alike;
 * its linear models and scalers compute in float32 where Stratum computes in float64). Every step that computes with
 * the values — arithmetic, comparisons with numbers (numpy rounds a Python float to float32 first), numpy functions,
 * reductions (numpy sums float32 in float32), aggregations, {@code fillna}, {@code where}, {@code round}, merge keys,
 * {@code astype(str)} (Python prints a float32 with fewer digits) — would differ from pandas in the last digits, so it
 * is refused at its script line with the conversion that makes it exact. Where a frame's columns are not known, a
 * frame that may hold a float32 column counts as holding one.
 */
final class Float32Steps {
    /** {@code astype} targets of a float32 column that give pandas' values exactly. */
    private static final Set<String> EXACT_CASTS = Set.of("float32", "float64", "int64", "bool");

    private final Map<LogicalNode, Boolean> holds = new IdentityHashMap<>();

    /**
     * Refuses {@code node} when it computes with a float32 column of one of its inputs, whose metadata
     * {@code metadata} gives (already derived).
     */
    void check(LogicalNode node, Function<LogicalNode, NodeMetadata> metadata) {
        if (anyInputHolds(node) && !passes(node, metadata)) {
            throw refusal(node);
        }
    }

    /** Records whether {@code node}, whose metadata is {@code own}, may output a float32 column. */
    void record(LogicalNode node, NodeMetadata own) {
        boolean known = own.schema().isPresent();
        boolean typed = known && own.schema().get().stream().anyMatch(c -> c.type() == ColumnType.FLOAT32);
        boolean out = switch (node) {
            case ElementWise e when e.op() instanceof ElementOp.Cast c && c.dtype().equals("float32") -> true;
            // an estimator's output columns are float64 (documented where scikit-learn gives float32); with cols= the
            // other columns pass through as they are
            case Apply a -> known ? typed : !(a.cols() == null || a.cols() instanceof Const.NoneConst) && anyInputHolds(node);
            default -> known ? typed : anyInputHolds(node);
        };
        holds.put(node, out);
    }

    private boolean anyInputHolds(LogicalNode node) {
        for (LogicalNode in : node.inputs()) {
            if (holds.getOrDefault(in, false)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} only moves, selects, orders or equality-tests the values of its inputs' float32 columns. */
    private boolean passes(LogicalNode node, Function<LogicalNode, NodeMetadata> metadata) {
        return switch (node) {
            case GetItem g -> true;
            case Drop d -> true;
            case Rename r -> true;
            case io.stratum.ir.logical.Affix a -> true;
            case Assign a -> true;
            case Filter f -> true;
            case Limit l -> true;
            case RowsByPosition r -> true;
            case SortValues s -> true;
            case DropNa d -> true;
            case DropDuplicates d -> true;
            case Concat c -> true;
            case MarkX x -> true;
            case MarkY y -> true;
            case Apply a -> true;
            case Choice c -> true;
            case Switch s -> true;
            case Var v -> true;
            case SearchRoot s -> true;
            case Estimator e -> true;
            case Subsample s -> true;
            case FreezeAfterFit f -> true;
            case io.stratum.ir.logical.IndexedResult r -> true;
            case TrainTestRows t -> true;
            // generic calls are bound (and checked) later; until then nothing computes with them
            case CallMethod c -> true;
            case Call c -> true;
            case GetAttr g -> true;
            case ElementWise e -> switch (e.op()) {
                case ElementOp.Cast c -> EXACT_CASTS.contains(c.dtype()) || !readsFloat32(e.input(), e.columns(), metadata);
                case ElementOp.IsNa n -> true;
                default -> !readsFloat32(e.input(), e.columns(), metadata);
            };
            case Join j -> !readsFloat32(j.left(), j.leftOn(), metadata) && !readsFloat32(j.right(), j.rightOn(), metadata);
            default -> false;
        };
    }

    /** Whether the columns {@code names} of {@code input} (all of them when empty) may include a float32 one. */
    private boolean readsFloat32(LogicalNode input, List<String> names, Function<LogicalNode, NodeMetadata> metadata) {
        if (!holds.getOrDefault(input, false)) {
            return false;
        }
        NodeMetadata m = metadata.apply(input);
        if (m.schema().isEmpty()) {
            return true;
        }
        for (ColumnStats c : m.schema().get()) {
            if (c.type() == ColumnType.FLOAT32 && (names.isEmpty() || names.contains(c.name()))) {
                return true;
            }
        }
        return false;
    }

    private static StratumError refusal(LogicalNode node) {
        return new StratumError(node.origin(), "this step computes with a float32 column (made by astype(\"float32\")),"
                + " which Stratum holds as float64 values rounded to float32: pandas computes it in float32, so the"
                + " last digits would differ", "compute in float64 and convert last: move astype(\"float32\") after this step,"
                + " or convert back first with .astype(\"float64\"); float32 columns may be selected, filtered, sorted,"
                + " joined (not as keys), concatenated, printed and given to estimators");
    }
}
