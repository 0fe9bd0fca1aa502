package io.stratum.frontend.api;

import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.Reduce;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Written;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether an evaluated plan's value is numpy's array of a learner's predictions: skrub's fit_transform mode
 * ({@code .skb.eval()}, {@code .skb.preview()}) formats {@code predict}'s answer as a Series or a DataFrame only when
 * the learner's X is one ({@code _format_predictions}), so a learner applied to a text vectorizer's or TruncatedSVD's
 * matrix answers a bare array. Stratum prints such an array as numpy does, slices it ({@code pred[:5]}), takes one
 * element ({@code pred[0]}, {@link #step}), computes arithmetic, comparisons and numpy's element-wise functions of it
 * ({@code np.sqrt(pred)}, {@code pred.round(2)}) and its reductions ({@code pred.mean()}, {@code pred.std()} with
 * numpy's {@code ddof=0}), as numpy gives them; any other step of it is refused at its line, since pandas' answer, which
 * the runtime would give, is not numpy's.
 */
final class PredictionsArray {
    private static final Set<BinaryOperator> ELEMENT_WISE = Set.of(BinaryOperator.ADD, BinaryOperator.SUB,
            BinaryOperator.MUL, BinaryOperator.TRUEDIV, BinaryOperator.FLOORDIV, BinaryOperator.MOD, BinaryOperator.POW,
            BinaryOperator.EQ, BinaryOperator.NE, BinaryOperator.LT, BinaryOperator.LE, BinaryOperator.GT,
            BinaryOperator.GE);

    /**
     * numpy's reductions of an array that the plan's {@link Reduce} computes as numpy does (pairwise sums, the variance
     * in two passes): the methods, and {@code median} as numpy's function ({@code np.median(arr)}).
     */
    static final Set<String> REDUCTIONS = Set.of("mean", "sum", "min", "max", "std", "var");

    /** Methods of numpy's ndarray, which Stratum does not compute of one but which are not pandas' AttributeError. */
    private static final Set<String> NDARRAY_METHODS = Set.of("all", "any", "argmax", "argmin", "argpartition",
            "argsort", "astype", "byteswap", "choose", "clip", "compress", "conj", "conjugate", "copy", "cumprod", "cumsum",
            "diagonal", "dot", "dump", "dumps", "fill", "flatten", "getfield", "item", "nonzero", "partition", "prod",
            "put", "ravel", "repeat", "reshape", "resize", "searchsorted", "setfield", "setflags", "sort", "squeeze",
            "swapaxes", "take", "tobytes", "tofile", "tolist", "trace", "transpose", "view", "T", "base", "data", "dtype",
            "flags", "flat", "imag", "itemsize", "nbytes", "ndim", "real", "size", "strides");

    private final Map<LogicalNode, Boolean> known = new IdentityHashMap<>();

    private PredictionsArray() {
    }

    /**
     * True when {@code root}'s value is such an array; a located error when a step of the plan computes something else
     * from one.
     */
    static boolean of(LogicalNode root) {
        return new PredictionsArray().array(root);
    }

    /**
     * {@code next}, a step the script wrote on {@code array} (a predictions array), as the plan computes numpy's answer:
     * {@code arr.mean()} and the other {@link #REDUCTIONS} as a {@link Reduce} (std and var with numpy's {@code ddof=0}
     * unless given), {@code arr[k]} as the element at position {@code k}; any other step as it is.
     */
    static LogicalNode step(LogicalNode array, LogicalNode next) {
        if (next instanceof CallMethod c && c.receiver() == array && REDUCTIONS.contains(c.method())) {
            return reduction(array, c.method(), c.args(), "arr." + c.method() + "()", c.origin());
        }
        if (next instanceof io.stratum.ir.logical.GetItem g && g.input() == array && g.key() instanceof Value v
                && v.value() instanceof Const.IntConst k) {
            return new Reduce(array, "element", k, g.origin());
        }
        return next;
    }

    /**
     * numpy's {@code name} ({@link #REDUCTIONS}, or {@code median} as numpy's function) of the whole array, written
     * {@code written}: keywords {@code ddof=} of std and var only, no axis, dtype or out.
     */
    static Reduce reduction(LogicalNode array, String name, java.util.List<Arg> args, String written, Origin origin) {
        Const ddof = name.equals("std") || name.equals("var") ? Const.of(0L) : Const.none();
        for (Arg a : args) {
            if (a.keyword() == null || !a.keyword().equals("ddof") || ddof instanceof Const.NoneConst) {
                throw new StratumError(origin, written + ": Stratum reduces the whole array of a learner's predictions,"
                        + " without " + (a.keyword() == null ? "axis, dtype or out" : "the argument '" + a.keyword() + "'"),
                        "write " + written);
            }
            if (!(a.value() instanceof Value v && v.value() instanceof Const.IntConst d && (d.value() == 0 || d.value() == 1))) {
                throw new StratumError(origin, written + ": Stratum computes ddof=0 (numpy's default) and ddof=1",
                        null);
            }
            ddof = d;
        }
        return new Reduce(array, name, ddof, origin);
    }

    private boolean array(LogicalNode node) {
        Boolean seen = known.get(node);
        if (seen != null) {
            return seen;
        }
        boolean out = compute(node);
        known.put(node, out);
        return out;
    }

    private boolean compute(LogicalNode node) {
        if (node instanceof Apply a && learnerOfMatrix(a)) {
            if (a.y() != null && OutputKind.of(a.y()) == OutputKind.FRAME) {
                throw new StratumError(a.origin(), "a frame as the target of a learner whose X is " + matrix(a.input())
                        + ": skrub evaluates its predictions as a numpy array whose shape (1-d, or one column) depends"
                        + " on the learner and the matrix, which Stratum does not reproduce",
                        "mark a column as y: data[\"<target>\"].skb.mark_as_y()");
            }
            return true;
        }
        Written slice = switch (node) {
            case CallMethod c -> c.written();
            case RowsByPosition r -> r.written();
            default -> null;
        };
        if (slice != null && slice.indexer() == null && slice.method() == null && array(slice.source())) {
            return true; // arr[a:b], which the plan spells as head/tail steps
        }
        if (node instanceof BinOp b && ELEMENT_WISE.contains(b.op()) && (array(b.left()) || array(b.right()))
                && (array(b.left()) || b.left() instanceof Value) && (array(b.right()) || b.right() instanceof Value)) {
            return true;
        }
        if (node instanceof UnaryOp u && array(u.operand())) {
            return true;
        }
        if (node instanceof BinOp b && ELEMENT_WISE.contains(b.op()) && array(b.left()) != array(b.right())) {
            LogicalNode other = array(b.left()) ? b.right() : b.left();
            LogicalNode y = learner(array(b.left()) ? b.left() : b.right()).y();
            if (y != null && unmarked(y).equals(unmarked(other))) {
                // arr - y.skb.eval(): numpy's array with the learner's own target, a Series of the same rows, gives
                // pandas' Series with its labels and name, which the plan computes row by row
                return false;
            }
            if (other instanceof Reduce) {
                return true; // arr - arr.mean(): numpy's array with one number
            }
            throw new StratumError(node.origin(), b.op().symbol() + " of numpy's array of a learner's predictions (the"
                    + " learner's X is not a DataFrame) with another value computed from the data is not supported by"
                    + " Stratum: numpy pairs an array with a Series by position, and Stratum computes it with the"
                    + " learner's own target (arr - y.skb.eval()), numbers and the array's own reductions (arr - arr.mean())",
                    "compute it with the learner's y: pred.skb.eval() " + b.op().symbol() + " y.skb.eval()");
        }
        if (node instanceof io.stratum.ir.logical.Call c && c.function().startsWith("numpy.")
                && NumericFunction.byNumpyName(c.function().substring("numpy.".length())) != null
                && c.args().size() == 1 && array(c.args().getFirst().value())) {
            return true; // np.sqrt(arr): numpy's element-wise function
        }
        if (node instanceof CallMethod c && c.method().equals("round") && array(c.receiver())
                && c.args().stream().allMatch(a -> a.value() instanceof Value)) {
            return true; // arr.round(2), np.round(arr, 2): numpy's round, which pandas' Series.round calls
        }
        if (node instanceof Reduce r && (r.function().equals("len") || r.function().equals("element")
                || r.function().equals("median") || REDUCTIONS.contains(r.function()))) {
            return false; // the row count (arr.shape[0]), an element or numpy's reduction: one value
        }
        for (LogicalNode in : node.inputs()) {
            if (array(in)) {
                throw refused(node);
            }
        }
        return false;
    }

    private static StratumError refused(LogicalNode node) {
        String name = switch (node) {
            case CallMethod c -> c.method();
            case io.stratum.ir.logical.GetAttr g -> g.name();
            default -> null;
        };
        if (name != null && !NDARRAY_METHODS.contains(name)) {
            return new StratumError(node.origin(), "AttributeError: 'numpy.ndarray' object has no attribute '" + name
                    + "': skrub leaves a learner's predictions a numpy array when the learner's X is not a DataFrame",
                    name.equals("median") ? "np.median(arr)" : "numpy's array is sliced (arr[:5]), indexed (arr[0]) and"
                            + " reduced (arr.mean(), np.median(arr))");
        }
        return new StratumError(node.origin(), step(node) + " of a learner's predictions that skrub leaves a numpy"
                + " array (the learner's X is not a DataFrame) is not supported by Stratum: it prints such an array,"
                + " slices it, takes an element, computes arithmetic, comparisons and numpy's element-wise functions of"
                + " it, and its mean, sum, min, max, std and var",
                "print the array or a slice of it, e.g. print(pred.skb.eval()[:5])");
    }

    /** The learner whose predictions {@code array} (a node this class finds an array) holds, after its steps. */
    private Apply learner(LogicalNode array) {
        if (array instanceof Apply a && learnerOfMatrix(a)) {
            return a;
        }
        for (LogicalNode in : array.inputs()) {
            if (array(in)) {
                return learner(in);
            }
        }
        throw new IllegalStateException("not a predictions array: " + array.kind());
    }

    private static LogicalNode unmarked(LogicalNode node) {
        return node instanceof io.stratum.ir.logical.MarkY m ? m.input() : node;
    }

    /** A regressor or classifier applied to a matrix without column names. */
    private static boolean learnerOfMatrix(Apply a) {
        if (!(a.estimator() instanceof Estimator e) || OutputKind.of(a.input()) != OutputKind.MATRIX) {
            return false;
        }
        ApiEntry entry = StandardCatalog.get().lookup(e.qualifiedName());
        return entry != null && (entry.kind() == EntryKind.REGRESSOR || entry.kind() == EntryKind.CLASSIFIER);
    }

    private static String matrix(LogicalNode producer) {
        return producer instanceof Apply a && a.estimator() instanceof Estimator e
                ? "the matrix " + e.repr() + " outputs at line " + a.origin().line()
                : "a matrix without column names";
    }

    private static String step(LogicalNode node) {
        return switch (node) {
            case CallMethod c -> "." + c.method() + "()";
            case io.stratum.ir.logical.GetAttr g -> "." + g.name();
            case Apply a -> ".skb.apply()";
            default -> "this step (" + node.kind() + ")";
        };
    }
}
