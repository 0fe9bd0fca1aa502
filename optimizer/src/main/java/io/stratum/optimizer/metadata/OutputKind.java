package io.stratum.optimizer.metadata;

import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.DropNa;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.GroupBy;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.Subsample;
import io.stratum.ir.logical.Concat;
import io.stratum.ir.logical.FrameLiteral;
import io.stratum.ir.logical.DropDuplicates;
import io.stratum.ir.logical.ValueCounts;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.ReadFile;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.logical.Where;
import io.stratum.ir.value.Const;

/**
 * What a logical node produces, as far as the plan alone tells; {@code UNKNOWN} for generic, unbound nodes. {@code VALUE}
 * is a value computed from the data that is neither a frame nor a column: a reduction's number, or its numbers per
 * column (a Series labelled by column names), which arithmetic broadcasts.
 */
public enum OutputKind {
    FRAME, COLUMN, CONSTANT, VALUE, ESTIMATOR, FITTED_OUTPUT, SEARCH, UNKNOWN,
    /**
     * A matrix without column names: a scipy sparse matrix from a text vectorizer or TfidfTransformer, or TruncatedSVD's
     * numpy array ({@link MatrixSteps} says which steps read it).
     */
    MATRIX;

    /** The output kind of {@code node}, derived from its operator and, where needed, its inputs. */
    public static OutputKind of(LogicalNode node) {
        return switch (node) {
            case Var v -> v.value() == null ? UNKNOWN : of(v.value());
            case Value v -> CONSTANT;
            case ReadCsv r -> FRAME;
            case ReadFile r -> FRAME;
            case GetItem g -> g.key() instanceof Value k
                    ? switch (k.value()) {
                        case Const.StrConst s -> COLUMN;
                        case Const.ListConst l -> FRAME;
                        default -> UNKNOWN;
                    }
                    : UNKNOWN;
            case GetAttr g -> UNKNOWN;
            case CallMethod c -> UNKNOWN;
            case Call c -> UNKNOWN;
            case Drop d -> FRAME;
            case Assign a -> FRAME;
            case BinOp b -> arithmetic(of(b.left()), of(b.right()));
            case UnaryOp u -> arithmetic(of(u.operand()), CONSTANT);
            case Numeric n -> arithmetic(of(n.operand()), CONSTANT);
            case ElementWise e -> of(e.input()) == FRAME || of(e.input()) == COLUMN || of(e.input()) == VALUE ? of(e.input()) : UNKNOWN;
            case Rename r -> FRAME;
            case io.stratum.ir.logical.Affix a -> FRAME;
            case Where w -> of(w.input()) == COLUMN ? COLUMN : UNKNOWN;
            case DropNa d -> of(d.input()) == FRAME || of(d.input()) == COLUMN ? of(d.input()) : UNKNOWN;
            case MarkX m -> of(m.input());
            case MarkY m -> of(m.input());
            case Estimator e -> ESTIMATOR;
            case Apply a -> MatrixSteps.outputsMatrix(a.estimator(), of(a.input()) == MATRIX) ? MATRIX : FITTED_OUTPUT;
            case Choice c -> common(c);
            case SearchRoot s -> SEARCH;
            case Filter f -> FRAME;
            case Join j -> FRAME;
            case GroupBy g -> UNKNOWN;
            case Aggregate a -> FRAME;
            case io.stratum.ir.logical.GroupTransform t -> t.column() ? COLUMN : FRAME;
            case io.stratum.ir.logical.Shift s -> s.grouping().grouped() ? (s.grouping().series() ? COLUMN : FRAME)
                    : of(s.input()) == FRAME || of(s.input()) == COLUMN ? of(s.input()) : UNKNOWN;
            case io.stratum.ir.logical.Window w -> w.grouping().grouped()
                    ? (w.grouping().series() || w.function() == io.stratum.ir.logical.Window.Function.COUNT
                            && w.frame().kind() == io.stratum.ir.logical.Window.Kind.CUMULATIVE ? COLUMN : FRAME)
                    : of(w.input()) == FRAME || of(w.input()) == COLUMN ? of(w.input()) : UNKNOWN;
            case SortValues s -> FRAME;
            case Limit l -> FRAME;
            case RowsByPosition r -> of(r.input()) == FRAME || of(r.input()) == COLUMN ? of(r.input()) : UNKNOWN;
            case io.stratum.ir.logical.Switch s -> UNKNOWN;
            case Subsample s -> of(s.input()) == FRAME || of(s.input()) == COLUMN ? of(s.input()) : UNKNOWN;
            case Concat c -> c.skb() || c.columns() || c.frames().stream().allMatch(f -> of(f) == FRAME) ? FRAME
                    : c.frames().stream().allMatch(f -> of(f) == COLUMN) ? COLUMN : UNKNOWN;
            case DropDuplicates d -> of(d.input()) == FRAME || of(d.input()) == COLUMN ? of(d.input()) : UNKNOWN;
            case ValueCounts v -> FRAME;
            case FrameLiteral f -> FRAME;
            case io.stratum.ir.logical.Reduce r -> VALUE;
            case io.stratum.ir.logical.FreezeAfterFit f -> of(f.input());
            // Computed as a frame of the keys and the values (printed as a Series when it is one).
            case io.stratum.ir.logical.IndexedResult r -> FRAME;
            case io.stratum.ir.logical.TrainTestRows t -> of(t.input()) == FRAME || of(t.input()) == COLUMN ? of(t.input()) : UNKNOWN;
        };
    }

    private static OutputKind arithmetic(OutputKind a, OutputKind b) {
        // pandas broadcasts a number to every row and a per-column Series to the columns of a frame.
        if (a == FRAME || b == FRAME) {
            return FRAME;
        }
        if (a == COLUMN || b == COLUMN) {
            return COLUMN;
        }
        if (a == VALUE && (b == VALUE || b == CONSTANT) || b == VALUE && a == CONSTANT) {
            return VALUE;
        }
        return a == CONSTANT && b == CONSTANT ? CONSTANT : UNKNOWN;
    }

    private static OutputKind common(Choice c) {
        if (c.outcomes().isEmpty()) {
            // A continuous numeric range: its outcomes are numbers drawn by a randomized search.
            return CONSTANT;
        }
        OutputKind first = of(c.outcomes().getFirst());
        for (LogicalNode o : c.outcomes()) {
            if (of(o) != first) {
                return UNKNOWN;
            }
        }
        return first;
    }
}
